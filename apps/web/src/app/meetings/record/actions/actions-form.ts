import { FormControl, FormGroup } from '@angular/forms';
import { ACTION_KINDS, ACTION_PRIORITIES, type ActionResponse, type CreateActionRequest, type UpdateActionRequest } from '@send/contracts';
import { INVALID_DATE } from '@send/web-ui';
import { recordsOf, stringOr, stringsOr } from '../shared/form-drafts';
import { newIdempotencyKey } from '../shared/idempotency';
import { isOneOf } from '../shared/labels';
import type { FieldTarget, PageError, PathSegment } from '../shared/server-errors';

export const TITLE_MAX = 200;

/**
 * One action on the page. `owner` is '' (not assigned), `user:<id>` or `organisation:<id>`: an action has at most one
 * owner, so one choice holds it. `cancel` is ['cancel'] when a saved action is to be cancelled.
 */
export interface ActionEntryValue {
  id: string | null;
  version: number | null;
  key: string;
  title: string | null;
  owner: string | null;
  dueOn: string | null;
  priority: string | null;
  kind: string | null;
  raisedBy: string | null;
  proposalIds: string[] | null;
  cancel: string[] | null;
}

export function blankAction(): ActionEntryValue {
  // Medium priority and a plain action are the API's defaults: shown chosen, so most actions need neither.
  return { id: null, version: null, key: newIdempotencyKey(), title: '', owner: '', dueOn: null, priority: 'medium', kind: 'action', raisedBy: '', proposalIds: [], cancel: [] };
}

export function actionEntry(v: ActionEntryValue) {
  return new FormGroup({
    id: new FormControl<string | null>(v.id),
    version: new FormControl<number | null>(v.version),
    key: new FormControl(v.key, { nonNullable: true }),
    title: new FormControl<string | null>(v.title),
    owner: new FormControl<string | null>(v.owner),
    dueOn: new FormControl<string | null>(v.dueOn),
    priority: new FormControl<string | null>(v.priority),
    kind: new FormControl<string | null>(v.kind),
    raisedBy: new FormControl<string | null>(v.raisedBy),
    proposalIds: new FormControl<string[] | null>(v.proposalIds),
    cancel: new FormControl<string[] | null>(v.cancel),
  });
}

export type ActionEntry = ReturnType<typeof actionEntry>;

export const actionIds = (i: number) => ({
  fieldset: `action-${i}`,
  title: `actions-${i}-title`,
  owner: `actions-${i}-owner`,
  dueOn: `actions-${i}-dueOn`,
  priority: `actions-${i}-priority`,
  kind: `actions-${i}-kind`,
  raisedBy: `actions-${i}-raisedBy`,
  proposals: `actions-${i}-proposals`,
  cancel: `actions-${i}-cancel`,
});

export function ownerOf(a: Pick<ActionResponse, 'ownerUserId' | 'ownerOrganisationId'>): string {
  if (a.ownerUserId) return `user:${a.ownerUserId}`;
  if (a.ownerOrganisationId) return `organisation:${a.ownerOrganisationId}`;
  return '';
}

export function actionFromServer(a: ActionResponse): ActionEntryValue {
  return {
    id: a.id,
    version: a.version,
    key: '',
    title: a.title,
    owner: ownerOf(a),
    dueOn: a.dueOn,
    priority: a.priority,
    kind: a.kind,
    raisedBy: a.raisedByOrganisationId ?? '',
    proposalIds: a.proposalIds,
    cancel: [],
  };
}

export function restoreActions(kept: unknown): ActionEntryValue[] | null {
  const records = recordsOf(kept);
  if (!records) return null;
  const blank = blankAction();
  return records.map((r) => ({
    id: stringOr(r['id'], null),
    version: typeof r['version'] === 'number' ? r['version'] : null,
    key: stringOr(r['key'], null) || newIdempotencyKey(),
    title: stringOr(r['title'], ''),
    owner: stringOr(r['owner'], ''),
    dueOn: stringOr(r['dueOn'], null),
    priority: stringOr(r['priority'], blank.priority),
    kind: stringOr(r['kind'], blank.kind),
    raisedBy: stringOr(r['raisedBy'], ''),
    proposalIds: stringsOr(r['proposalIds'], []),
    cancel: stringsOr(r['cancel'], []),
  }));
}

