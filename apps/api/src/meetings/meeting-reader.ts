import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeetingRecord, MeetingResponse, MeetingSummary, Page } from '@send/contracts';
import { NotFound } from '../common/errors';
import { SqlFilter, cappedTotal, offset, orderBy } from '../common/list-query';
import { onOneConnection, sql, type ReadSource } from '../common/sql';
import {
  MEETING_ACTIONS_SQL,
  MEETING_POSITIONS_SQL,
  MEETING_RECORD_SQL,
  MEETING_SUMMARY_COLUMNS,
  toMeetingAction,
  toMeetingPosition,
  toMeetingRecord,
  toMeetingSummary,
  type MeetingActionRow,
  type MeetingPositionRow,
  type MeetingRow,
  type MeetingSummaryRow,
} from './meeting.mapper';
import type { MeetingListQuery } from './meeting.requests';
import { needsOfficialNote } from './ministerial-code';

type Db = DataSource | EntityManager;

const SORTS = {
  startsAt: 'm.starts_at',
  title: 'lower(m.title)',
  reference: 'm.reference',
  // Workflow order rather than alphabetical.
  status: `array_position(ARRAY['draft','submitted','agreed'], m.status)`,
};

/** London calendar dates → the instants that bound them, so `from`/`to` mean days as the department lives them. */
const LONDON_DAY_START = (placeholder: string) => `(${placeholder}::date::timestamp AT TIME ZONE 'Europe/London')`;

/** The list's WHERE clause: visibility first, then each filter given (all combine with AND). */
export function meetingFilter(query: MeetingListQuery, seesSensitive: boolean): SqlFilter {
  const f = new SqlFilter();
  f.where(`(${f.param(seesSensitive)} OR m.classification = 'OFFICIAL')`);
  if (query.status?.length) f.where(`m.status = ANY(${f.param(query.status)}::text[])`);
  if (query.type?.length) f.where(`m.type = ANY(${f.param(query.type)}::text[])`);
  if (query.groupId) f.where(`m.group_id = ${f.param(query.groupId)}`);
  if (query.organisationId) {
    f.where(`EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.organisation_id = ${f.param(query.organisationId)})`);
  }
  if (query.ministerId) {
    f.where(`EXISTS (SELECT 1 FROM meeting_ministers mm WHERE mm.meeting_id = m.id AND mm.minister_id = ${f.param(query.ministerId)})`);
  }
  if (query.themeId) f.where(`m.theme_ids @> ARRAY[${f.param(query.themeId)}]::uuid[]`);
  if (query.officialId) f.where(`m.official_ids @> ARRAY[${f.param(query.officialId)}]::uuid[]`);
  if (query.region) f.where(`m.region = ${f.param(query.region)}`);
  if (query.phase) f.where(`m.phase = ${f.param(query.phase)}`);
  if (query.classification) f.where(`m.classification = ${f.param(query.classification)}`);
  if (query.needsOfficialNote) f.where(needsOfficialNote('m'));
  if (query.from) f.where(`m.starts_at >= ${LONDON_DAY_START(f.param(query.from))}`);
  if (query.to) f.where(`m.starts_at < ${LONDON_DAY_START(`(${f.param(query.to)}::date + 1)`)}`);
  if (query.q) {
    const q = f.param(query.q);
    const like = f.param(`%${query.q.replace(/[\\%_]/g, '\\$&')}%`);
    f.where(`(m.search @@ websearch_to_tsquery('english', ${q}) OR m.title ILIKE ${like})`);
  }
  return f;
}

/** Every match in the list's order, with the fields a file adds (purpose, location): what an export streams. */
export function meetingExportSql(f: SqlFilter, query: MeetingListQuery): string {
  return `SELECT ${MEETING_SUMMARY_COLUMNS}, m.purpose, m.location FROM meetings m LEFT JOIN groups g ON g.id = m.group_id ${f.sql}
    ORDER BY ${meetingOrder(query)}`;
}

function meetingOrder(query: MeetingListQuery): string {
  return orderBy(query.sort, SORTS, '-startsAt', 'm.id');
}

/** Reads meetings for responses: a fixed number of statements whatever the number of attendees, positions or actions. */
@Injectable()
export class MeetingReader {
  constructor(private readonly db: DataSource) {}

  /** The meeting alone (what the audit history snapshots); hidden from this reader → 404. */
  async record(db: Db, id: string, seesSensitive: boolean): Promise<MeetingRecord> {
    const [row] = await sql<MeetingRow>(db, MEETING_RECORD_SQL, [id, seesSensitive]);
    if (!row) throw new NotFound('meeting', id);
    return toMeetingRecord(row);
  }

  /** The meeting with the positions stated at it and the actions arising, each filtered by its own classification. */
  async detail(db: Db, id: string, seesSensitive: boolean): Promise<MeetingResponse> {
    return this.withRelated(db, await this.record(db, id, seesSensitive), seesSensitive);
  }

  async withRelated(db: Db, record: MeetingRecord, seesSensitive: boolean): Promise<MeetingResponse> {
    const positions = await sql<MeetingPositionRow>(db, MEETING_POSITIONS_SQL, [record.id, seesSensitive]);
    const actions = await sql<MeetingActionRow>(db, MEETING_ACTIONS_SQL, [record.id, seesSensitive]);
    return { ...record, positions: positions.map(toMeetingPosition), actions: actions.map(toMeetingAction) };
  }

  async list(query: MeetingListQuery, seesSensitive: boolean, db: ReadSource = this.db): Promise<Page<MeetingSummary>> {
    const f = meetingFilter(query, seesSensitive);
    const order = meetingOrder(query);
    const [rows, total] = await onOneConnection(db, async (q) => [
      await sql<MeetingSummaryRow>(
        q,
        `SELECT ${MEETING_SUMMARY_COLUMNS} FROM meetings m LEFT JOIN groups g ON g.id = m.group_id ${f.sql}
          ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset(query)}`,
        f.params,
      ),
      await cappedTotal(q, `FROM meetings m ${f.sql}`, f.params),
    ] as const);
    return { items: rows.map(toMeetingSummary), page: query.page, pageSize: query.pageSize, ...total };
  }
}
