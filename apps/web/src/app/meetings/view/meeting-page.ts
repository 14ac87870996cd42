import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { MeetingStatus, MeetingTransition } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInsetText, GovukNotificationBanner, MojTimeline, type ErrorSummaryItem } from '@send/web-ui';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { problemOf } from '../../core/problem';
import { MeetingsApi } from '../meetings-api';
import { ClassificationMarking } from './classification-marking';
import { meetingTimeline } from './meeting-history';
import { sentence } from './meeting-labels';
import { MeetingRecord } from './meeting-record';
import { MeetingViewApi } from './meeting-view-api';
import { MeetingWorkflow, type ReasonStep } from './meeting-workflow';

const SERVICE = 'SEND engagement tracker';

/** The state each reason step starts from: a form left open for a step the meeting has since moved past closes. */
const REASON_FROM: Record<ReasonStep, MeetingStatus> = { return: 'submitted', reopen: 'agreed' };

const SUCCESS: Record<MeetingTransition, (reference: string) => string> = {
  submit: (ref) => `${ref} has been submitted for review`,
  agree: (ref) => `${ref} has been agreed`,
  return: (ref) => `${ref} has been returned to draft`,
  reopen: (ref) => `${ref} has been reopened and is now a draft`,
};

const STALE = 'Someone else changed this meeting while you had it open, so your change was not made. The page now shows the latest version: check it, then try again.';

@Component({
  selector: 'app-meeting-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukInsetText, GovukNotificationBanner, MojTimeline, ClassificationMarking, MeetingRecord, MeetingWorkflow],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-page.html',
  styles: `
    .app-pre-line {
      white-space: pre-line;
    }
  `,
})
export class MeetingPage {
  private readonly api = inject(MeetingsApi);
  private readonly viewApi = inject(MeetingViewApi);
  private readonly title = inject(Title);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  /** From the route (:id). */
  readonly id = input.required<string>();
  /** Set by the record-a-meeting journey when it lands here: `submitted=true` or `saved=draft`. */
  readonly submitted = input<string>();
  readonly saved = input<string>();

  protected readonly meeting = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  private readonly events = rxResource({ params: () => this.id(), stream: ({ params }) => this.viewApi.meetingHistory(params).pipe(map((r) => r.items)) });
  protected readonly history = computed(() => (this.events.hasValue() ? meetingTimeline(this.events.value()) : null));
  protected readonly historyFailed = computed(() => !!this.events.error());
  /** Who last sent the meeting back to draft, to say so beside their reason. */
  protected readonly lastSentBack = computed(() => (this.events.hasValue() ? (this.events.value().find((e) => e.action === 'returned' || e.action === 'reopened') ?? null) : null));

  protected readonly phaseNames = toSignal(this.api.phases().pipe(map((r) => new Map(r.items.map((p) => [p.key as string, p.name]))), catchError(() => of(new Map<string, string>()))), {
    initialValue: new Map<string, string>(),
  });
  protected readonly themeNames = toSignal(this.viewApi.themes().pipe(map((r) => new Map(r.items.map((t) => [t.id, t.name]))), catchError(() => of(new Map<string, string>()))), {
    initialValue: new Map<string, string>(),
  });