export function isBlankAction(v: ActionEntryValue): boolean {
  return !v.id && !(v.title ?? '').trim() && !v.owner && !v.dueOn && !v.raisedBy && !(v.proposalIds ?? []).length;
}

export function validateAction(v: ActionEntryValue, i: number): PageError[] {
  const ids = actionIds(i);
  const n = i + 1;
  const errors: PageError[] = [];
  const title = (v.title ?? '').trim();
  if (!title) errors.push({ field: ids.title, message: `Enter what action ${n} is` });
  else if (title.length > TITLE_MAX) errors.push({ field: ids.title, message: `Action ${n} must be ${TITLE_MAX} characters or fewer` });
  if (v.dueOn === INVALID_DATE) errors.push({ field: ids.dueOn, anchor: `${ids.dueOn}-day`, message: `The due date of action ${n} must be a real date` });
  return errors;
}

function ownerFields(owner: string | null): Pick<CreateActionRequest, 'ownerUserId' | 'ownerOrganisationId'> {
  const [kind, id] = (owner ?? '').split(':');
  return { ownerUserId: kind === 'user' && id ? id : null, ownerOrganisationId: kind === 'organisation' && id ? id : null };
}

export function createActionBody(v: ActionEntryValue, meetingId: string): CreateActionRequest {
  return {
    title: (v.title ?? '').trim(),
    meetingId,
    ...ownerFields(v.owner),
    dueOn: v.dueOn || null,
    priority: isOneOf(ACTION_PRIORITIES, v.priority) ? v.priority : 'medium',
    kind: isOneOf(ACTION_KINDS, v.kind) ? v.kind : 'action',
    raisedByOrganisationId: v.raisedBy || null,
    proposalIds: v.proposalIds ?? [],
  };
}

/** What changed on a saved action (and its cancellation); null when nothing did. */
export function actionChanges(v: ActionEntryValue, saved: ActionResponse): UpdateActionRequest | null {
  const next = createActionBody(v, saved.meetingId ?? '');
  const changes: UpdateActionRequest = {};
  if (next.title !== saved.title) changes.title = next.title;
  if (ownerOf({ ownerUserId: next.ownerUserId ?? null, ownerOrganisationId: next.ownerOrganisationId ?? null }) !== ownerOf(saved)) {
    changes.ownerUserId = next.ownerUserId;
    changes.ownerOrganisationId = next.ownerOrganisationId;
  }
  if ((next.dueOn ?? null) !== saved.dueOn) changes.dueOn = next.dueOn;
  if (next.priority !== saved.priority) changes.priority = next.priority;
  if (next.kind !== saved.kind) changes.kind = next.kind;
  if ((next.raisedByOrganisationId ?? null) !== saved.raisedByOrganisationId) changes.raisedByOrganisationId = next.raisedByOrganisationId;
  if ([...(next.proposalIds ?? [])].sort().join() !== [...saved.proposalIds].sort().join()) changes.proposalIds = next.proposalIds;
  if ((v.cancel ?? []).includes('cancel')) changes.status = 'cancelled';
  return Object.keys(changes).length ? changes : null;
}

export function actionTarget(i: number) {
  const ids = actionIds(i);
  const fields: Record<string, FieldTarget> = {
    title: { field: ids.title },
    ownerUserId: { field: ids.owner },
    ownerOrganisationId: { field: ids.owner },
    dueOn: { field: ids.dueOn, anchor: `${ids.dueOn}-day` },
    priority: { field: ids.priority },
    kind: { field: ids.kind },
    raisedByOrganisationId: { field: ids.raisedBy },
    proposalIds: { field: ids.proposals },
    status: { field: ids.cancel },
  };
  return (segments: PathSegment[]): FieldTarget => fields[String(segments[0])] ?? null;
}
