import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CLASSIFICATION_LABELS, STANCE_LABELS, type Classification, type Stance } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { LegalHolds } from '../legal-holds/legal-holds.service';
import type { AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate, londonDateTime } from '../common/dates';
import { Conflict, NotFound } from '../common/errors';
import { sql } from '../common/sql';
import { writeCsvZip, type WorkbookFormat } from '../exports/csv-zip';
import { fileName, startDownload } from '../exports/download';
import { markingOf } from '../exports/marking';
import { writeWorkbook, type Sheet } from '../exports/spreadsheet';

interface ContactRow {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  organisation: string;
  organisation_id: string;
  created_at: Date;
  anonymised_at: Date | null;
}

interface MeetingRow {
  id: string;
  reference: string;
  title: string;
  starts_at: Date;
  attendance: string;
  classification: Classification;
}

interface PositionRow {
  reference: string;
  proposal: string;
  stance: Stance;
  stated_on: Date | string;
  summary: string;
  quote: string | null;
  classification: Classification;
}

interface EventRow {
  occurred_at: Date;
  actor: string | null;
  action: string;
  changes: Record<string, unknown>;
}

/**
 * A contact's whole record for a subject access request: who they are, every meeting they are recorded at, what
 * their organisation said at those meetings (where their words may be), and the history of their record. Everything
 * is included whatever its classification, since the law asks for all of it; the file is marked by the highest.
 */
@Injectable()
export class SubjectAccessFile {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly holds: LegalHolds,
  ) {}

  async send(res: Response, contactId: string, format: WorkbookFormat, user: AuthUser): Promise<void> {
    const [contact] = await sql<ContactRow>(
      this.db,
      `SELECT c.name, c.role, c.email, c.phone, c.notes, o.name AS organisation, c.organisation_id, c.created_at, c.anonymised_at FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [contactId],
    );
    if (!contact) throw new NotFound('contact', contactId);
    if (contact.anonymised_at) throw new Conflict('This contact has been anonymised: no personal data about them is held.');
    await this.holds.assertNotHeld(this.db, [{ entity: 'contact', id: contactId }, { entity: 'organisation', id: contact.organisation_id }], 'exported for subject access');
    const [meetings, positions, events] = await Promise.all([
      sql<MeetingRow>(
        this.db,
        `SELECT m.id, m.reference, m.title, m.starts_at, a.attendance, m.classification FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
          WHERE a.contact_ids @> ARRAY[$1::uuid] ORDER BY m.starts_at, m.reference`,
        [contactId],
      ),
      sql<PositionRow>(
        this.db,
        `SELECT m.reference, pr.title AS proposal, p.stance, p.stated_on, p.summary, p.quote, p.classification
           FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
           JOIN positions p ON p.meeting_id = m.id AND p.organisation_id = a.organisation_id JOIN proposals pr ON pr.id = p.proposal_id
          WHERE a.contact_ids @> ARRAY[$1::uuid] ORDER BY p.stated_on, m.reference`,
        [contactId],
      ),
      sql<EventRow>(this.db, `SELECT e.occurred_at, u.name AS actor, e.action, e.changes FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.entity = 'contact' AND e.entity_id = $1 ORDER BY e.id`, [contactId]),
    ]);
    const marking = markingOf([...meetings.map((m) => m.classification), ...positions.map((p) => p.classification)]);
    const sheets: Sheet[] = [
      {
        name: 'Contact',
        headings: ['Name', 'Role', 'Email', 'Phone', 'Notes', 'Organisation', 'Recorded on'],
        rows: [[contact.name, contact.role, contact.email, contact.phone, contact.notes, contact.organisation, { date: londonDate(contact.created_at) }]],
      },
      {
        name: 'Meetings',
        headings: ['Reference', 'Meeting', 'Date', 'Attendance', 'Marking'],
        rows: meetings.map((m) => [m.reference, m.title, { date: londonDate(m.starts_at) }, m.attendance, CLASSIFICATION_LABELS[m.classification]]),
      },
      {
        name: 'Positions',
        headings: ['Meeting', 'Proposal', 'Stance', 'Stated on', 'Summary', 'In their words', 'Marking'],
        rows: positions.map((p) => [p.reference, p.proposal, STANCE_LABELS[p.stance], { date: dateOnly(p.stated_on) ?? '' }, p.summary, p.quote, CLASSIFICATION_LABELS[p.classification]]),
      },
      {
        name: 'History',
        headings: ['When', 'By', 'What', 'Changes'],
        rows: events.map((e) => [londonDateTime(e.occurred_at), e.actor, e.action, JSON.stringify(e.changes)]),
      },
    ];
    await this.db.transaction((tx) =>
      this.audit.record(tx, {
        actorId: user.id,
        entity: 'export',
        entityId: contactId,
        action: 'subject-access',
        details: { format, meetings: meetings.length, positions: positions.length },
        classification: marking === 'OFFICIAL-SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
      }),
    );
    startDownload(res, fileName('subject-access', londonDate(), marking, format), format, marking);
    await (format === 'zip' ? writeCsvZip(sheets, marking, res) : writeWorkbook(format, sheets, marking, res));
  }
}
