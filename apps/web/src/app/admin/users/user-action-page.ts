import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { UserResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukWarningText } from '@send/web-ui';
import { firstValueFrom, switchMap } from 'rxjs';
import { AdminFlash, type FlashMessage } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { UsersApi } from './users-api';

export type UserAction = 'deactivate' | 'reactivate' | 'reset-password';

interface Wording {
  heading: string;
  button: string;
  warning: (name: string) => string;
  buttonClass: string;
}

const WORDING: Record<UserAction, Wording> = {
  deactivate: {
    heading: 'Deactivate user',
    button: 'Yes, deactivate user',
    buttonClass: 'govuk-button govuk-button--warning',
    warning: (name) => `${name} will be signed out straight away on every device, and cannot sign in again until an admin reactivates their account. Their records stay in the service.`,
  },
  reactivate: {
    heading: 'Reactivate user',
    button: 'Yes, reactivate user',
    buttonClass: 'govuk-button',
    warning: (name) => `${name} will be able to sign in again with their existing password and role.`,
  },
  'reset-password': {
    heading: 'Reset password',
    button: 'Reset password',
    buttonClass: 'govuk-button govuk-button--warning',
    warning: (name) => `${name}'s current password will stop working and they will be signed out everywhere. You will see a one-time password once, to give them; they must change it when they sign in.`,
  },
};

/** Confirmation before a change to an account that signs someone out or lets them back in. */
@Component({
  selector: 'app-user-action-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukWarningText, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link [href]="'/admin/users/' + id()" text="Back to user" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        <span class="govuk-caption-l">{{ name() }}</span>
        <h1 class="govuk-heading-l" tabindex="-1">{{ wording().heading }}</h1>
        <app-load-status [state]="user()" what="this user" />
        @if (user().state === 'ready') {
          <govuk-warning-text [text]="wording().warning(name())" />
          <form (submit)="confirm($event)" novalidate>
            <div class="govuk-button-group">
              <button type="submit" [class]="wording().buttonClass" data-module="govuk-button" [disabled]="busy()">{{ wording().button }}</button>
              <a class="govuk-link" [routerLink]="['/admin/users', id()]">Cancel</a>
            </div>
          </form>
        }
      </div>
    </div>
  `,
})
export class UserActionPage {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);

  readonly id = input.required<string>();
  /** From the route's data. */
  readonly action = input.required<UserAction>();
  protected readonly wording = computed(() => WORDING[this.action()]);
  protected readonly errors = new FormErrors({});
  protected readonly busy = signal(false);
  protected readonly user = toSignal(toObservable(this.id).pipe(switchMap((id) => loadable(this.api.get(id)))), { initialValue: LOADING });
  protected readonly name = computed(() => {
    const user = this.user();
    return user.state === 'ready' ? user.value.name : '';
  });

  protected async confirm(event: Event): Promise<void> {
    // A form with no fields and no forms directive: stop the browser posting it.
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    try {
      this.flash.set(await this.run(this.action()));
      await this.router.navigate(['/admin/users', this.id()]);
    } catch (error) {
      // Refusals (the last admin, your own account) have no field: the summary says why.
      this.errors.fromError(error, 'action');
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }

  private async run(action: UserAction): Promise<FlashMessage> {
    if (action === 'reset-password') {
      const { oneTimePassword } = await firstValueFrom(this.api.resetPassword(this.id()));
      return { text: `${this.name()}'s password has been reset`, oneTimePassword, forName: this.name() };
    }
    const user: UserResponse = await firstValueFrom(this.api.setActive(this.id(), action === 'reactivate'));
    return { text: user.active ? `${user.name} has been reactivated and can sign in again` : `${user.name} has been deactivated and signed out` };
  }
}
