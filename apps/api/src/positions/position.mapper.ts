import type { Classification, Phase, PositionResponse, Stance } from '@send/contracts';
import { dateOnly } from '../common/dates';

export interface PositionRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  proposal_id: string;
  proposal_title: string;
  stance: Stance;
  summary: string;
  quote: string | null;
  meeting_id: string | null;
  meeting_reference: string | null;
  meeting_classification: Classification | null;
  stated_on: Date | string;
  phase: Phase;
  classification: Classification;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
}

/** The columns a response needs (never the search vector), with the names shown beside the ids. */
export const POSITION_COLUMNS = `p.id, p.organisation_id, o.name AS organisation_name, p.proposal_id, pr.title AS proposal_title,
  p.stance, p.summary, p.quote, p.meeting_id, m.reference AS meeting_reference, m.classification AS meeting_classification,
  p.stated_on, p.phase, p.classification, p.version, p.created_at, p.updated_at, p.created_by, p.updated_by`;

/** `p` with the joins POSITION_COLUMNS reads from. */
export const POSITION_JOINS = `JOIN organisations o ON o.id = p.organisation_id
  JOIN proposals pr ON pr.id = p.proposal_id
  LEFT JOIN meetings m ON m.id = p.meeting_id`;

/**
 * `seesSensitive` false: the reference of an OFFICIAL_SENSITIVE meeting is not shown, even beside an OFFICIAL
 * position, because the meeting itself is hidden from that reader.
 */
export function toPositionResponse(row: PositionRow, seesSensitive: boolean): PositionResponse {
  const meetingVisible = seesSensitive || row.meeting_classification === 'OFFICIAL';
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    proposalId: row.proposal_id,
    proposalTitle: row.proposal_title,
    stance: row.stance,
    summary: row.summary,
    quote: row.quote,
    meetingId: row.meeting_id,
    meetingReference: meetingVisible ? row.meeting_reference : null,
    statedOn: dateOnly(row.stated_on) ?? '',
    phase: row.phase,
    classification: row.classification,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
