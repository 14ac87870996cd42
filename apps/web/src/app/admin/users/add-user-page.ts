import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CreateUserRequest, FieldError, Role } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { ROLE_CHOICES } from '../shared/labels';
import { UsersApi } from './users-api';

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MIN_PASSWORD = 12;

@Component({
  selector: 'app-add-user-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-user-page.html',
})
export class AddUserPage {
  private readonly api = inject(UsersApi);
  private readonly flash = inject(AdminFlash);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);

  protected readonly roles = ROLE_CHOICES;
  protected readonly errors = new FormErrors({ email: 'email', name: 'name', role: 'role', password: 'password' }, { email: 'The email address', name: 'The name', password: 'The password' });
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    email: new FormControl<string | null>(''),
    name: new FormControl<string | null>(''),
    role: new FormControl<string | null>(null),
    password: new FormControl('', { nonNullable: true }),
  });

  protected async submit(): Promise<void> {
    const email = this.form.controls.email.value?.trim() ?? '';
    const name = this.form.controls.name.value?.trim() ?? '';
    const role = this.form.controls.role.value as Role | null;
    const password = this.form.controls.password.value;
    const problems: FieldError[] = [];
    if (!email) problems.push({ field: 'email', message: 'Enter their email address' });
    else if (!EMAIL.test(email)) problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@education.gov.uk' });
    if (!name) problems.push({ field: 'name', message: 'Enter their full name' });
    if (!role) problems.push({ field: 'role', message: 'Select a role' });
    if (password && password.length < MIN_PASSWORD) problems.push({ field: 'password', message: `The password must be at least ${MIN_PASSWORD} characters, or leave it blank` });
    if (problems.length || !role) return this.show(problems);

    const body: CreateUserRequest = { email, name, role, ...(password ? { password } : {}) };
    this.busy.set(true);
    try {
      const user = await firstValueFrom(this.api.create(body));
      this.flash.set({ text: `${user.name} has been added`, oneTimePassword: user.oneTimePassword, forName: user.name });
      await this.router.navigate(['/admin/users', user.id]);
    } catch (error) {
      this.errors.fromError(error, 'email');
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }

  private show(problems: FieldError[]): void {
    this.errors.set(problems);
    this.summary()?.focus();
  }
}
