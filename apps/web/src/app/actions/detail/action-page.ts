import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { ActionDetailResponse, ActionUpdateResponse, FieldError } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukNotificationBanner, GovukSummaryList, GovukTag, MojTimeline, type TimelineItem } from '@send/web-ui';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import { ACTION_WRITERS, KIND_LABELS, STATUS_COLOURS, STATUS_LABELS } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { ActionsApi } from '../actions-api';
import { summaryItems } from '../shared/field-errors';
import type { LoadState } from '../shared/load-state';
import { AddUpdateForm } from './add-update-form';
import { summaryRows } from './action-summary';
import { ChangeStatusForm } from './change-status-form';

/** One action: its record, its status form, and its progress notes, newest first. */
@Component({
  selector: 'app-action-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukNotificationBanner, GovukSummaryList, GovukTag, MojTimeline, AddUpdateForm, ChangeStatusForm],
  providers: [ActionLookups],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-page.html',
})
export class ActionPage {
  private readonly api = inject(ActionsApi);
  private readonly lookups = inject(ActionLookups);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);
  private readonly summary = viewChild(GovukErrorSummary);

  /** The route's :id. */
  readonly id = input.required<string>();

  protected readonly state = signal<LoadState<ActionDetailResponse>>({ state: 'loading' });
  protected readonly action = computed(() => {
    const state = this.state();
    return state.state === 'loaded' ? state.value : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.state === 'failed' && state.problem.status === 404;
  });
  protected readonly canWrite = computed(() => this.session.hasRole(...ACTION_WRITERS));
  /** What the page that sent us here (create, edit) or the last save on this page did; not kept on reload. */
  protected readonly notice = signal<string | null>(noticeFrom(inject(Router).currentNavigation()?.extras.state));
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly errorItems = computed(() => summaryItems(this.errors()));

  protected readonly rows = computed(() => {
    const action = this.action();
    if (!action) return [];
    return summaryRows(action, {
      user: (id) => this.lookups.userName(id) ?? (this.lookups.users() === null ? 'someone' : null),
      theme: (id) => (this.lookups.themes() === null ? 'Loading…' : this.lookups.themeName(id)),
      proposal: (id) => (this.lookups.proposals() === null ? 'Loading…' : this.lookups.proposalTitle(id)),
    });
  });
  protected readonly tags = computed(() => {
    const action = this.action();
    return action ? { status: STATUS_LABELS[action.status], colour: STATUS_COLOURS[action.status], kind: KIND_LABELS[action.kind], overdue: action.overdue } : null;
  });
  protected readonly timeline = computed<TimelineItem[]>(() =>
    (this.action()?.updates ?? []).map((update) => ({ title: 'Update', byline: update.authorName, date: update.createdAt, description: update.body })),
  );

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) =>
          this.api.get(id).pipe(
            map((value): LoadState<ActionDetailResponse> => ({ state: 'loaded', value })),
            catchError((error: unknown) => of<LoadState<ActionDetailResponse>>({ state: 'failed', problem: problemOf(error) })),
            startWith<LoadState<ActionDetailResponse>>({ state: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.state === 'loaded') this.title.setTitle(`${state.value.reference}: ${state.value.title} – SEND engagement tracker`);
        if (state.state === 'failed' && state.problem.status === 404) this.title.setTitle('Action not found – SEND engagement tracker');
      });
  }

  protected showErrors(errors: FieldError[]): void {
    this.errors.set(errors);
    // The summary takes focus when it appears; a second failed submit while it shows must move focus back to it.
    if (errors.length) this.summary()?.focus();
    if (errors.length) this.notice.set(null);
  }

  protected updateAdded(update: ActionUpdateResponse): void {
    const action = this.action();
    if (!action) return;
    this.state.set({ state: 'loaded', value: { ...action, updates: [update, ...action.updates] } });
    this.notice.set('Update added');
  }

  protected statusChanged({ action, saved }: { action: ActionDetailResponse; saved: boolean }): void {
    this.state.set({ state: 'loaded', value: action });
    this.notice.set(saved ? `Status changed to ${STATUS_LABELS[action.status].toLowerCase()}` : null);
  }
}

function noticeFrom(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : null;
}
