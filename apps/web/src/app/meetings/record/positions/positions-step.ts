import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormArray } from '@angular/forms';
import type { PositionResponse, ProposalResponse } from '@send/contracts';
import { RouterLink } from '@angular/router';
import { GovukRadios, GovukSelect, GovukTextarea } from '@send/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { conflictingFields } from '../../../core/conflict-notice';
import { saveEntries, type EntrySave } from '../shared/entries';
import { KeyPerBody } from '../shared/idempotency';
import { STANCE_LABELS, choices, labelOf } from '../shared/labels';
import { stepPath } from '../shared/journey';
import { londonDateAndTime } from '../shared/london-time';
import { RecordLookups, RecordPositionsApi } from '../shared/record-apis';
import { StepLayout } from '../shared/step-layout';
import { stepState, type Intent } from '../shared/step-state';
import {
  blankPosition,
  createPositionBody,
  isBlankPosition,
  positionChanges,
  positionEntry,
  positionFromServer,
  positionIds,
  positionTarget,
  restorePositions,
  validatePosition,
  type PositionEntry,
  type PositionEntryValue,
} from './positions-form';

/**
 * Step 4: what each attending organisation said about each proposal. New positions are POSTed when the user
 * continues; recorded ones can be corrected (PATCH) but not removed, since positions are kept as a history.
 */
@Component({
  selector: 'app-positions-step',
  imports: [StepLayout, GovukSelect, GovukRadios, GovukTextarea, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './positions-step.html',
})
export class PositionsStep {
  protected readonly state = stepState('positions');
  private readonly api = inject(RecordPositionsApi);
  private readonly lookups = inject(RecordLookups);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly entries = new FormArray<PositionEntry>([]);
  protected readonly ids = positionIds;
  protected readonly attendeesHref = stepPath(this.state.store.meetingId(), 'attendees');
  protected readonly stanceOptions = choices(STANCE_LABELS);
  protected readonly loaded = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly announcement = signal('');
  private readonly proposals = signal<ProposalResponse[]>([]);
  private readonly saved = new Map<string, PositionResponse>();
  private readonly keys = new WeakMap<PositionEntry, KeyPerBody>();

  /** Organisations that attended (apologies cannot state a position), plus any already named on a saved position. */
  protected readonly organisationOptions = computed(() => {
    const attended = (this.state.store.meeting()?.attendees ?? []).filter((a) => a.attendance === 'attended').map((a) => ({ value: a.organisationId, text: a.organisationName }));
    const others = (this.state.store.meeting()?.positions ?? []).filter((p) => !attended.some((a) => a.value === p.organisationId)).map((p) => ({ value: p.organisationId, text: p.organisationName }));
    return [...attended, ...others].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);
  });
  protected readonly organisationSelect = computed(() => [{ value: '', text: 'Select an organisation' }, ...this.organisationOptions()]);
  protected readonly proposalSelect = computed(() => [{ value: '', text: 'Select a proposal' }, ...this.proposals().map((p) => ({ value: p.id, text: p.title }))]);

  constructor() {
    void this.load();
  }

  protected add(): void {
    this.entries.push(positionEntry(blankPosition()));
    this.announcement.set(`Position ${this.entries.length} added`);
    this.focusAfterRender(positionIds(this.entries.length - 1).organisation);
  }

  /** Only a position not yet saved can be removed. */
  protected remove(index: number): void {
    if (this.entries.at(index).controls.id.value) return;
    this.entries.removeAt(index);
    this.state.clearErrors();
    this.announcement.set(`Position ${index + 1} removed`);
    this.focusAfterRender('positions-add');
  }

  protected save(intent: Intent): Promise<void> {
    return this.state.once(async () => {
      const meeting = this.state.store.meeting();
      if (!meeting || this.loaded() === 'loading') return;
      if (this.loaded() === 'failed') return this.state.leave(intent);
      const values = this.entries.getRawValue();
      const problems = values.flatMap((v, i) => (isBlankPosition(v) ? [] : validatePosition(v, i)));
      if (problems.length) return this.state.fail(problems);
      const statedOn = londonDateAndTime(meeting.startsAt)?.date ?? '';
      const result = await saveEntries(this.entries.controls.map((entry, i) => this.plan(entry, values[i], i, meeting.id, statedOn)));
      if (result.signedOut) return;
      if (result.conflicts.length) return this.state.stale(result.conflicts);
      if (result.errors.length) return this.state.fail(result.errors);
      this.state.saved();
      // Check your answers lists the meeting's positions: read them back with it.
      await this.state.store.load(meeting.id).catch(() => undefined);
      await this.state.leave(intent);
    });
  }

  private plan(entry: PositionEntry, v: PositionEntryValue, i: number, meetingId: string, statedOn: string): EntrySave<PositionResponse> {
    const original = v.id ? this.saved.get(v.id) : undefined;
    const keys = this.keys.get(entry) ?? new KeyPerBody(v.key);
    this.keys.set(entry, keys);
    let request: Observable<PositionResponse> | null = null;
    if (!v.id && !isBlankPosition(v)) {
      const body = createPositionBody(v, meetingId, statedOn);
      request = this.api.create(body, keys.keyFor(body));
    } else if (v.id && original) {
      const changes = positionChanges(v, original);
      request = changes ? this.api.correct(v.id, v.version ?? original.version, changes) : null;
    }
    return {
      request,
      saved: (position) => {
        this.saved.set(position.id, position);
        entry.patchValue({ id: position.id, version: position.version });
      },
      target: positionTarget(i),
      fallback: { field: positionIds(i).organisation },
      stale: async () => {
        const theirs = await firstValueFrom(this.api.get(v.id ?? ''));
        this.saved.set(theirs.id, theirs);
        entry.patchValue({ version: theirs.version });
        return conflictingFields(this.display(v), this.display(positionFromServer(theirs)), this.labels(i));
      },
    };
  }

  private async load(): Promise<void> {
    const meetingId = this.state.store.meetingId();
    if (!meetingId) return;
    try {
      const [proposals, positions] = await Promise.all([firstValueFrom(this.lookups.proposals), firstValueFrom(this.api.forMeeting(meetingId))]);
      this.proposals.set(proposals.items);
      for (const p of positions.items) this.saved.set(p.id, p);
      for (const p of positions.items) this.entries.push(positionEntry(positionFromServer(p)), { emitEvent: false });
      if (!positions.items.length && this.organisationOptions().length) this.entries.push(positionEntry(blankPosition()), { emitEvent: false });
      this.state.keep(this.entries, (kept) => {
        const values = restorePositions(kept);
        if (!values) return false;
        this.entries.clear({ emitEvent: false });
        for (const value of values) this.entries.push(positionEntry(value), { emitEvent: false });
        return true;
      });
      this.loaded.set('ready');
    } catch {
      this.loaded.set('failed');
    }
  }

  private display(v: PositionEntryValue) {
    const name = (options: { value: string; text: string }[], id: string | null) => options.find((o) => o.value === id)?.text ?? '';
    return {
      organisation: name(this.organisationOptions(), v.organisationId),
      proposal: name(this.proposalSelect(), v.proposalId),
      stance: labelOf(STANCE_LABELS, v.stance),
      summary: (v.summary ?? '').trim(),
      quote: (v.quote ?? '').trim(),
    };
  }

  private labels(i: number) {
    const n = `Position ${i + 1}`;
    return { organisation: `${n}: organisation`, proposal: `${n}: proposal`, stance: `${n}: stance`, summary: `${n}: summary`, quote: `${n}: quote` };
  }

  private focusAfterRender(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
