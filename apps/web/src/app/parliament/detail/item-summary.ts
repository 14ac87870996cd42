import type { ParliamentaryItemResponse } from '@send/contracts';
import { formatLondonDate, formatLondonDateTime, type SummaryListRow } from '@send/web-ui';
import { KIND_LABELS } from '../parliament-labels';

/** The item as summary-list rows; the response and its due date are shown apart, as tags. */
export function itemRows(p: ParliamentaryItemResponse): SummaryListRow[] {
  const rows: SummaryListRow[] = [
    { key: 'Reference', value: p.reference },
    { key: 'Kind', value: KIND_LABELS[p.kind] },
    { key: 'From', value: p.source },
    { key: p.kind === 'petition' || p.kind === 'consultation' ? 'Opened' : 'Published', value: formatLondonDate(p.publishedOn) },
  ];
  if (p.closesOn) rows.push({ key: 'Closes', value: formatLondonDate(p.closesOn) });
  if (p.petitionNumber !== null) rows.push({ key: 'Petition number', value: String(p.petitionNumber) });
  if (p.signatures !== null) {
    const counted = p.signaturesCountedOn ? ` (counted ${formatLondonDate(p.signaturesCountedOn)})` : '';
    const stage = p.thresholds?.consideredForDebate ? 'Past 100,000: considered for debate' : p.thresholds?.responseRequired ? 'Past 10,000: the government responds' : 'Below 10,000: no response owed yet';
    rows.push({ key: 'Signatures', value: `${p.signatures.toLocaleString('en-GB')}${counted}\n${stage}` });
  }
  if (p.url) rows.push({ key: 'Web address', value: p.url });
  if (p.summary) rows.push({ key: 'Summary', value: p.summary });
  if (p.responseText) rows.push({ key: 'Our response', value: p.responseText });
  if (p.respondedOn) rows.push({ key: 'Response published', value: formatLondonDate(p.respondedOn) });
  rows.push({ key: 'Classification', value: p.classification === 'OFFICIAL_SENSITIVE' ? 'Official-Sensitive' : 'Official' });
  rows.push({ key: 'Last changed', value: formatLondonDateTime(p.updatedAt) });
  return rows;
}
