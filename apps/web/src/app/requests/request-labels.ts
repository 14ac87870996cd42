import type { InformationRequestResponse, InformationRequestStatus, InformationRequestType, Role } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';
import type { TagLabel } from '../core/tags';

/** Officials and the private office log and progress requests; viewers read the register. */
export const REQUEST_HANDLERS: Role[] = ['admin', 'recorder', 'reviewer'];

export const REQUEST_TYPE_LABELS: Record<InformationRequestType, string> = { foi: 'Freedom of Information', eir: 'Environmental Information', sar: 'Subject access' };
export const REQUEST_TYPE_SHORT: Record<InformationRequestType, string> = { foi: 'FOI', eir: 'EIR', sar: 'SAR' };

export const REQUEST_STATUS_LABELS: Record<InformationRequestStatus, string> = {
  received: 'Received',
  searching: 'Searching',
  drafting: 'Drafting',
  cleared: 'Cleared',
  responded: 'Responded',
  withdrawn: 'Withdrawn',
};

const STATUS_COLOURS: Record<InformationRequestStatus, GovukTagColour> = { received: 'blue', searching: 'purple', drafting: 'yellow', cleared: 'turquoise', responded: 'green', withdrawn: 'grey' };

export function statusTag(status: InformationRequestStatus): TagLabel {
  return { text: REQUEST_STATUS_LABELS[status], colour: STATUS_COLOURS[status] };
}

/** The deadline's state in words: what the register is for. */
export function deadlineTag(request: Pick<InformationRequestResponse, 'overdue' | 'paused' | 'status'>): TagLabel | null {
  if (request.paused) return { text: 'Clock stopped', colour: 'grey' };
  if (request.overdue) return { text: 'Overdue', colour: 'red' };
  return null;
}

export function isClosed(status: InformationRequestStatus): boolean {
  return status === 'responded' || status === 'withdrawn';
}
