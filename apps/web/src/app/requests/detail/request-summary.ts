import type { InformationRequestResponse } from '@send/contracts';
import { formatLondonDate, formatLondonDateTime, type SummaryListRow } from '@send/web-ui';
import { REQUEST_TYPE_LABELS } from '../request-labels';

const MONTHS = ['', 'one month', 'two months'];

/** The request as summary-list rows; status and deadline are shown apart, as tags. */
export function requestRows(r: InformationRequestResponse): SummaryListRow[] {
  const hidden = 'Hidden: personal data';
  const rows: SummaryListRow[] = [
    { key: 'Type', value: REQUEST_TYPE_LABELS[r.type] },
    { key: 'Received', value: formatLondonDate(r.receivedOn) },
    { key: 'Requester', value: r.requesterName ?? hidden },
    { key: 'Requester’s email', value: r.requesterName === null ? hidden : (r.requesterEmail ?? 'Not given') },
    { key: 'What they asked for', value: r.summary },
    { key: 'Owner', value: r.ownerName ?? 'No owner yet' },
  ];
  if (r.pauses.length) {
    const lines = r.pauses.map((p) => `${formatLondonDate(p.from)} to ${p.to ? formatLondonDate(p.to) : 'now'}: ${p.reason}`);
    rows.push({ key: 'Clock stopped', value: lines.join('\n') });
  }
  if (r.extensionMonths) rows.push({ key: 'Extended', value: `By ${MONTHS[r.extensionMonths]}: ${r.extensionReason ?? ''}` });
  if (r.respondedOn) rows.push({ key: 'Responded', value: formatLondonDate(r.respondedOn) });
  rows.push({ key: 'Classification', value: r.classification === 'OFFICIAL_SENSITIVE' ? 'Official-Sensitive' : 'Official' });
  rows.push({ key: 'Last changed', value: formatLondonDateTime(r.updatedAt) });
  return rows;
}
