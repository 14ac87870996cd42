import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Classification, MeetingStatus, TransparencyCheckResponse, TransparencyProblem } from '@send/contracts';
import { AuditService } from '../../audit/audit.service';
import { seesSensitive, type AuthUser } from '../../auth/auth-user';
import { sql } from '../../common/sql';
import { csvText } from '../../exports/csv';
import { markingOf, type Marking } from '../../exports/marking';
import { inQuarter, parseQuarter, type Quarter } from './quarter';
import { TransparencyHeadingsService } from './transparency-headings';
import { isMinisterial, lacksOfficialNote } from '../../meetings/ministerial-code';

interface ReturnRow {
  minister: string;
  date: string;
  organisations: string[];
  purpose: string;
  classification: Classification;
}

interface CheckRow {
  id: string;
  reference: string;
  title: string;
  starts_at: Date;
  status: MeetingStatus;
  classification: Classification;
  ministers: string[];
  problems: TransparencyProblem[];
}

export interface TransparencyFile {
  quarter: Quarter;
  text: string;
  rows: number;
  marking: Marking;
}

/**
 * One row per minister per meeting: agreed meetings with at least one minister, starting in the quarter (London time),
 * by minister then date. Organisations are those recorded as attending, in the meeting's order.
 */
const RETURN_SQL = `
  SELECT mi.name AS minister, to_char(m.starts_at AT TIME ZONE 'Europe/London', 'DD/MM/YYYY') AS date,
         btrim(m.purpose) AS purpose, m.classification,
         ARRAY(SELECT o.name FROM meeting_attendees a JOIN organisations o ON o.id = a.organisation_id
                WHERE a.meeting_id = m.id AND a.attendance = 'attended' ORDER BY a.position, lower(o.name)) AS organisations
    FROM meetings m
    JOIN meeting_ministers mm ON mm.meeting_id = m.id
    JOIN ministers mi ON mi.id = mm.minister_id
   WHERE m.status = 'agreed' AND ($1 OR m.classification = 'OFFICIAL') AND ${inQuarter('m.starts_at', '$2', '$3')}
   ORDER BY lower(mi.name), mi.id, m.starts_at, m.reference`;

/** Ministerial meetings in the quarter and what is wrong with each (the Ministerial Code's note: ministerial-code.ts). */
const CHECK_SQL = `
  SELECT * FROM (
    SELECT m.id, m.reference, m.title, m.starts_at, m.status, m.classification,
           ARRAY(SELECT mi.name FROM meeting_ministers mm JOIN ministers mi ON mi.id = mm.minister_id
                  WHERE mm.meeting_id = m.id ORDER BY lower(mi.name)) AS ministers,
           array_remove(ARRAY[
             CASE WHEN m.status <> 'agreed' THEN 'not_agreed' END,
             CASE WHEN btrim(m.purpose) = '' THEN 'no_purpose' END,
             CASE WHEN NOT EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'attended') THEN 'no_organisations' END,
             CASE WHEN ${lacksOfficialNote('m')} THEN 'no_official_note' END
           ], NULL) AS problems
      FROM meetings m
     WHERE ${isMinisterial('m')}
       AND ($1 OR m.classification = 'OFFICIAL') AND ${inQuarter('m.starts_at', '$2', '$3')}
  ) checked
  WHERE cardinality(problems) > 0
  ORDER BY starts_at, reference`;

/** "A", "A and B", "A, B and C": the GOV.UK style for a list in running text, one cell per meeting. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

@Injectable()
export class TransparencyReturn {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly headings: TransparencyHeadingsService,
  ) {}

  /** The CSV for this reader; the download is audited (who, quarter, rows) in the same transaction as the read. */
  async file(quarterParam: string, user: AuthUser): Promise<TransparencyFile> {
    const quarter = parseQuarter(quarterParam);
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const { headings } = await this.headings.get(tx);
      const rows = await this.rows(tx, quarter, user);
      const marking = markingOf(rows.map((r) => r.classification));
      const text = csvText([
        [headings.minister, headings.date, headings.organisations, headings.purpose],
        ...rows.map((r) => [r.minister, r.date, joinNames(r.organisations), r.purpose]),
      ]);
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'transparency_return',
        entityId: null,
        action: 'downloaded',
        details: { quarter: quarter.label, rows: rows.length, marking },
        classification: marking === 'OFFICIAL-SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
      });
      return { quarter, text, rows: rows.length, marking };
    });
  }

  async check(quarterParam: string, user: AuthUser): Promise<TransparencyCheckResponse> {
    const quarter = parseQuarter(quarterParam);
    const params = [seesSensitive(user), quarter.from, quarter.until];
    const [meetings, rows] = await Promise.all([sql<CheckRow>(this.db, CHECK_SQL, params), this.rows(this.db, quarter, user)]);
    return {
      quarter: quarter.label,
      from: quarter.from,
      to: quarter.to,
      rows: rows.length,
      meetings: meetings.map((m) => ({
        id: m.id,
        reference: m.reference,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
        status: m.status,
        classification: m.classification,
        ministers: m.ministers,
        problems: m.problems,
      })),
    };
  }

  private rows(db: DataSource | EntityManager, quarter: Quarter, user: AuthUser): Promise<ReturnRow[]> {
    return sql<ReturnRow>(db, RETURN_SQL, [seesSensitive(user), quarter.from, quarter.until]);
  }
}
