import type { FieldError, InformationRequestStatus, InformationRequestType } from '@send/contracts';
import { Unprocessable } from '../common/errors';

/** What a request will be once a change is applied: the rules are checked on this, not on the change alone. */
export interface RequestState {
  type: InformationRequestType;
  status: InformationRequestStatus;
  receivedOn: string;
  respondedOn: string | null;
  extensionMonths: number;
  extensionReason: string | null;
}

/** Everything that would make the state wrong, each on its field, in one 422. */
export function assertRequestState(state: RequestState, today: string): void {
  const errors: FieldError[] = [];
  if (state.receivedOn > today) errors.push({ field: 'receivedOn', message: 'receivedOn cannot be in the future' });
  if (state.status === 'responded' && !state.respondedOn) errors.push({ field: 'respondedOn', message: 'respondedOn is needed to record a response' });
  if (state.status !== 'responded' && state.respondedOn) errors.push({ field: 'respondedOn', message: 'respondedOn is only for a request that has been responded to' });
  if (state.respondedOn && state.respondedOn < state.receivedOn) errors.push({ field: 'respondedOn', message: 'respondedOn must be on or after receivedOn' });
  if (state.respondedOn && state.respondedOn > today) errors.push({ field: 'respondedOn', message: 'respondedOn cannot be in the future' });
  if (state.extensionMonths > 0 && state.type !== 'sar') errors.push({ field: 'extensionMonths', message: 'Only a subject access request can be extended by months' });
  if (state.extensionMonths > 0 && !state.extensionReason) errors.push({ field: 'extensionReason', message: 'extensionReason is needed to extend a request' });
  if (errors.length) throw new Unprocessable('The request would not be valid.', errors);
}

/** A responded or withdrawn request is the record of what was done: it changes no more. */
export function assertOpen(status: InformationRequestStatus, reference: string): void {
  if (status === 'responded' || status === 'withdrawn') throw new Unprocessable(`${reference} is ${status} and can no longer change.`, [{ field: 'status', message: `the request is ${status}` }]);
}
