import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NOTIFICATION_PREFERENCE_KINDS, type NotificationMode, type NotificationPreferenceKind, type NotificationPreferencesResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukNotificationBanner, GovukRadios } from '@send/web-ui';
import { firstValueFrom, tap } from 'rxjs';
import { FormErrors } from '../core/form-errors';
import { LOADING, loadable } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { PREFERENCE_LABELS, TRANSPORT_LABELS, modeChoices } from './notification-labels';
import { NotificationsApi } from './notifications-api';

type PreferenceForm = Record<NotificationPreferenceKind, FormControl<string | null>>;

const fieldOf = (i: number) => `preferences[${i}].mode`;

/** /notifications/preferences: per kind, email straight away, in the daily summary, or not at all. */
@Component({
  selector: 'app-notification-preferences-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukNotificationBanner, GovukRadios, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/notifications" text="Back to notifications" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (saved()) {
          <govuk-notification-banner type="success" titleId="preferences-saved-title" text="Your email choices have been saved" data-testid="saved" />
        }
        <h1 class="govuk-heading-l" tabindex="-1">Choose which emails you get</h1>
        <p class="govuk-body">Emails never include what a record says: they tell you something needs your attention and link to it here. Everything is also listed on your notifications page.</p>
        <app-load-status [state]="loaded()" what="your email choices" />
        @if (loaded(); as loaded) {
          @if (loaded.state === 'ready') {
            @if (loaded.value.emailTransport === 'off') {
              <div class="govuk-inset-text" data-testid="email-off">Email is not set up on this service yet, so nothing is emailed. Your notifications are still listed here.</div>
            } @else {
              <p class="govuk-body">Emails are sent through {{ transport(loaded.value) }}.</p>
            }
            <form [formGroup]="form" (ngSubmit)="save()" novalidate>
              @for (kind of kinds; track kind; let i = $index) {
                <govuk-radios [id]="'preference-' + kind" [legend]="labels[kind].legend" legendSize="m" [hint]="labels[kind].hint" [control]="form.controls[kind]" [options]="choices[kind]" [errorMessage]="errors.errorFor(field(i))" />
              }
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Save choices</button>
              <p class="govuk-body"><a class="govuk-link" routerLink="/notifications">Cancel</a></p>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class PreferencesPage {
  private readonly api = inject(NotificationsApi);
  private readonly summary = viewChild(GovukErrorSummary);
  protected readonly kinds = NOTIFICATION_PREFERENCE_KINDS;
  protected readonly labels = PREFERENCE_LABELS;
  protected readonly choices = Object.fromEntries(NOTIFICATION_PREFERENCE_KINDS.map((k) => [k, modeChoices(k)])) as Record<NotificationPreferenceKind, ReturnType<typeof modeChoices>>;
  protected readonly form = new FormGroup<PreferenceForm>(Object.fromEntries(NOTIFICATION_PREFERENCE_KINDS.map((k) => [k, new FormControl<string | null>(null)])) as PreferenceForm);
  protected readonly errors = new FormErrors(Object.fromEntries(NOTIFICATION_PREFERENCE_KINDS.map((k, i) => [fieldOf(i), `preference-${k}`])));
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly field = fieldOf;
  protected readonly loaded = toSignal(loadable(this.api.preferences().pipe(tap((p) => this.fill(p)))), { initialValue: LOADING });

  protected transport(p: NotificationPreferencesResponse): string {
    return TRANSPORT_LABELS[p.emailTransport];
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const missing = this.kinds.map((kind, i) => ({ kind, i })).filter(({ kind }) => !this.form.controls[kind].value);
    if (missing.length) {
      this.errors.set(missing.map(({ kind, i }) => ({ field: fieldOf(i), message: `Select how to hear about: ${this.labels[kind].legend.toLowerCase()}` })));
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const preferences = this.kinds.map((kind) => ({ kind, mode: this.form.controls[kind].value as NotificationMode }));
      this.fill(await firstValueFrom(this.api.updatePreferences({ preferences })));
      this.errors.clear();
      this.saved.set(true);
    } catch (error) {
      this.errors.fromError(error, fieldOf(0));
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }

  private fill(p: NotificationPreferencesResponse): void {
    for (const { kind, mode } of p.preferences) this.form.controls[kind].setValue(mode);
  }
}
