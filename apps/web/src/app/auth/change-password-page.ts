import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { FieldError } from '@send/contracts';
import { fieldErrorsOf, problemOf } from '../core/problem';
import { SessionStore } from '../core/session';
import { safeReturnTo } from '../core/guards';

@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
})
export class ChangePasswordPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly required = this.session.session()?.mustChangePassword ?? false;
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly busy = signal(false);

  protected errorFor(field: string): string | undefined {
    return this.errors().find((e) => e.field === field)?.message;
  }

  protected async submit(): Promise<void> {
    const { currentPassword, newPassword } = this.form.getRawValue();
    const problems: FieldError[] = [];
    if (!currentPassword) problems.push({ field: 'currentPassword', message: 'Enter your current password' });
    if (newPassword.length < 12) problems.push({ field: 'newPassword', message: 'Your new password must be at least 12 characters' });
    if (problems.length) return this.show(problems);
    this.busy.set(true);
    try {
      await this.session.changePassword({ currentPassword, newPassword });
      await this.router.navigateByUrl(safeReturnTo(this.route.snapshot.queryParamMap.get('returnTo')));
    } catch (error) {
      this.show(fieldErrorsOf(problemOf(error), 'currentPassword'));
    } finally {
      this.busy.set(false);
    }
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    setTimeout(() => this.summary()?.nativeElement.focus());
  }
}
