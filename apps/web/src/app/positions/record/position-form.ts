import { FormControl, FormGroup } from '@angular/forms';
import { CLASSIFICATIONS, PHASES, STANCES, type Classification, type CreatePositionRequest, type FieldError, type Phase, type PositionResponse, type Stance, type UpdatePositionRequest } from '@send/contracts';
import { INVALID_DATE } from '@send/web-ui';

export const SUMMARY_MAX = 20_000;
export const QUOTE_MAX = 5_000;
/** On a new statement: take the meeting's classification, or OFFICIAL for a written statement (the API's default). */
export const DEFAULT_CLASSIFICATION = 'default';

export function positionForm() {
  return new FormGroup({
    organisationId: new FormControl<string | null>(null),
    proposalId: new FormControl<string | null>(''),
    stance: new FormControl<string | null>(null),
    summary: new FormControl<string | null>(''),
    quote: new FormControl<string | null>(''),
    statedOn: new FormControl<string | null>(null),
    meetingId: new FormControl<string | null>(''),
    phase: new FormControl<string | null>(''),
    classification: new FormControl<string | null>(DEFAULT_CLASSIFICATION),
  });
}

export type PositionForm = ReturnType<typeof positionForm>;
export type PositionFormValue = ReturnType<PositionForm['getRawValue']>;
export type PositionField = keyof PositionFormValue;

/** Where an error summary link for a field goes: the date's first box, otherwise the field itself. */
export function anchorFor(field: string): string | null {
  if (field === 'statedOn') return '#statedOn-day';
  return field in positionForm().controls ? `#${field}` : null;
}

/** The checks the API also makes, in the words GOV.UK uses, so most mistakes are caught without a round trip. */
export function validatePosition(v: PositionFormValue, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: PositionField, message: string) => errors.push({ field, message });
  if (!v.organisationId) add('organisationId', 'Choose the organisation');
  if (!v.proposalId) add('proposalId', 'Choose the proposal');
  if (!STANCES.includes(v.stance as Stance)) add('stance', 'Choose the organisation’s stance');
  const summary = (v.summary ?? '').trim();
  if (!summary) add('summary', 'Enter a summary of what they said');
  else if (summary.length > SUMMARY_MAX) add('summary', `Summary must be ${SUMMARY_MAX.toLocaleString('en-GB')} characters or fewer`);
  if ((v.quote ?? '').trim().length > QUOTE_MAX) add('quote', `Quote must be ${QUOTE_MAX.toLocaleString('en-GB')} characters or fewer`);
  if (!v.statedOn) add('statedOn', 'Enter the date it was said');
  else if (v.statedOn === INVALID_DATE) add('statedOn', 'Date it was said must be a real date');
  else if (v.statedOn > today) add('statedOn', 'Date it was said must be today or in the past');
  return errors;
}

/** Call only once validatePosition() has passed. */
export function toCreateRequest(v: PositionFormValue): CreatePositionRequest {
  const request: CreatePositionRequest = {
    organisationId: v.organisationId as string,
    proposalId: v.proposalId as string,
    stance: v.stance as Stance,
    summary: (v.summary ?? '').trim(),
    quote: (v.quote ?? '').trim() || null,
    meetingId: v.meetingId || null,
    statedOn: v.statedOn as string,
  };
  if (PHASES.includes(v.phase as Phase)) request.phase = v.phase as Phase;
  if (CLASSIFICATIONS.includes(v.classification as Classification)) request.classification = v.classification as Classification;
  return request;
}

/** The saved statement in the shape of a request, to compare with what the user is saving. */
export function asRequest(p: PositionResponse): Required<CreatePositionRequest> {
  return {
    organisationId: p.organisationId,
    proposalId: p.proposalId,
    stance: p.stance,
    summary: p.summary,
    quote: p.quote,
    meetingId: p.meetingId,
    statedOn: p.statedOn,
    phase: p.phase,
    classification: p.classification,
  };
}

export function toFormValue(p: PositionResponse): PositionFormValue {
  return { ...asRequest(p), quote: p.quote ?? '', meetingId: p.meetingId ?? '' };
}

/** A correction sends only what the user changed, so it cannot undo someone else's change to another field. */
export function changedFields(v: PositionFormValue, saved: PositionResponse): UpdatePositionRequest {
  const next = toCreateRequest(v);
  const before = asRequest(saved);
  const changes: UpdatePositionRequest = {};
  for (const key of Object.keys(next) as (keyof CreatePositionRequest)[]) {
    if ((next[key] ?? null) !== (before[key] ?? null)) Object.assign(changes, { [key]: next[key] ?? null });
  }
  return changes;
}
