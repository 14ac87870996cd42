import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Classification, PositionResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { NotFound, ValidationFailed } from '../common/errors';
import { phaseOn } from '../common/phase';
import { assertReferences, type ReferenceCheck } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { POSITION_COLUMNS, POSITION_JOINS, toPositionResponse, type PositionRow } from './position.mapper';
import type { CreatePositionBody, UpdatePositionBody } from './position.requests';

/** Request fields → columns; only these can be written. */
const COLUMNS: Record<keyof UpdatePositionBody, string> = {
  organisationId: 'organisation_id',
  proposalId: 'proposal_id',
  stance: 'stance',
  summary: 'summary',
  quote: 'quote',
  meetingId: 'meeting_id',
  statedOn: 'stated_on',
  phase: 'phase',
  classification: 'classification',
};

const REQUIRED: (keyof UpdatePositionBody)[] = ['organisationId', 'proposalId', 'stance', 'summary', 'statedOn', 'phase', 'classification'];

@Injectable()
export class PositionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A hidden position answers 404, exactly like a missing one, so its existence is not revealed. */
  async get(id: string, user: AuthUser): Promise<PositionResponse> {
    const sees = seesSensitive(user);
    const [row] = await sql<PositionRow>(
      this.db,
      `SELECT ${POSITION_COLUMNS} FROM positions p ${POSITION_JOINS} WHERE p.id = $1 AND ($2 OR p.classification = 'OFFICIAL')`,
      [id, sees],
    );
    if (!row) throw new NotFound('position', id);
    return toPositionResponse(row, sees);
  }

  /** A new statement: the pair's history grows and this becomes its current position if it is the latest. */
  async create(body: CreatePositionBody, user: AuthUser): Promise<PositionResponse> {
    assertNotFuture(body.statedOn);
    return this.db.transaction(async (tx) => {
      await assertReferences(tx, references(body));
      const phase = body.phase ?? (await phaseOn(tx, body.statedOn));
      // Said at a sensitive meeting → sensitive unless the recorder decides otherwise.
      const classification = body.classification ?? (await meetingClassification(tx, body.meetingId)) ?? 'OFFICIAL';
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO positions (organisation_id, proposal_id, stance, summary, quote, meeting_id, stated_on, phase, classification, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
        [body.organisationId, body.proposalId, body.stance, body.summary, body.quote ?? null, body.meetingId ?? null, body.statedOn, phase, classification, user.id],
      );
      const row = await this.row(tx, id);
      await this.audit.record(tx, { actorId: user.id, entity: 'position', entityId: id, action: 'created', after: auditView(row), classification });
      return toPositionResponse(row, seesSensitive(user));
    });
  }

  /** A correction of what was recorded (not a new statement: that is a POST). */
  async correct(id: string, version: number, body: UpdatePositionBody, user: AuthUser): Promise<PositionResponse> {
    rejectNulls(body, REQUIRED);
    if (body.statedOn !== undefined) assertNotFuture(body.statedOn);
    return this.db.transaction(async (tx) => {
      const beforeRow = await this.row(tx, id, true);
      const before = auditView(beforeRow);
      await assertReferences(tx, references(body));
      const set = columnsFrom(body, COLUMNS);
      // A phase that was derived from the date follows a corrected date; one chosen by hand stays.
      if (body.statedOn !== undefined && body.phase === undefined && beforeRow.phase === (await phaseOn(tx, before.statedOn))) {
        set['phase'] = await phaseOn(tx, body.statedOn);
      }
      // Moving it to a sensitive meeting never leaves it less protected than the meeting, unless chosen explicitly.
      if (body.meetingId && body.classification === undefined && (await meetingClassification(tx, body.meetingId)) === 'OFFICIAL_SENSITIVE') {
        set['classification'] = 'OFFICIAL_SENSITIVE';
      }
      await updateIfVersion(tx, 'positions', 'position', id, version, user.id, set);
      const afterRow = await this.row(tx, id);
      const after = auditView(afterRow);
      // The old values may be as sensitive as the new ones: the audit entry takes the stricter classification.
      const classification: Classification = [before.classification, after.classification].includes('OFFICIAL_SENSITIVE') ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL';
      await this.audit.record(tx, { actorId: user.id, entity: 'position', entityId: id, action: 'corrected', before, after, classification });
      return toPositionResponse(afterRow, seesSensitive(user));
    });
  }

  private async row(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<PositionRow> {
    const [row] = await sql<PositionRow>(db, `SELECT ${POSITION_COLUMNS} FROM positions p ${POSITION_JOINS} WHERE p.id = $1 ${forUpdate ? 'FOR UPDATE OF p' : ''}`, [id]);
    if (!row) throw new NotFound('position', id);
    return row;
  }
}

/**
 * What the audit keeps: the position as anyone allowed to see the entry may see it. An OFFICIAL position said at an
 * OFFICIAL_SENSITIVE meeting has an OFFICIAL entry, so the meeting's reference is left out of it.
 */
function auditView(row: PositionRow): PositionResponse {
  return toPositionResponse(row, false);
}

function references(body: Partial<CreatePositionBody>): ReferenceCheck[] {
  return [
    { field: 'organisationId', table: 'organisations', ids: [body.organisationId] },
    { field: 'proposalId', table: 'proposals', ids: [body.proposalId] },
    { field: 'meetingId', table: 'meetings', ids: [body.meetingId] },
  ];
}

/** A statement cannot have been made after today (in London). */
function assertNotFuture(statedOn: string): void {
  const today = londonDate();
  if (statedOn > today) throw new ValidationFailed([{ field: 'statedOn', message: `statedOn cannot be after today (${today})` }]);
}

async function meetingClassification(tx: EntityManager, meetingId: string | null | undefined): Promise<Classification | undefined> {
  if (!meetingId) return undefined;
  const [meeting] = await sql<{ classification: Classification }>(tx, `SELECT classification FROM meetings WHERE id = $1`, [meetingId]);
  return meeting?.classification;
}
