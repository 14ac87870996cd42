import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CLASSIFICATIONS, PHASES, STANCES, type FieldError, type MeetingSummary, type Phase, type PositionResponse } from '@send/contracts';
import { GovukBackLink, GovukDateInput, GovukErrorSummary, GovukRadios, GovukSelect, GovukTextarea, formatLondonDate, type GovukChoice, type GovukSelectOption } from '@send/web-ui';
import { catchError, distinctUntilChanged, firstValueFrom, map, of, startWith, switchMap, type Observable } from 'rxjs';
import { ConflictNotice, conflictingFields, type ConflictField } from '../../core/conflict-notice';
import { problemOf } from '../../core/problem';
import { CLASSIFICATION_LABELS, PHASE_LABELS, STANCE_HINTS, STANCE_LABELS } from '../labels';
import { LookupsApi } from '../lookups-api';
import { londonDay } from '../london-dates';
import { PositionsApi } from '../positions-api';
import type { SavedState } from '../history/history-page';
import { OrganisationPicker } from '../../core/organisation-picker';
import { DEFAULT_CLASSIFICATION, anchorFor, asRequest, changedFields, positionForm, toCreateRequest, toFormValue, validatePosition, type PositionFormValue } from './position-form';
import { describeValue } from './describe-value';

const CONFLICT_LABELS = { organisationId: 'Organisation', proposalId: 'Proposal', stance: 'Stance', summary: 'Summary', quote: 'Quote', statedOn: 'Date it was said', meetingId: 'Meeting', phase: 'Phase', classification: 'Classification' };

/** /positions/new (a new statement; ?organisationId, ?proposalId, ?meetingId pre-fill it) and /positions/:id/edit (a correction). */
@Component({
  selector: 'app-record-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukSelect, GovukRadios, GovukTextarea, GovukDateInput, ConflictNotice, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-page.html',
})
export class RecordPage {
  private readonly api = inject(PositionsApi);
  private readonly lookups = inject(LookupsApi);
  private readonly router = inject(Router);
  private readonly query = inject(ActivatedRoute).snapshot;
  private readonly summary = viewChild(GovukErrorSummary);
  private readonly conflictNotice = viewChild<ElementRef<HTMLElement>>('conflict');
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly positionId = this.query.paramMap.get('id');
  protected readonly editing = this.positionId !== null;
  protected readonly form = positionForm();
  protected readonly state = signal<'loading' | 'ready' | 'error'>(this.editing ? 'loading' : 'ready');
  protected readonly loadProblem = signal('');
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly busy = signal(false);
  protected readonly conflict = signal<{ fields: ConflictField[]; who: string } | null>(null);
  protected readonly chosenOrganisation = signal<GovukChoice | null>(null);
  /** The statement as last read from the server: the baseline of a correction, and its version (If-Match). */
  private readonly saved = signal<PositionResponse | null>(null);
  /** A meeting named in the link or on the saved record that is not among the organisation's meetings. */
  private readonly extraMeeting = signal<GovukSelectOption | null>(null);

  protected readonly summaryItems = computed(() => this.errors().map((e) => ({ text: e.message, href: anchorFor(e.field) ?? undefined })));
  protected readonly fieldErrors = computed(() => new Map(this.errors().map((e) => [e.field, e.message])));
  protected readonly stanceOptions: GovukChoice[] = STANCES.map((s) => ({ value: s, text: STANCE_LABELS[s], hint: STANCE_HINTS[s] }));
  protected readonly classificationOptions: GovukChoice[] = [
    ...(this.editing ? [] : [{ value: DEFAULT_CLASSIFICATION, text: 'The same as the meeting', hint: 'OFFICIAL for a written statement' }]),
    ...CLASSIFICATIONS.map((c) => ({ value: c, text: CLASSIFICATION_LABELS[c], hint: c === 'OFFICIAL_SENSITIVE' ? 'Hidden from viewers' : undefined })),
  ];
  protected readonly proposalOptions = toSignal(
    this.lookups.proposals().pipe(
      map((page) => [{ value: '', text: 'Choose a proposal' }, ...page.items.map((p) => ({ value: p.id, text: p.status === 'dropped' ? `${p.title} (dropped)` : p.title }))]),
      catchError(() => of([{ value: '', text: 'Proposals could not be loaded: reload the page' }])),
    ),
    { initialValue: [{ value: '', text: 'Loading proposals…' }] },
  );
  private readonly phaseNames = toSignal(this.lookups.phases().pipe(map((r) => new Map<Phase, string>(r.items.map((p) => [p.key, p.name]))), catchError(() => of(new Map<Phase, string>()))), { initialValue: new Map<Phase, string>() });
  protected readonly phaseOptions = computed(() => [
    ...(this.editing ? [] : [{ value: '', text: 'Work it out from the date it was said' }]),
    ...PHASES.map((p) => ({ value: p, text: this.phaseNames().get(p) ?? PHASE_LABELS[p] })),
  ]);
  private readonly meetings = toSignal(
    this.form.controls.organisationId.valueChanges.pipe(
      startWith(this.form.controls.organisationId.value),
      distinctUntilChanged(),
      switchMap((id) => (id ? this.lookups.meetingsOf(id).pipe(map((page) => page.items), catchError(() => of<MeetingSummary[]>([]))) : of<MeetingSummary[]>([]))),
    ),
    { initialValue: [] },
  );
  protected readonly meetingOptions = computed(() => {
    const options: GovukSelectOption[] = this.meetings().map((m) => ({ value: m.id, text: `${m.reference}: ${m.title}, ${formatLondonDate(m.startsAt)}` }));
    const extra = this.extraMeeting();
    if (extra && !options.some((o) => o.value === extra.value)) options.unshift(extra);
    return [{ value: '', text: 'None: a written statement' }, ...options];
  });
  protected readonly cancelLink = computed((): { path: string; query: Record<string, string> } => {
    const saved = this.saved();
    const organisationId = saved?.organisationId ?? this.query.queryParamMap.get('organisationId');
    const proposalId = saved?.proposalId ?? this.query.queryParamMap.get('proposalId');
    return organisationId && proposalId ? { path: '/positions/history', query: { organisationId, proposalId } } : { path: '/positions', query: {} };
  });
  protected readonly backHref = computed(() => {
    const { path, query } = this.cancelLink();
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  });

