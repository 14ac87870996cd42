import type {
  Classification,
  MeetingAction,
  MeetingAgendaItem,
  MeetingAttendee,
  MeetingNamedRef,
  MeetingPosition,
  MeetingRecord,
  MeetingStatus,
  MeetingSummary,
  MeetingType,
  Phase,
  Region,
} from '@send/contracts';
import { dateOnly } from '../common/dates';

/** A meeting row with its people already aggregated to JSON by the query (see MEETING_RECORD_SQL). */
export interface MeetingRow {
  id: string;
  reference: string;
  title: string;
  type: MeetingType;
  starts_at: Date;
  ends_at: Date | null;
  region: Region | null;
  online: boolean;
  location: string;
  group_id: string | null;
  group_name: string | null;
  ministers: MeetingNamedRef[];
  officials: MeetingNamedRef[];
  attendees: MeetingAttendee[];
  theme_ids: string[];
  agenda: MeetingAgendaItem[];
  summary: string;
  purpose: string;
  no_official_present: boolean;
  classification: Classification;
  status: MeetingStatus;
  status_reason: string | null;
  phase: Phase;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
}

/**
 * One meeting with ministers (by name), officials and attendees (in the order given) as JSON, in one statement.
 * `$1` is the id, `$2` whether the reader sees OFFICIAL_SENSITIVE meetings (a hidden one reads as missing).
 */
export const MEETING_RECORD_SQL = `
  SELECT m.id, m.reference, m.title, m.type, m.starts_at, m.ends_at, m.region, m.online, m.location, m.group_id, g.name AS group_name,
    m.theme_ids, m.agenda, m.summary, m.purpose, m.no_official_present, m.classification, m.status, m.status_reason, m.phase,
    m.version, m.created_at, m.updated_at, m.created_by, m.updated_by,
    COALESCE((SELECT json_agg(json_build_object('id', mi.id, 'name', mi.name) ORDER BY lower(mi.name), mi.id)
                FROM meeting_ministers mm JOIN ministers mi ON mi.id = mm.minister_id WHERE mm.meeting_id = m.id), '[]'::json) AS ministers,
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY o.n)
                FROM unnest(m.official_ids) WITH ORDINALITY o(id, n) JOIN users u ON u.id = o.id), '[]'::json) AS officials,
    COALESCE((SELECT json_agg(json_build_object(
                  'organisationId', a.organisation_id, 'organisationName', org.name, 'attendance', a.attendance, 'contactIds', a.contact_ids,
                  'contacts', COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY x.n)
                                          FROM unnest(a.contact_ids) WITH ORDINALITY x(id, n) JOIN contacts c ON c.id = x.id), '[]'::json))
                  ORDER BY a.position)
                FROM meeting_attendees a JOIN organisations org ON org.id = a.organisation_id WHERE a.meeting_id = m.id), '[]'::json) AS attendees
  FROM meetings m LEFT JOIN groups g ON g.id = m.group_id
  WHERE m.id = $1 AND ($2 OR m.classification = 'OFFICIAL')`;

export function toMeetingRecord(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    type: row.type,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at?.toISOString() ?? null,
    region: row.region,
    online: row.online,
    location: row.location,
    groupId: row.group_id,
    groupName: row.group_name,
    ministers: row.ministers,
    officials: row.officials,
    attendees: row.attendees,
    themeIds: row.theme_ids,
    agenda: row.agenda,
    summary: row.summary,
    purpose: row.purpose,
    noOfficialPresent: row.no_official_present,
    classification: row.classification,
    status: row.status,
    statusReason: row.status_reason,
    phase: row.phase,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

export interface MeetingPositionRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  proposal_id: string;
  proposal_title: string;
  stance: MeetingPosition['stance'];
  summary: string;
  quote: string | null;
  stated_on: Date | string;
}

/** `$1` meeting id, `$2` sees sensitive: positions are classified on their own, not by their meeting. */
export const MEETING_POSITIONS_SQL = `
  SELECT p.id, p.organisation_id, o.name AS organisation_name, p.proposal_id, pr.title AS proposal_title, p.stance, p.summary, p.quote, p.stated_on
    FROM positions p JOIN organisations o ON o.id = p.organisation_id JOIN proposals pr ON pr.id = p.proposal_id
   WHERE p.meeting_id = $1 AND ($2 OR p.classification = 'OFFICIAL')
   ORDER BY lower(o.name), lower(pr.title), p.stated_on DESC, p.id`;

export function toMeetingPosition(row: MeetingPositionRow): MeetingPosition {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    proposalId: row.proposal_id,
    proposalTitle: row.proposal_title,
    stance: row.stance,
    summary: row.summary,
    quote: row.quote,
    statedOn: dateOnly(row.stated_on) ?? '',
  };
}

export interface MeetingActionRow {
  id: string;
  reference: string;
  title: string;
  status: MeetingAction['status'];
  kind: MeetingAction['kind'];
  due_on: Date | string | null;
}

export const MEETING_ACTIONS_SQL = `
  SELECT ac.id, ac.reference, ac.title, ac.status, ac.kind, ac.due_on
    FROM actions ac
   WHERE ac.meeting_id = $1 AND ($2 OR ac.classification = 'OFFICIAL')
   ORDER BY ac.reference`;

export function toMeetingAction(row: MeetingActionRow): MeetingAction {
  return { id: row.id, reference: row.reference, title: row.title, status: row.status, kind: row.kind, dueOn: dateOnly(row.due_on) };
}

export interface MeetingSummaryRow {
  id: string;
  reference: string;
  title: string;
  type: MeetingType;
  starts_at: Date;
  ends_at: Date | null;
  region: Region | null;
  online: boolean;
  status: MeetingStatus;
  classification: Classification;
  phase: Phase;
  group_id: string | null;
  group_name: string | null;
  attended_count: number;
  apologies_count: number;
  minister_names: string[];
  updated_at: Date;
}

/** The list's columns: counts and names come from correlated subqueries, still one statement per page. */
export const MEETING_SUMMARY_COLUMNS = `m.id, m.reference, m.title, m.type, m.starts_at, m.ends_at, m.region, m.online, m.status, m.classification,
  m.phase, m.group_id, g.name AS group_name, m.updated_at,
  (SELECT count(*)::int FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'attended') AS attended_count,
  (SELECT count(*)::int FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'apologies') AS apologies_count,
  ARRAY(SELECT mi.name FROM meeting_ministers mm JOIN ministers mi ON mi.id = mm.minister_id
         WHERE mm.meeting_id = m.id ORDER BY lower(mi.name)) AS minister_names`;

export function toMeetingSummary(row: MeetingSummaryRow): MeetingSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    type: row.type,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at?.toISOString() ?? null,
    region: row.region,
    online: row.online,
    status: row.status,
    classification: row.classification,
    phase: row.phase,
    groupId: row.group_id,
    groupName: row.group_name,
    attendedCount: row.attended_count,
    apologiesCount: row.apologies_count,
    ministerNames: row.minister_names,
    updatedAt: row.updated_at.toISOString(),
  };
}
