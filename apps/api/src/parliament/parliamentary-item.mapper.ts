import {
  PETITION_DEBATE_THRESHOLD,
  PETITION_RESPONSE_THRESHOLD,
  type Classification,
  type ParliamentaryItemResponse,
  type ParliamentaryKind,
  type ResponseStatus,
} from '@send/contracts';
import { dateOnly, londonDate } from '../common/dates';

export interface ParliamentaryItemRow {
  id: string;
  reference: string;
  kind: ParliamentaryKind;
  title: string;
  source: string;
  published_on: Date | string;
  closes_on: Date | string | null;
  url: string | null;
  summary: string | null;
  petition_number: number | null;
  signatures: number | null;
  signatures_counted_on: Date | string | null;
  petition_response_due: Date | string | null;
  response_due: Date | string | null;
  response_status: ResponseStatus;
  response_text: string | null;
  responded_on: Date | string | null;
  classification: Classification;
  recommendation_count: number;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
}

/** The item's own columns (never the search vector) and how many recommendations it makes. */
export const ITEM_SELECT = `SELECT p.id, p.reference, p.kind, p.title, p.source, p.published_on, p.closes_on, p.url, p.summary,
    p.petition_number, p.signatures, p.signatures_counted_on, p.petition_response_due, p.response_due, p.response_status,
    p.response_text, p.responded_on, p.classification, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by,
    (SELECT count(*)::int FROM parliamentary_recommendations r WHERE r.item_id = p.id) AS recommendation_count
  FROM parliamentary_items p`;

/** Not published and due: the condition "overdue" and "due soon" share. */
export const AWAITING_RESPONSE = `p.response_status <> 'published' AND p.response_due IS NOT NULL`;

export function toParliamentaryItemResponse(row: ParliamentaryItemRow, today: string = londonDate()): ParliamentaryItemResponse {
  const responseDue = dateOnly(row.response_due);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    title: row.title,
    source: row.source,
    publishedOn: dateOnly(row.published_on) ?? '',
    closesOn: dateOnly(row.closes_on),
    url: row.url,
    summary: row.summary,
    petitionNumber: row.petition_number,
    signatures: row.signatures,
    signaturesCountedOn: dateOnly(row.signatures_counted_on),
    thresholds:
      row.kind === 'petition' && row.signatures !== null
        ? { responseRequired: row.signatures >= PETITION_RESPONSE_THRESHOLD, consideredForDebate: row.signatures >= PETITION_DEBATE_THRESHOLD }
        : null,
    responseDue,
    responseStatus: row.response_status,
    responseText: row.response_text,
    respondedOn: dateOnly(row.responded_on),
    overdue: responseDue !== null && responseDue < today && row.response_status !== 'published',
    recommendationCount: row.recommendation_count,
    classification: row.classification,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
