import { FormControl, FormGroup } from '@angular/forms';
import { REVIEWER_ACTION_FIELDS, type CreateActionRequest, type FieldError } from '@send/contracts';
import { INVALID_DATE, type GovukChoice } from '@send/web-ui';
import { isClassification, isKind, isPriority, isStatus } from '../action-labels';
import type { ActionField, ActionFields } from '../shared/action-fields';

/** Creating; editing as an official; or as private office, who may change only REVIEWER_ACTION_FIELDS. */
export type FormMode = 'create' | 'edit' | 'review';

const TITLE_MAX = 200;
const TEXT_MAX = 20_000;

export const OWNER_TYPES: GovukChoice[] = [
  { value: 'none', text: 'No owner yet' },
  { value: 'user', text: 'A person in the department' },
  { value: 'organisation', text: 'An organisation' },
];

export const NEW_ACTION: ActionFields = {
  title: '',
  description: '',
  ownerUserId: null,
  ownerOrganisationId: null,
  dueOn: null,
  priority: 'medium',
  kind: 'action',
  raisedByOrganisationId: null,
  proposalIds: [],
  themeIds: [],
  classification: 'OFFICIAL',
  status: 'open',
  completionNote: null,
};

/** Error summary links for fields whose first input is not named after the field. */
export const ERROR_ANCHORS: Record<string, string> = { dueOn: 'dueOn-day' };

export function createActionForm() {
  return new FormGroup({
    title: new FormControl<string | null>(''),
    description: new FormControl<string | null>(''),
    ownerType: new FormControl<string | null>('none'),
    ownerUserId: new FormControl<string | null>(''),
    ownerOrganisationId: new FormControl<string | null>(null),
    dueOn: new FormControl<string | null>(null),
    priority: new FormControl<string | null>('medium'),
    kind: new FormControl<string | null>('action'),
    raisedByOrganisationId: new FormControl<string | null>(null),
    proposalIds: new FormControl<string[] | null>([]),
    themeIds: new FormControl<string[] | null>([]),
    /** Null until a linked meeting says what it should default to. */
    classification: new FormControl<string | null>('OFFICIAL'),
    status: new FormControl<string | null>('open'),
    completionNote: new FormControl<string | null>(''),
  });
}

export type ActionForm = ReturnType<typeof createActionForm>;
export type ActionFormValue = ReturnType<ActionForm['getRawValue']>;

export function formValueOf(fields: ActionFields): ActionFormValue {
  return {
    title: fields.title,
    description: fields.description,
    ownerType: fields.ownerUserId ? 'user' : fields.ownerOrganisationId ? 'organisation' : 'none',
    ownerUserId: fields.ownerUserId ?? '',
    ownerOrganisationId: fields.ownerOrganisationId,
    dueOn: fields.dueOn,
    priority: fields.priority,
    kind: fields.kind,
    raisedByOrganisationId: fields.raisedByOrganisationId,
    proposalIds: [...fields.proposalIds],
    themeIds: [...fields.themeIds],
    classification: fields.classification,
    status: fields.status,
    completionNote: fields.completionNote ?? '',
  };
}

/** The form as the API's fields (after validateForm has passed): trimmed, blanks as null, one owner at most. */
export function fieldsFromForm(value: ActionFormValue): ActionFields {
  const ownerType = value.ownerType;
  return {
    title: value.title?.trim() ?? '',
    description: value.description?.trim() ?? '',
    ownerUserId: ownerType === 'user' ? value.ownerUserId || null : null,
    ownerOrganisationId: ownerType === 'organisation' ? value.ownerOrganisationId || null : null,
    dueOn: value.dueOn === INVALID_DATE ? null : value.dueOn,
    priority: isPriority(value.priority) ? value.priority : 'medium',
    kind: isKind(value.kind) ? value.kind : 'action',
    raisedByOrganisationId: value.raisedByOrganisationId || null,
    proposalIds: [...(value.proposalIds ?? [])],
    themeIds: [...(value.themeIds ?? [])],
    classification: isClassification(value.classification) ? value.classification : 'OFFICIAL',
    status: isStatus(value.status) ? value.status : 'open',
    completionNote: value.completionNote?.trim() || null,
  };
}

/** The fields each mode shows and may send. */
export function fieldsFor(mode: FormMode): readonly ActionField[] {
  if (mode === 'review') return REVIEWER_ACTION_FIELDS;
  const all = Object.keys(NEW_ACTION) as ActionField[];
  return mode === 'create' ? all.filter((key) => key !== 'status' && key !== 'completionNote') : all;
}

/** The checks the API would make, said the GOV.UK way, so most mistakes never reach it. */
export function validateForm(value: ActionFormValue, mode: FormMode): FieldError[] {
  const errors: FieldError[] = [];
  const shown = new Set<string>(fieldsFor(mode));
  const title = value.title?.trim() ?? '';
  if (shown.has('title')) {
    if (!title) errors.push({ field: 'title', message: 'Enter a title' });
    else if (title.length > TITLE_MAX) errors.push({ field: 'title', message: `Title must be ${TITLE_MAX} characters or fewer` });
  }
  if (shown.has('description') && (value.description?.trim().length ?? 0) > TEXT_MAX) errors.push({ field: 'description', message: 'Description must be 20,000 characters or fewer' });
  if (shown.has('ownerUserId')) {
    if (value.ownerType === 'user' && !value.ownerUserId) errors.push({ field: 'ownerUserId', message: 'Select the person who owns this action' });
    if (value.ownerType === 'organisation' && !value.ownerOrganisationId) errors.push({ field: 'ownerOrganisationId', message: 'Find and choose the organisation that owns this action' });
  }
  if (value.dueOn === INVALID_DATE) errors.push({ field: 'dueOn', message: 'Due date must be a real date, like 27 3 2026' });
  if (shown.has('classification') && !isClassification(value.classification)) errors.push({ field: 'classification', message: 'Select a classification' });
  if (shown.has('status')) {
    const note = value.completionNote?.trim() ?? '';
    if (value.status === 'done' && !note) errors.push({ field: 'completionNote', message: 'Enter a completion note to mark this action as done' });
    if (note.length > TEXT_MAX) errors.push({ field: 'completionNote', message: 'Completion note must be 20,000 characters or fewer' });
  }
  return errors;
}

/** A new action, leaving out what is empty so the API's defaults apply (classification from the meeting). */
export function createRequest(fields: ActionFields, meetingId: string | null): CreateActionRequest {
  const request: CreateActionRequest = {
    title: fields.title,
    description: fields.description,
    priority: fields.priority,
    kind: fields.kind,
    proposalIds: fields.proposalIds,
    themeIds: fields.themeIds,
    classification: fields.classification,
  };
  if (meetingId) request.meetingId = meetingId;
  if (fields.ownerUserId) request.ownerUserId = fields.ownerUserId;
  if (fields.ownerOrganisationId) request.ownerOrganisationId = fields.ownerOrganisationId;
  if (fields.dueOn) request.dueOn = fields.dueOn;
  if (fields.raisedByOrganisationId) request.raisedByOrganisationId = fields.raisedByOrganisationId;
  return request;
}
