import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { Phase, PositionResponse } from '@send/contracts';
import { GovukBackLink, GovukNotificationBanner, GovukPagination, formatLondonDate } from '@send/web-ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { problemOf } from '../../core/problem';
import { StanceOverPhases } from '../../core/stance-over-phases/stance-over-phases';
import { SessionStore } from '../../core/session';
import { urlFilters } from '../../core/url-state';
import { CLASSIFICATION_LABELS, PHASE_LABELS } from '../labels';
import { LookupsApi } from '../lookups-api';
import { PositionsApi } from '../positions-api';
import { StanceTag } from '../stance-tag';
import { readPage } from '../matrix/matrix-query';

const PAGE_SIZE = 50;

/** What the record pages pass on navigating here, for the success banner. */
export interface SavedState {
  saved?: 'recorded' | 'corrected';
}

/** /positions/history?organisationId=&proposalId=: everything one organisation said about one proposal, newest first. */
@Component({
  selector: 'app-history-page',
  imports: [RouterLink, GovukBackLink, GovukNotificationBanner, GovukPagination, StanceTag, StanceOverPhases],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-page.html',
  styles: `
    .app-pre-line { white-space: pre-line; }
    .app-statements { list-style: none; margin: 0 0 30px; padding: 0; }
  `,
})
export class HistoryPage {
  private readonly api = inject(PositionsApi);
  private readonly lookups = inject(LookupsApi);
  private readonly session = inject(SessionStore);
  private readonly url = urlFilters();

  protected readonly saved = signal((inject(Router).currentNavigation()?.extras.state as SavedState | undefined)?.saved ?? null);
  protected readonly canRecord = computed(() => this.session.hasRole('admin', 'recorder'));
  protected readonly organisationId = computed(() => this.url.get('organisationId') ?? '');
  protected readonly proposalId = computed(() => this.url.get('proposalId') ?? '');
  protected readonly page = computed(() => readPage(this.url.params()));
  protected readonly recordQuery = computed(() => ({ organisationId: this.organisationId(), proposalId: this.proposalId() }));

  private readonly phaseNames = toSignal(
    this.lookups.phases().pipe(
      map((r) => new Map<Phase, string>(r.items.map((p) => [p.key, p.name]))),
      catchError(() => of(new Map<Phase, string>())),
    ),
    { initialValue: new Map<Phase, string>() },
  );

  constructor() {
    // The banner is about the save that led here: moving on (another page of the history) clears it.
    let first = true;
    effect(() => {
      this.url.params();
      if (!first) untracked(() => this.saved.set(null));
      first = false;
    });
  }

  /** The names come from the records themselves, so the heading is right even before anything is said. */
  protected readonly history = rxResource({
    params: () => ({ organisationId: this.organisationId(), proposalId: this.proposalId(), page: this.page() }),
    stream: ({ params }) =>
      forkJoin({
        organisation: this.lookups.organisation(params.organisationId),
        proposal: this.lookups.proposal(params.proposalId),
        statements: this.api.list({ ...params, pageSize: PAGE_SIZE, sort: '-statedOn' }),
      }),
  });

  /** Who recorded and corrected each statement, by name; an id that cannot be read stays unnamed. */
  private readonly people = rxResource({
    params: () => {
      const items = this.history.hasValue() ? this.history.value().statements.items : [];
      return [...new Set(items.flatMap((p) => [p.createdBy, p.updatedBy]))].sort();
    },
    stream: ({ params }) =>
      params.length
        ? forkJoin(params.map((id) => this.lookups.user(id).pipe(map((u) => [id, u.name] as const), catchError(() => of([id, 'a former user'] as const))))).pipe(map((pairs) => new Map(pairs)))
        : of(new Map<string, string>()),
  });

  protected readonly heading = computed(() => {
    if (!this.history.hasValue()) return 'Position history';
    const { organisation, proposal } = this.history.value();
    return `${organisation.name} on ${proposal.title}`;
  });

  protected readonly problem = computed(() => {
    const error = this.history.error();
    if (!error) return null;
    const problem = problemOf(error);
    return problem.status === 404 || problem.status === 400 ? 'This organisation or proposal could not be found. The link may be wrong, or the record may no longer be available to you.' : problem.detail;
  });

  protected readonly statements = computed(() => {
    if (!this.history.hasValue()) return [];
    const names = this.people.hasValue() ? this.people.value() : new Map<string, string>();
    return this.history.value().statements.items.map((p) => this.view(p, names));
  });

  /** The newest statement on page 1 is the pair's current position (the API's newest-first order is its "current"). */
  protected readonly current = computed(() => (this.page() === 1 ? (this.statements()[0] ?? null) : null));

  private view(p: PositionResponse, names: Map<string, string>) {
    const name = (id: string) => names.get(id) ?? '…';
    return {
      id: p.id,
      stance: p.stance,
      date: formatLondonDate(p.statedOn),
      phase: this.phaseNames().get(p.phase) ?? PHASE_LABELS[p.phase],
      summary: p.summary,
      quote: p.quote,
      meetingId: p.meetingId,
      // Null for a viewer when the meeting is OFFICIAL-SENSITIVE: the statement shows, the meeting stays hidden.
      meetingReference: p.meetingReference,
      sensitive: p.classification === 'OFFICIAL_SENSITIVE',
      classification: CLASSIFICATION_LABELS[p.classification],
      recorded: `${name(p.createdBy)} on ${formatLondonDate(p.createdAt)}`,
      corrected: p.version > 1 ? `${name(p.updatedBy)} on ${formatLondonDate(p.updatedAt)}` : null,
    };
  }
}
