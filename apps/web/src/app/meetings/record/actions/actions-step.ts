import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormArray } from '@angular/forms';
import { CLOSED_ACTION_STATUSES, type ActionResponse, type ActionStatus, type ProposalResponse, type UserResponse } from '@send/contracts';
import { GovukCheckboxes, GovukDateInput, GovukInput, GovukRadios, GovukSelect, GovukSummaryList, type SummaryListRow } from '@send/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { conflictingFields } from '../../../core/conflict-notice';
import { saveEntries, type EntrySave } from '../shared/entries';
import { KeyPerBody } from '../shared/idempotency';
import { ACTION_STATUS_LABELS, KIND_LABELS, PRIORITY_LABELS, choices, labelOf } from '../shared/labels';
import { RecordActionsApi, RecordLookups } from '../shared/record-apis';
import { StepLayout } from '../shared/step-layout';
import { stepState, type Intent } from '../shared/step-state';
import {
  actionChanges,
  actionEntry,
  actionFromServer,
  actionIds,
  actionTarget,
  blankAction,
  createActionBody,
  isBlankAction,
  restoreActions,
  validateAction,
  type ActionEntry,
  type ActionEntryValue,
} from './actions-form';

const isClosed = (status: ActionStatus) => (CLOSED_ACTION_STATUSES as readonly ActionStatus[]).includes(status);