  constructor() {
    // Said at a meeting: its day is the likely date, so fill the date in if it is still empty.
    this.form.controls.meetingId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      const meeting = this.meetings().find((m) => m.id === id);
      if (meeting && !this.form.controls.statedOn.value) this.form.controls.statedOn.setValue(londonDay(meeting.startsAt));
    });
    if (this.positionId) void this.loadForCorrection(this.positionId);
    else void this.prefill();
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const problems = validatePosition(value, londonDay());
    if (problems.length) return this.show(problems);
    this.busy.set(true);
    try {
      const saved = this.saved();
      const result = saved ? await this.correct(value, saved) : await firstValueFrom(this.api.create(toCreateRequest(value), this.idempotencyKey));
      const state: SavedState = { saved: this.editing ? 'corrected' : 'recorded' };
      await this.router.navigate(['/positions/history'], { queryParams: { organisationId: result.organisationId, proposalId: result.proposalId }, state });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 412 && this.saved()) return await this.showConflict(value);
      const problem = problemOf(error);
      this.show(problem.errors?.length ? problem.errors : [{ field: '', message: problem.detail }]);
    } finally {
      this.busy.set(false);
    }
  }

  private async correct(value: PositionFormValue, saved: PositionResponse): Promise<PositionResponse> {
    const changes = changedFields(value, saved);
    return Object.keys(changes).length ? firstValueFrom(this.api.update(saved.id, saved.version, changes)) : saved;
  }

  /** Someone saved first: show what differs, take their version as the new baseline, and keep the user's edits. */
  private async showConflict(value: PositionFormValue): Promise<void> {
    const mine = changedFields(value, this.saved() as PositionResponse);
    const theirs = await firstValueFrom(this.api.get(this.positionId as string));
    const who = await firstValueFrom(this.lookups.user(theirs.updatedBy).pipe(map((u) => u.name), catchError(() => of('Someone else'))));
    const names = new Map<string, string>([...this.proposalOptions(), ...this.meetingOptions()].map((o) => [o.value, o.text]));
    names.set(theirs.organisationId, theirs.organisationName).set(theirs.proposalId, theirs.proposalTitle);
    this.saved.set(theirs);
    this.errors.set([]);
    this.conflict.set({ fields: conflictingFields(mine, asRequest(theirs), CONFLICT_LABELS, (v) => describeValue(v, names, this.phaseNames())), who });
    setTimeout(() => this.conflictNotice()?.nativeElement.querySelector<HTMLElement>('[data-testid=conflict-notice]')?.focus());
  }

  private show(errors: FieldError[]): void {
    const showing = this.errors().length > 0;
    this.errors.set(errors);
    // The summary takes focus when it appears; if it was already showing, send focus back to it.
    if (showing) this.summary()?.focus();
  }

  private async loadForCorrection(id: string): Promise<void> {
    try {
      const p = await firstValueFrom(this.api.get(id));
      this.saved.set(p);
      this.chosenOrganisation.set({ value: p.organisationId, text: p.organisationName });
      if (p.meetingId) this.extraMeeting.set({ value: p.meetingId, text: p.meetingReference ? `Meeting ${p.meetingReference}` : 'A meeting you cannot see' });
      this.form.setValue(toFormValue(p));
      this.state.set('ready');
    } catch (error) {
      const problem = problemOf(error);
      this.loadProblem.set(problem.status === 404 || problem.status === 400 ? 'This position could not be found. It may be a wrong link.' : problem.detail);
      this.state.set('error');
    }
  }

  /** Links from a cell, a pair's history or a meeting name what the statement is about; a name that fails to load is just not pre-filled. */
  private async prefill(): Promise<void> {
    const params = this.query.queryParamMap;
    const proposalId = params.get('proposalId');
    if (proposalId) this.form.controls.proposalId.setValue(proposalId);
    const [organisation, meeting] = await Promise.all([
      optional(params.get('organisationId'), (id) => this.lookups.organisation(id)),
      optional(params.get('meetingId'), (id) => this.lookups.meeting(id)),
    ]);
    if (organisation) {
      this.chosenOrganisation.set({ value: organisation.id, text: organisation.name });
      this.form.controls.organisationId.setValue(organisation.id);
    }
    if (meeting) {
      this.extraMeeting.set({ value: meeting.id, text: `${meeting.reference}: ${meeting.title}, ${formatLondonDate(meeting.startsAt)}` });
      this.form.controls.meetingId.setValue(meeting.id);
      if (!this.form.controls.statedOn.value) this.form.controls.statedOn.setValue(londonDay(meeting.startsAt));
    }
  }
}

function optional<T>(id: string | null, load: (id: string) => Observable<T>): Promise<T | null> {
  return id ? firstValueFrom(load(id).pipe(catchError(() => of(null)))) : Promise.resolve(null);
}
