import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { CalendarFeedCreated } from '@send/contracts';
import { GovukBackLink, GovukNotificationBanner, GovukWarningText, formatLondonDateTime } from '@send/web-ui';
import type { Observable } from 'rxjs';
import { problemOf } from '../../core/problem';
import { CalendarApi } from './calendar-api';

type Outcome = { kind: 'created'; feed: CalendarFeedCreated } | { kind: 'revoked' } | { kind: 'failed'; detail: string } | null;

/** /reports/calendar: make, copy and stop the user's secret link for subscribing to meetings from Outlook. */
@Component({
  selector: 'app-calendar-page',
  imports: [GovukBackLink, GovukNotificationBanner, GovukWarningText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/reports" text="Reports" />
    @if (failure(); as detail) {
      <div class="govuk-error-summary" data-testid="calendar-error">
        <div role="alert">
          <h2 class="govuk-error-summary__title">There is a problem</h2>
          <div class="govuk-error-summary__body"><p class="govuk-body">{{ detail }}</p></div>
        </div>
      </div>
    }
    @if (revoked()) {
      <govuk-notification-banner type="success" text="Your calendar link has been stopped. Calendars using it will no longer update." />
    }
    <h1 class="govuk-heading-l">Calendar feed</h1>
    <p class="govuk-body">Subscribe to meetings from your own calendar. In Outlook, choose Add calendar, then Subscribe from web, and paste the link. Your calendar shows meetings from 3 months ago onwards that you can read here, and checks for changes about once an hour.</p>
    <govuk-warning-text text="The link is secret. Anyone who has it can see your meetings without signing in, including OFFICIAL-SENSITIVE ones if you can read them. Do not share it, email it or add it to a shared calendar." />

    @if (created(); as feed) {
      <govuk-notification-banner type="success" text="Your calendar link has been created">
        <div class="govuk-form-group govuk-!-margin-top-4">
          <label class="govuk-label" for="feed-url">Calendar link</label>
          <div class="govuk-hint" id="feed-url-hint">Copy it now: you will not be able to see it again. If you lose it, create a new one.</div>
          <input class="govuk-input" id="feed-url" type="text" readonly aria-describedby="feed-url-hint" [value]="feed.url" (focus)="select($event)" spellcheck="false" />
        </div>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" (click)="copy(feed.url)">Copy link</button>
        <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0" role="status" data-testid="copy-status">{{ copyStatus() }}</p>
      </govuk-notification-banner>
    }

    <h2 class="govuk-heading-m">Your link</h2>
    <div role="status" data-testid="feed-status">
      @if (status.isLoading()) {
        <p class="govuk-body">Checking for a link…</p>
      } @else if (status.error()) {
        <p class="govuk-body">Whether you have a link could not be checked. Try again later.</p>
      } @else if (status.hasValue()) {
        @let s = status.value();
        @if (s.exists) {
          <p class="govuk-body">You created a link on {{ when(s.createdAt) }}. {{ s.lastUsedAt ? 'A calendar last used it on ' + when(s.lastUsedAt) + '.' : 'No calendar has used it yet.' }}</p>
        } @else {
          <p class="govuk-body">You do not have a calendar link.</p>
        }
      }
    </div>
    @if (status.hasValue()) {
      <div class="govuk-button-group">
        @if (status.value().exists) {
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="busy()" (click)="create()">Create a new link</button>
          <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()" (click)="revoke()">Stop the link</button>
        } @else {
          <button type="button" class="govuk-button" data-module="govuk-button" [disabled]="busy()" (click)="create()">Create a calendar link</button>
        }
      </div>
      @if (status.value().exists) {
        <p class="govuk-body">A new link stops the old one working at once.</p>
      }
    }
  `,
})
export class CalendarPage {
  private readonly api = inject(CalendarApi);
  private readonly document = inject(DOCUMENT);

  protected readonly status = rxResource({ stream: () => this.api.status() });
  protected readonly outcome = signal<Outcome>(null);
  protected readonly busy = signal(false);
  protected readonly copyStatus = signal('');
  protected when(value: string | null): string {
    return value ? formatLondonDateTime(value) : '';
  }
  protected readonly created = computed(() => {
    const o = this.outcome();
    return o?.kind === 'created' ? o.feed : null;
  });
  protected readonly revoked = computed(() => this.outcome()?.kind === 'revoked');
  protected readonly failure = computed(() => {
    const o = this.outcome();
    return o?.kind === 'failed' ? o.detail : null;
  });

  protected create(): void {
    this.run(this.api.create(), (feed) => ({ kind: 'created', feed }));
  }

  protected revoke(): void {
    this.run(this.api.revoke(), () => ({ kind: 'revoked' }));
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(url: string): Promise<void> {
    try {
      const clipboard = this.document.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      this.copyStatus.set('Link copied.');
    } catch {
      const input = this.document.getElementById('feed-url') as HTMLInputElement | null;
      input?.focus();
      this.copyStatus.set('The link could not be copied automatically: it is selected, so press Ctrl and C to copy it.');
    }
  }

  private run<T>(call: Observable<T>, done: (value: T) => Outcome): void {
    this.busy.set(true);
    this.copyStatus.set('');
    call.subscribe({
      next: (value) => {
        this.outcome.set(done(value));
        this.busy.set(false);
        this.status.reload();
      },
      error: (error: unknown) => {
        this.outcome.set({ kind: 'failed', detail: problemOf(error).detail });
        this.busy.set(false);
        this.status.reload();
      },
    });
  }
}
