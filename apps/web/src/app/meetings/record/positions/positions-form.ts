import { FormControl, FormGroup } from '@angular/forms';
import { STANCES, type CreatePositionRequest, type PositionResponse, type UpdatePositionRequest } from '@send/contracts';
import { recordsOf, stringOr } from '../shared/form-drafts';
import { newIdempotencyKey } from '../shared/idempotency';
import { isOneOf } from '../shared/labels';
import type { FieldTarget, PageError, PathSegment } from '../shared/server-errors';

export const QUOTE_MAX = 5_000;
export const SUMMARY_MAX = 20_000;

/** One position on the page: a saved one carries its id and version; a new one the Idempotency-Key of its POST. */
export interface PositionEntryValue {
  id: string | null;
  version: number | null;
  key: string;
  organisationId: string | null;
  proposalId: string | null;
  stance: string | null;
  summary: string | null;
  quote: string | null;
}

export function blankPosition(): PositionEntryValue {
  return { id: null, version: null, key: newIdempotencyKey(), organisationId: '', proposalId: '', stance: null, summary: '', quote: '' };
}

export function positionEntry(v: PositionEntryValue) {
  return new FormGroup({
    id: new FormControl<string | null>(v.id),
    version: new FormControl<number | null>(v.version),
    key: new FormControl(v.key, { nonNullable: true }),
    organisationId: new FormControl<string | null>(v.organisationId),
    proposalId: new FormControl<string | null>(v.proposalId),
    stance: new FormControl<string | null>(v.stance),
    summary: new FormControl<string | null>(v.summary),
    quote: new FormControl<string | null>(v.quote),
  });
}

export type PositionEntry = ReturnType<typeof positionEntry>;

export const positionIds = (i: number) => ({
  fieldset: `position-${i}`,
  organisation: `positions-${i}-organisation`,
  proposal: `positions-${i}-proposal`,
  stance: `positions-${i}-stance`,
  summary: `positions-${i}-summary`,
  quote: `positions-${i}-quote`,
});

export function positionFromServer(p: PositionResponse): PositionEntryValue {
  return { id: p.id, version: p.version, key: '', organisationId: p.organisationId, proposalId: p.proposalId, stance: p.stance, summary: p.summary, quote: p.quote ?? '' };
}

export function restorePositions(kept: unknown): PositionEntryValue[] | null {
  const records = recordsOf(kept);
  if (!records) return null;
  return records.map((r) => ({
    id: stringOr(r['id'], null),
    version: typeof r['version'] === 'number' ? r['version'] : null,
    key: stringOr(r['key'], null) || newIdempotencyKey(),
    organisationId: stringOr(r['organisationId'], ''),
    proposalId: stringOr(r['proposalId'], ''),
    stance: stringOr(r['stance'], null),
    summary: stringOr(r['summary'], ''),
    quote: stringOr(r['quote'], ''),
  }));
}

/** A new entry left untouched is skipped, not refused. */
export function isBlankPosition(v: PositionEntryValue): boolean {
  return !v.id && !v.organisationId && !v.proposalId && !v.stance && !(v.summary ?? '').trim() && !(v.quote ?? '').trim();
}

export function validatePosition(v: PositionEntryValue, i: number): PageError[] {
  const ids = positionIds(i);
  const n = i + 1;
  const errors: PageError[] = [];
  if (!v.organisationId) errors.push({ field: ids.organisation, message: `Select the organisation that stated position ${n}` });
  if (!v.proposalId) errors.push({ field: ids.proposal, message: `Select the proposal position ${n} is about` });
  if (!isOneOf(STANCES, v.stance)) errors.push({ field: ids.stance, message: `Select the stance for position ${n}` });
  const summary = (v.summary ?? '').trim();
  if (!summary) errors.push({ field: ids.summary, message: `Enter a summary of position ${n}` });
  else if (summary.length > SUMMARY_MAX) errors.push({ field: ids.summary, message: `The summary of position ${n} must be ${SUMMARY_MAX.toLocaleString('en-GB')} characters or fewer` });
  if ((v.quote ?? '').trim().length > QUOTE_MAX) errors.push({ field: ids.quote, message: `The quote for position ${n} must be ${QUOTE_MAX.toLocaleString('en-GB')} characters or fewer` });
  return errors;
}

/** The statement as the API takes it (validate first). It was made at this meeting, on the meeting's date. */
export function createPositionBody(v: PositionEntryValue, meetingId: string, statedOn: string): CreatePositionRequest {
  return {
    organisationId: v.organisationId ?? '',
    proposalId: v.proposalId ?? '',
    stance: isOneOf(STANCES, v.stance) ? v.stance : 'unclear',
    summary: (v.summary ?? '').trim(),
    quote: (v.quote ?? '').trim() || null,
    meetingId,
    statedOn,
  };
}

/** A correction: only the fields that differ from the saved position; null when nothing does. */
export function positionChanges(v: PositionEntryValue, saved: PositionResponse): UpdatePositionRequest | null {
  const next = createPositionBody(v, saved.meetingId ?? '', saved.statedOn);
  const changes: UpdatePositionRequest = {};
  if (next.organisationId !== saved.organisationId) changes.organisationId = next.organisationId;
  if (next.proposalId !== saved.proposalId) changes.proposalId = next.proposalId;
  if (next.stance !== saved.stance) changes.stance = next.stance;
  if (next.summary !== saved.summary) changes.summary = next.summary;
  if ((next.quote ?? null) !== (saved.quote ?? null)) changes.quote = next.quote;
  return Object.keys(changes).length ? changes : null;
}

export function positionTarget(i: number) {
  const ids = positionIds(i);
  return (segments: PathSegment[]): FieldTarget => {
    switch (segments[0]) {
      case 'organisationId':
        return { field: ids.organisation };
      case 'proposalId':
        return { field: ids.proposal };
      case 'stance':
        return { field: ids.stance };
      case 'summary':
        return { field: ids.summary };
      case 'quote':
        return { field: ids.quote };
      case 'statedOn':
        return { field: ids.organisation, message: `Position ${i + 1} cannot be recorded yet: the meeting date is in the future` };
      default:
        return null;
    }
  };
}