/** Step 5: actions and ministerial commitments agreed. New ones are POSTed on continue; open ones can be changed or cancelled. */
@Component({
  selector: 'app-actions-step',
  imports: [StepLayout, GovukInput, GovukSelect, GovukRadios, GovukCheckboxes, GovukDateInput, GovukSummaryList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './actions-step.html',
})
export class ActionsStep {
  protected readonly state = stepState('actions');
  private readonly api = inject(RecordActionsApi);
  private readonly lookups = inject(RecordLookups);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly entries = new FormArray<ActionEntry>([]);
  protected readonly ids = actionIds;
  protected readonly priorityOptions = choices(PRIORITY_LABELS);
  protected readonly kindOptions = choices(KIND_LABELS).map((o) => (o.value === 'ministerial_commitment' ? { ...o, hint: 'Something a minister undertook to do' } : o));
  protected readonly cancelOption = [{ value: 'cancel', text: 'Cancel this action' }];
  protected readonly loaded = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly announcement = signal('');
  protected readonly closed = signal<SummaryListRow[]>([]);
  private readonly officials = signal<UserResponse[]>([]);
  private readonly proposals = signal<ProposalResponse[]>([]);
  private readonly saved = new Map<string, ActionResponse>();
  private readonly keys = new WeakMap<ActionEntry, KeyPerBody>();

  private readonly organisations = computed(() => (this.state.store.meeting()?.attendees ?? []).map((a) => ({ value: a.organisationId, text: a.organisationName })));
  protected readonly ownerOptions = computed(() => [
    { value: '', text: 'Not assigned yet' },
    ...this.officials().map((u) => ({ value: `user:${u.id}`, text: u.name })),
    ...this.organisations().map((o) => ({ value: `organisation:${o.value}`, text: `${o.text} (organisation)` })),
  ]);
  protected readonly raisedByOptions = computed(() => [{ value: '', text: 'Not raised by an organisation' }, ...this.organisations()]);
  protected readonly proposalOptions = computed(() => this.proposals().map((p) => ({ value: p.id, text: p.title })));

  constructor() {
    void this.load();
  }

  protected add(): void {
    this.entries.push(actionEntry(blankAction()));
    this.announcement.set(`Action ${this.entries.length} added`);
    this.focusAfterRender(actionIds(this.entries.length - 1).title);
  }

  protected remove(index: number): void {
    if (this.entries.at(index).controls.id.value) return;
    this.entries.removeAt(index);
    this.state.clearErrors();
    this.announcement.set(`Action ${index + 1} removed`);
    this.focusAfterRender('actions-add');
  }

  protected save(intent: Intent): Promise<void> {
    return this.state.once(async () => {
      const meeting = this.state.store.meeting();
      if (!meeting || this.loaded() === 'loading') return;
      if (this.loaded() === 'failed') return this.state.leave(intent);
      const values = this.entries.getRawValue();
      const problems = values.flatMap((v, i) => (isBlankAction(v) ? [] : validateAction(v, i)));
      if (problems.length) return this.state.fail(problems);
      const result = await saveEntries(this.entries.controls.map((entry, i) => this.plan(entry, values[i], i, meeting.id)));
      if (result.signedOut) return;
      if (result.conflicts.length) return this.state.stale(result.conflicts);
      if (result.errors.length) return this.state.fail(result.errors);
      this.state.saved();
      await this.state.store.load(meeting.id).catch(() => undefined);
      await this.state.leave(intent);
    });
  }

  private plan(entry: ActionEntry, v: ActionEntryValue, i: number, meetingId: string): EntrySave<ActionResponse> {
    const original = v.id ? this.saved.get(v.id) : undefined;
    const keys = this.keys.get(entry) ?? new KeyPerBody(v.key);
    this.keys.set(entry, keys);
    let request: Observable<ActionResponse> | null = null;
    if (!v.id && !isBlankAction(v)) {
      const body = createActionBody(v, meetingId);
      request = this.api.create(body, keys.keyFor(body));
    } else if (v.id && original) {
      const changes = actionChanges(v, original);
      request = changes ? this.api.update(v.id, v.version ?? original.version, changes) : null;
    }
    return {
      request,
      saved: (action) => {
        this.saved.set(action.id, action);
        entry.patchValue({ id: action.id, version: action.version });
      },
      target: actionTarget(i),
      fallback: { field: actionIds(i).title },
      stale: async () => {
        const theirs = await firstValueFrom(this.api.get(v.id ?? ''));
        this.saved.set(theirs.id, theirs);
        entry.patchValue({ version: theirs.version });
        return conflictingFields(this.display(v), this.display(actionFromServer(theirs)), this.labels(i));
      },
    };
  }

  private async load(): Promise<void> {
    const meetingId = this.state.store.meetingId();
    if (!meetingId) return;
    try {
      const [officials, proposals, actions] = await Promise.all([firstValueFrom(this.lookups.officials), firstValueFrom(this.lookups.proposals), firstValueFrom(this.api.forMeeting(meetingId))]);
      this.officials.set(officials.items);
      this.proposals.set(proposals.items);
      const open = actions.items.filter((a) => !isClosed(a.status));
      this.closed.set(actions.items.filter((a) => isClosed(a.status)).map((a) => ({ key: a.reference, value: `${a.title}\n${labelOf(ACTION_STATUS_LABELS, a.status)}` })));
      for (const a of open) this.saved.set(a.id, a);
      for (const a of open) this.entries.push(actionEntry(actionFromServer(a)), { emitEvent: false });
      if (!open.length) this.entries.push(actionEntry(blankAction()), { emitEvent: false });
      this.state.keep(this.entries, (kept) => {
        const values = restoreActions(kept);
        if (!values) return false;
        this.entries.clear({ emitEvent: false });
        for (const value of values) this.entries.push(actionEntry(value), { emitEvent: false });
        return true;
      });
      this.loaded.set('ready');
    } catch {
      this.loaded.set('failed');
    }
  }

  protected referenceOf(entry: ActionEntry): string | null {
    const id = entry.controls.id.value;
    return id ? (this.saved.get(id)?.reference ?? null) : null;
  }

  private display(v: ActionEntryValue) {
    const text = (options: { value: string; text: string }[], value: string | null) => options.find((o) => o.value === value)?.text ?? '';
    return {
      title: (v.title ?? '').trim(),
      owner: text(this.ownerOptions(), v.owner),
      dueOn: v.dueOn ?? '',
      priority: labelOf(PRIORITY_LABELS, v.priority),
      kind: labelOf(KIND_LABELS, v.kind),
      raisedBy: text(this.raisedByOptions(), v.raisedBy),
    };
  }

  private labels(i: number) {
    const n = `Action ${i + 1}`;
    return { title: `${n}: action`, owner: `${n}: owner`, dueOn: `${n}: due date`, priority: `${n}: priority`, kind: `${n}: kind`, raisedBy: `${n}: raised by` };
  }

  private focusAfterRender(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
