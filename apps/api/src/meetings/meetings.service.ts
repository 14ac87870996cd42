import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Classification, MeetingRecord, MeetingResponse, MeetingStatus, MeetingSummary, Page, Role } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { Conflict, NotFound, ValidationFailed } from '../common/errors';
import { Forbidden } from '../common/errors-auth';
import { phaseOn } from '../common/phase';
import { sql, type ReadSource } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { assertDistinctAttendees, assertMeetingReferences } from './meeting-references';
import { meetingExport } from './meeting-export';
import { MeetingReader, meetingFilter } from './meeting-reader';
import type { AgendaItemBody, AttendeeBody, CreateMeetingBody, MeetingListQuery, UpdateMeetingBody } from './meeting.requests';

/** Plain request fields → columns. Arrays of rows (attendees, ministers) and the agenda are written separately. */
const COLUMNS: Partial<Record<keyof UpdateMeetingBody, string>> = {
  title: 'title',
  type: 'type',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  region: 'region',
  online: 'online',
  location: 'location',
  groupId: 'group_id',
  officialIds: 'official_ids',
  themeIds: 'theme_ids',
  summary: 'summary',
  purpose: 'purpose',
  noOfficialPresent: 'no_official_present',
  classification: 'classification',
  phase: 'phase',
};

/** Fields that may be left out of a PATCH but never cleared with null. */
const REQUIRED = ['title', 'type', 'startsAt', 'online', 'location', 'ministerIds', 'officialIds', 'attendees', 'themeIds', 'agenda', 'summary', 'purpose', 'noOfficialPresent', 'classification', 'phase'];

/** Who may edit a meeting in each state: recorders draft it, private office adjusts it once submitted. */
const EDITORS_BY_STATUS: Record<Exclude<MeetingStatus, 'agreed'>, readonly Role[]> = {
  draft: ['admin', 'recorder'],
  submitted: ['admin', 'reviewer'],
};

