import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { fileName, startDownload } from '../../exports/download';
import { markingOf } from '../../exports/marking';
import { writeWorkbook, type SpreadsheetFormat } from '../../exports/spreadsheet';
import { briefingSheets } from './briefing-sheets';
import { DataSource } from 'typeorm';
import type { BriefingAction, BriefingOrganisation, BriefingPackResponse, BriefingPosition, Classification } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../../auth/auth-user';
import { dateOnly, londonDate } from '../../common/dates';
import { sql } from '../../common/sql';
import { MeetingReader } from '../../meetings/meeting-reader';
import { toPositionResponse, type PositionRow } from '../../positions/position.mapper';
import { ACTIONS_SQL, CURRENT_POSITIONS_SQL, INTERACTIONS_SQL, type BriefingActionRow, type InteractionRow } from './briefing-sql';

function groupBy<T extends { organisation_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.organisation_id);
    if (group) group.push(row);
    else groups.set(row.organisation_id, [row]);
  }
  return groups;
}

function toAction(row: BriefingActionRow): BriefingAction {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    kind: row.kind,
    status: row.status,
    priority: row.priority,
    dueOn: dateOnly(row.due_on),
    overdue: row.overdue,
    direction: row.direction,
    classification: row.classification,
  };
}

/**
 * What a minister needs before meeting these organisations. Four statements whatever the number of organisations:
 * the meeting (hidden from this reader → 404), then each section for all its attending organisations at once.
 */
@Injectable()
export class BriefingPackService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingReader,
    private readonly audit: AuditService,
  ) {}

  /** The pack as a workbook, one sheet per section, audited like every export before the first byte is sent. */
  async sendFile(res: Response, meetingId: string, format: SpreadsheetFormat, user: AuthUser): Promise<void> {
    const pack = await this.build(meetingId, user);
    const marking = markingOf([pack.classification]);
    await this.db.transaction((tx) =>
      this.audit.record(tx, {
        actorId: user.id,
        entity: 'export',
        entityId: pack.meeting.id,
        action: 'briefing-pack',
        details: { format, organisations: pack.organisations.length },
        classification: pack.classification,
      }),
    );
    startDownload(res, fileName(`briefing-pack-${pack.meeting.reference}`, londonDate(), marking, format), format, marking);
    await writeWorkbook(format, briefingSheets(pack), marking, res);
  }

  async build(meetingId: string, user: AuthUser): Promise<BriefingPackResponse> {
    const sees = seesSensitive(user);
    const meeting = await this.meetings.record(this.db, meetingId, sees);
    const attending = meeting.attendees.filter((a) => a.attendance === 'attended');
    const ids = attending.map((a) => a.organisationId);
    const [positions, actions, interactions] = await Promise.all([
      sql<PositionRow>(this.db, CURRENT_POSITIONS_SQL, [ids, sees]),
      sql<BriefingActionRow>(this.db, ACTIONS_SQL, [ids, sees, londonDate()]),
      sql<InteractionRow>(this.db, INTERACTIONS_SQL, [ids, sees, meeting.id, meeting.startsAt]),
    ]);
    const positionsBy = groupBy(positions);
    const actionsBy = groupBy(actions);
    const interactionsBy = groupBy(interactions);

    const organisations: BriefingOrganisation[] = attending.map((a) => {
      const own = actionsBy.get(a.organisationId) ?? [];
      return {
        id: a.organisationId,
        name: a.organisationName,
        positions: (positionsBy.get(a.organisationId) ?? []).map((row) => toBriefingPosition(row, sees)),
        openActions: own.filter((r) => r.kind === 'action').map(toAction),
        lastInteractions: (interactionsBy.get(a.organisationId) ?? []).map((r) => ({
          meetingId: r.id,
          reference: r.reference,
          title: r.title,
          type: r.type,
          startsAt: r.starts_at.toISOString(),
          status: r.status,
          classification: r.classification,
        })),
        commitments: own.filter((r) => r.kind === 'ministerial_commitment').map(toAction),
      };
    });

    const classifications: Classification[] = [
      meeting.classification,
      ...organisations.flatMap((o) => [...o.positions, ...o.openActions, ...o.lastInteractions, ...o.commitments].map((x) => x.classification)),
    ];
    return {
      meeting: {
        id: meeting.id,
        reference: meeting.reference,
        title: meeting.title,
        type: meeting.type,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        purpose: meeting.purpose,
        ministers: meeting.ministers.map((m) => m.name),
        classification: meeting.classification,
      },
      classification: classifications.includes('OFFICIAL_SENSITIVE') ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
      organisations,
    };
  }
}

/** Through the positions mapper, so a hidden source meeting's reference is withheld exactly as everywhere else. */
function toBriefingPosition(row: PositionRow, sees: boolean): BriefingPosition {
  const p = toPositionResponse(row, sees);
  return {
    positionId: p.id,
    proposalId: p.proposalId,
    proposalTitle: p.proposalTitle,
    stance: p.stance,
    summary: p.summary,
    statedOn: p.statedOn,
    meetingId: p.meetingReference === null ? null : p.meetingId,
    meetingReference: p.meetingReference,
    classification: p.classification,
  };
}
