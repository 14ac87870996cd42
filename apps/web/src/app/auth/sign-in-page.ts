import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { FieldError, SignInProvidersResponse } from '@send/contracts';
import { problemOf } from '../core/problem';
import { SessionStore } from '../core/session';
import { safeReturnTo } from '../core/guards';

@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly busy = signal(false);
  protected readonly providers = signal<SignInProvidersResponse | null>(null);
  protected readonly expired = this.route.snapshot.queryParamMap.get('expired') === 'true';
  protected readonly ssoError = this.route.snapshot.queryParamMap.get('error');
  private readonly returnTo = safeReturnTo(this.route.snapshot.queryParamMap.get('returnTo'));
  protected readonly ssoUrl = computed(() => {
    const oidc = this.providers()?.oidc;
    return oidc ? `${oidc.loginUrl}?returnTo=${encodeURIComponent(this.returnTo)}` : null;
  });

  constructor() {
    this.session.providers().then((p) => this.providers.set(p), () => this.providers.set(null));
  }

  protected errorFor(field: string): string | undefined {
    return this.errors().find((e) => e.field === field)?.message;
  }

  protected async submit(): Promise<void> {
    const problems: FieldError[] = [];
    const { email, password } = this.form.controls;
    if (email.hasError('required')) problems.push({ field: 'email', message: 'Enter your email address' });
    else if (email.hasError('email')) problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@education.gov.uk' });
    if (password.hasError('required')) problems.push({ field: 'password', message: 'Enter your password' });
    if (problems.length) return this.show(problems);
    this.busy.set(true);
    try {
      const session = await this.session.signIn(this.form.getRawValue());
      await this.router.navigateByUrl(session.mustChangePassword ? `/change-password?returnTo=${encodeURIComponent(this.returnTo)}` : this.returnTo);
    } catch (error) {
      // Wrong credentials, throttling or an outage: one message, linked to the first field.
      this.show([{ field: 'email', message: problemOf(error).detail }]);
    } finally {
      this.busy.set(false);
    }
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    // After a failed submit, focus moves to the error summary.
    setTimeout(() => this.summary()?.nativeElement.focus());
  }
}