  protected readonly state = computed<'loading' | 'ready' | 'not-found' | 'error'>(() => {
    if (this.meeting.hasValue()) return 'ready';
    const error = this.meeting.error();
    // Viewers get 404 for sensitive meetings too: the page must not hint that one exists.
    if (error) return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400) ? 'not-found' : 'error';
    return 'loading';
  });
  protected readonly current = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));

  protected readonly reasonStep = signal<ReasonStep | null>(null);
  protected readonly openReasonStep = computed(() => {
    const step = this.reasonStep();
    return step && this.current()?.status === REASON_FROM[step] ? step : null;
  });
  protected readonly reason = new FormControl<string | null>('');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly errorDescription = signal<string | null>(null);
  protected readonly reasonError = computed(() => this.errors().find((e) => e.href === '#reason')?.text ?? null);
  protected readonly success = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  private busy = false;

  /** Back to the list as the user left it (filters, sort, page), when that is where they came from. */
  protected readonly backHref = this.listUrl();

  constructor() {
    // The route reuses this page for another meeting: nothing said about the last one may stay on screen.
    effect(() => {
      this.id();
      untracked(() => {
        this.success.set(null);
        this.notice.set(null);
        this.closeReason();
      });
    });
    // Arriving from the record-a-meeting journey: confirm what happened, once, then tidy the address.
    effect(() => {
      const m = this.current();
      const flag = this.submitted() === 'true' ? 'submitted' : this.saved() === 'draft' ? 'saved' : null;
      if (!m || !flag) return;
      untracked(() => {
        this.success.set(flag === 'submitted' ? SUCCESS.submit(m.reference) : `${m.reference} has been saved as a draft`);
        this.focusBanner();
        void this.router.navigate([], { queryParams: { submitted: null, saved: null }, queryParamsHandling: 'merge', replaceUrl: true });
      });
    });
    effect(() => {
      const m = this.current();
      const page = this.state() === 'not-found' ? 'Meeting not found' : m ? `Meeting ${m.reference}` : 'Meeting';
      const failed = this.errors().length > 0 || this.errorDescription() !== null;
      this.title.setTitle(`${failed ? 'Error: ' : ''}${page} – ${SERVICE}`);
    });
  }

  protected onStep(step: MeetingTransition): void {
    this.success.set(null);
    this.notice.set(null);
    if (step === 'return' || step === 'reopen') {
      this.clearErrors();
      this.reason.reset('');
      this.reasonStep.set(step);
      afterNextRender({ write: () => this.host.nativeElement.querySelector<HTMLElement>('#reason')?.focus() }, { injector: this.injector });
      return;
    }
    void this.transition(step);
  }

  protected onConfirm(): void {
    const step = this.openReasonStep();
    if (!step) return;
    const reason = (this.reason.value ?? '').trim();
    if (!reason) {
      this.errorDescription.set(null);
      this.errors.set([{ text: step === 'return' ? 'Enter why you are returning this meeting' : 'Enter why you are reopening this meeting', href: '#reason' }]);
      return;
    }
    void this.transition(step, reason);
  }

  protected onCancel(): void {
    const step = this.reasonStep();
    this.closeReason();
    // Back to the button that opened the form, so keyboard users carry on where they were.
    const label = step === 'reopen' ? 'Reopen' : 'Return';
    afterNextRender(
      { write: () => Array.from(this.host.nativeElement.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === label)?.focus() },
      { injector: this.injector },
    );
  }

  protected retry(): void {
    this.meeting.reload();
    this.events.reload();
  }

  private async transition(step: MeetingTransition, reason?: string): Promise<void> {
    const meeting = this.current();
    if (this.busy || !meeting) return;
    this.busy = true;
    try {
      // If-Match carries the version on screen: a change made by anyone since then is refused (412), not overwritten.
      const updated = await firstValueFrom(this.api.transition(meeting.id, step, meeting.version, reason));
      this.meeting.set(updated);
      this.closeReason();
      this.success.set(SUCCESS[step](updated.reference));
      this.events.reload();
      this.focusBanner();
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private failed(error: unknown): void {
    const problem = problemOf(error);
    if (problem.status === 412 || problem.status === 409) {
      // Stale: show what is true now rather than let the user act on an old version.
      this.clearErrors();
      this.notice.set(problem.status === 412 ? STALE : `${problem.detail} The page now shows the latest version.`);
      this.meeting.reload();
      this.events.reload();
      this.focusBanner();
      return;
    }
    if (problem.status === 404) {
      this.meeting.reload();
      return;
    }
    const items = (problem.errors ?? []).map((e) => ({ text: sentence(e.message), href: e.field === 'reason' ? '#reason' : undefined }));
    this.errorDescription.set(items.length && problem.status !== 422 ? null : problem.detail);
    this.errors.set(items);
  }

  private closeReason(): void {
    this.reasonStep.set(null);
    this.reason.reset('');
    this.clearErrors();
  }

  private clearErrors(): void {
    this.errors.set([]);
    this.errorDescription.set(null);
  }

  /** A banner that appears after an action takes focus, as govuk-frontend does, so it is read out and seen. */
  private focusBanner(): void {
    afterNextRender(
      {
        write: () => {
          const banner = this.host.nativeElement.querySelector<HTMLElement>('.govuk-notification-banner');
          banner?.setAttribute('tabindex', '-1');
          banner?.focus();
        },
      },
      { injector: this.injector },
    );
  }

  private listUrl(): string {
    const previous = this.router.currentNavigation()?.previousNavigation?.finalUrl;
    const url = previous ? this.router.serializeUrl(previous) : '';
    return /^\/meetings(\?|$)/.test(url) ? url : '/meetings';
  }
}