interface LockedMeeting {
  status: MeetingStatus;
  starts_at: Date;
  ends_at: Date | null;
  phase: string;
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly reader: MeetingReader,
  ) {}

  list(query: MeetingListQuery, user: AuthUser, db?: ReadSource): Promise<Page<MeetingSummary>> {
    return this.reader.list(query, seesSensitive(user), db);
  }

  /** The same list, every match, as a file. */
  exportSource(query: MeetingListQuery, user: AuthUser) {
    return meetingExport(meetingFilter(query, seesSensitive(user)), query);
  }

  get(id: string, user: AuthUser): Promise<MeetingResponse> {
    return this.reader.detail(this.db, id, seesSensitive(user));
  }

  async create(body: CreateMeetingBody, user: AuthUser): Promise<MeetingResponse> {
    assertDistinctAttendees(body.attendees);
    assertEndsAfterStart(body.startsAt, body.endsAt ?? null);
    return this.db.transaction(async (tx) => {
      await assertMeetingReferences(tx, body);
      const phase = body.phase ?? (await phaseOn(tx, londonDate(new Date(body.startsAt))));
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO meetings (title, type, starts_at, ends_at, region, online, location, group_id, official_ids, theme_ids, agenda, summary,
                               purpose, no_official_present, classification, phase, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
        [
          body.title, body.type, body.startsAt, body.endsAt ?? null, body.region ?? null, body.online ?? false, body.location ?? '',
          body.groupId ?? null, body.officialIds ?? [], body.themeIds ?? [], agendaJson(body.agenda ?? []), body.summary ?? '',
          body.purpose ?? '', body.noOfficialPresent ?? false, body.classification ?? 'OFFICIAL', phase, user.id,
        ],
      );
      await replaceMinisters(tx, id, body.ministerIds ?? []);
      await replaceAttendees(tx, id, body.attendees ?? []);
      const created = await this.reader.record(tx, id, true);
      await this.audit.record(tx, { actorId: user.id, entity: 'meeting', entityId: id, action: 'created', after: forAudit(created), classification: created.classification });
      return this.reader.withRelated(tx, created, true);
    });
  }

  /** Sent arrays replace what is there (attendees and ministers wholesale); fields left out are left alone. */
  async update(id: string, version: number, body: UpdateMeetingBody, user: AuthUser): Promise<MeetingResponse> {
    rejectNulls(body, REQUIRED);
    assertDistinctAttendees(body.attendees);
    return this.db.transaction(async (tx) => {
      // Locked first, so the state checked here is the state the update applies to.
      const [current] = await sql<LockedMeeting>(tx, `SELECT status, starts_at, ends_at, phase FROM meetings WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw new NotFound('meeting', id);
      assertEditable(current.status, user.role);
      assertEndsAfterStart(body.startsAt ?? current.starts_at.toISOString(), body.endsAt === undefined ? current.ends_at?.toISOString() ?? null : body.endsAt);
      await assertMeetingReferences(tx, body, id);
      const before = await this.reader.record(tx, id, true);
      const set = columnsFrom(body, COLUMNS);
      if (body.agenda) set['agenda'] = agendaJson(body.agenda);
      // A phase that was the default for the old date follows the new date; one chosen by hand stays.
      if (body.startsAt !== undefined && body.phase === undefined && current.phase === (await phaseOn(tx, londonDate(current.starts_at)))) {
        set['phase'] = await phaseOn(tx, londonDate(new Date(body.startsAt)));
      }
      await updateIfVersion(tx, 'meetings', 'meeting', id, version, user.id, set);
      if (body.ministerIds) await replaceMinisters(tx, id, body.ministerIds);
      if (body.attendees) await replaceAttendees(tx, id, body.attendees);
      const after = await this.reader.record(tx, id, true);
      await this.audit.record(tx, { actorId: user.id, entity: 'meeting', entityId: id, action: 'updated', before: forAudit(before), after: forAudit(after), classification: stricter(before, after) });
      if (before.classification === 'OFFICIAL' && after.classification === 'OFFICIAL_SENSITIVE') await this.raiseRecordsOf(tx, id, user);
      return this.reader.withRelated(tx, after, true);
    });
  }

  /**
   * What was said and agreed at a meeting is as sensitive as the meeting: when a meeting becomes OFFICIAL-SENSITIVE,
   * so do its positions and actions (never the other way: lowering stays a decision per record).
   */
  private async raiseRecordsOf(tx: EntityManager, meetingId: string, user: AuthUser): Promise<void> {
    for (const [table, entity] of [['positions', 'position'], ['actions', 'action']] as const) {
      const raised = await sql<{ id: string }>(
        tx,
        `UPDATE ${table} SET classification = 'OFFICIAL_SENSITIVE', version = version + 1, updated_at = now(), updated_by = $2
          WHERE meeting_id = $1 AND classification = 'OFFICIAL' RETURNING id`,
        [meetingId, user.id],
      );
      for (const { id } of raised) {
        await this.audit.record(tx, {
          actorId: user.id, entity, entityId: id, action: 'reclassified',
          before: { classification: 'OFFICIAL' }, after: { classification: 'OFFICIAL_SENSITIVE' },
          details: { becauseOfMeeting: meetingId }, classification: 'OFFICIAL_SENSITIVE',
        });
      }
    }
  }

}

function assertEditable(status: MeetingStatus, role: Role): void {
  if (status === 'agreed') throw new Conflict('This meeting has been agreed and cannot be changed: reopen it first.');
  if (!EDITORS_BY_STATUS[status].includes(role)) {
    throw new Forbidden(
      status === 'submitted'
        ? 'This meeting has been submitted for agreement: only a reviewer or admin can change it now, or it can be returned to draft.'
        : 'A draft meeting is edited by its recorders; a reviewer can change it once it is submitted.',
    );
  }
}

function assertEndsAfterStart(startsAt: string, endsAt: string | null): void {
  if (endsAt !== null && new Date(endsAt).getTime() < new Date(startsAt).getTime()) {
    throw new ValidationFailed([{ field: 'endsAt', message: 'endsAt must not be before startsAt' }]);
  }
}

/** The audit event is as sensitive as the most sensitive state it shows (a downgrade still reveals the old text). */
function stricter(before: MeetingRecord, after: MeetingRecord): Classification {
  return before.classification === 'OFFICIAL_SENSITIVE' ? before.classification : after.classification;
}

function agendaJson(agenda: readonly AgendaItemBody[]): string {
  // Stored as text → jsonb: node-pg would otherwise send a JS array as a PostgreSQL array.
  return JSON.stringify(agenda.map((item) => ({ title: item.title, notes: item.notes ?? '' })));
}

async function replaceMinisters(tx: EntityManager, meetingId: string, ministerIds: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM meeting_ministers WHERE meeting_id = $1`, [meetingId]);
  if (ministerIds.length === 0) return;
  await tx.query(`INSERT INTO meeting_ministers (meeting_id, minister_id) SELECT $1, unnest($2::uuid[])`, [meetingId, ministerIds]);
}

async function replaceAttendees(tx: EntityManager, meetingId: string, attendees: readonly AttendeeBody[]): Promise<void> {
  await tx.query(`DELETE FROM meeting_attendees WHERE meeting_id = $1`, [meetingId]);
  if (attendees.length === 0) return;
  // contact_ids travel as JSON because unnest() cannot take an array of arrays of different lengths.
  await tx.query(
    `INSERT INTO meeting_attendees (meeting_id, organisation_id, contact_ids, attendance, position)
     SELECT $1, (a->>'organisationId')::uuid, ARRAY(SELECT jsonb_array_elements_text(a->'contactIds'))::uuid[], a->>'attendance', n
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(a, n)`,
    [meetingId, JSON.stringify(attendees.map((a) => ({ organisationId: a.organisationId, contactIds: a.contactIds ?? [], attendance: a.attendance })))],
  );
}

/** The audit log is append-only, so it keeps contact ids, never contact names (anonymising must be able to remove them). */
function forAudit(record: MeetingRecord): object {
  return { ...record, attendees: record.attendees.map(({ organisationId, attendance, contactIds }) => ({ organisationId, attendance, contactIds })) };
}
