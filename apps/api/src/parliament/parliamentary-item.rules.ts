import type { FieldError, ParliamentaryKind, ResponseStatus } from '@send/contracts';
import { Unprocessable } from '../common/errors';

/** An item as it would be after a change: what the rules look at. */
export interface ItemState {
  kind: ParliamentaryKind;
  publishedOn: string;
  closesOn: string | null;
  petitionNumber: number | null;
  signatures: number | null;
  signaturesCountedOn: string | null;
  petitionResponseDue: string | null;
  responseStatus: ResponseStatus;
  responseText: string | null;
  respondedOn: string | null;
}

const PETITION_ONLY = ['petitionNumber', 'signatures', 'signaturesCountedOn', 'petitionResponseDue'] as const;

/** Every broken rule at once, each naming its field, so a form can show them together. */
export function assertItemState(s: ItemState, today: string): void {
  const errors: FieldError[] = [];
  if (s.kind !== 'petition') {
    for (const field of PETITION_ONLY) if (s[field] !== null) errors.push({ field, message: `${field} is for petitions only` });
  } else if (s.petitionNumber === null) {
    errors.push({ field: 'petitionNumber', message: 'a petition needs its number on petition.parliament.uk' });
  }
  if (s.publishedOn > today) errors.push({ field: 'publishedOn', message: 'publishedOn cannot be in the future' });
  if (s.closesOn !== null && s.closesOn < s.publishedOn) errors.push({ field: 'closesOn', message: 'closesOn must be on or after publishedOn' });
  if (s.signaturesCountedOn !== null && s.signatures === null) errors.push({ field: 'signatures', message: 'give the count with the date it was counted' });
  if (s.signaturesCountedOn !== null && s.signaturesCountedOn > today) errors.push({ field: 'signaturesCountedOn', message: 'signaturesCountedOn cannot be in the future' });
  if (s.responseStatus === 'published') {
    if (s.responseText === null) errors.push({ field: 'responseText', message: 'a published response needs its text' });
    if (s.respondedOn === null) errors.push({ field: 'respondedOn', message: 'a published response needs the date it was published' });
  }
  if (s.respondedOn !== null && s.respondedOn > today) errors.push({ field: 'respondedOn', message: 'respondedOn cannot be in the future' });
  if (s.respondedOn !== null && s.respondedOn < s.publishedOn) errors.push({ field: 'respondedOn', message: 'respondedOn must be on or after publishedOn' });
  if (errors.length) throw new Unprocessable('The item cannot be saved as it is.', errors);
}
