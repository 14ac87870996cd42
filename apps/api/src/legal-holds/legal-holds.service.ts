import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LegalHoldEntity, LegalHoldResponse, Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound, Unprocessable } from '../common/errors';
import { offset } from '../common/list-query';
import { sql, type Db } from '../common/sql';
import { uniqueConflict } from '../common/references';
import type { LegalHoldListQuery, PlaceLegalHoldBody } from './legal-hold.requests';

interface HoldRow {
  id: string;
  entity: LegalHoldEntity;
  entity_id: string;
  label: string | null;
  reason: string;
  placed_at: Date;
  placed_by: string;
  placed_by_name: string | null;
  released_at: Date | null;
  release_reason: string | null;
}

/** The held record's name, whatever its kind. */
const LABEL = `CASE h.entity
    WHEN 'organisation' THEN (SELECT name FROM organisations WHERE id = h.entity_id)
    WHEN 'contact' THEN (SELECT CASE WHEN anonymised_at IS NULL THEN name ELSE 'An anonymised contact' END FROM contacts WHERE id = h.entity_id)
    WHEN 'meeting' THEN (SELECT reference || ': ' || title FROM meetings WHERE id = h.entity_id)
    WHEN 'information_request' THEN (SELECT reference FROM information_requests WHERE id = h.entity_id) END`;
const SELECT = `SELECT h.id, h.entity, h.entity_id, ${LABEL} AS label, h.reason, h.placed_at, h.placed_by, u.name AS placed_by_name, h.released_at, h.release_reason
  FROM legal_holds h LEFT JOIN users u ON u.id = h.placed_by`;
const TABLES: Record<LegalHoldEntity, string> = { organisation: 'organisations', contact: 'contacts', meeting: 'meetings', information_request: 'information_requests' };

function toHold(r: HoldRow): LegalHoldResponse {
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    label: r.label ?? 'A record no longer held',
    reason: r.reason,
    placedAt: r.placed_at.toISOString(),
    placedBy: r.placed_by,
    placedByName: r.placed_by_name,
    releasedAt: r.released_at?.toISOString() ?? null,
    releaseReason: r.release_reason,
  };
}

/**
 * Legal holds, placed and released by admins, and the check every destructive change makes first: erasure,
 * merging, disposal. A hold on an organisation holds its contacts too.
 */
@Injectable()
export class LegalHolds {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: LegalHoldListQuery): Promise<Page<LegalHoldResponse>> {
    const conditions = [...(query.includeReleased ? [] : ['h.released_at IS NULL']), ...(query.entityId ? ['h.entity_id = $1'] : [])];
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const params = query.entityId ? [query.entityId] : [];
    const [rows, [{ n }]] = await Promise.all([
      sql<HoldRow>(this.db, `${SELECT} ${where} ORDER BY h.placed_at DESC, h.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`, params),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM legal_holds h ${where}`, params),
    ]);
    return { items: rows.map(toHold), page: query.page, pageSize: query.pageSize, total: n, totalIsLowerBound: false };
  }

  async place(body: PlaceLegalHoldBody, user: AuthUser): Promise<LegalHoldResponse> {
    return this.db.transaction(async (tx) => {
      // Locked, so a disposal checking this record for holds finishes first or sees this one.
      if (!(await sql(tx, `SELECT 1 FROM ${TABLES[body.entity]} WHERE id = $1 FOR NO KEY UPDATE`, [body.entityId])).length) {
        throw new Unprocessable(`There is no ${body.entity.replace('_', ' ')} with that id.`, [{ field: 'entityId', message: `no ${body.entity.replace('_', ' ')} with id ${body.entityId}` }]);
      }
      const [{ id }] = await sql<{ id: string }>(tx, `INSERT INTO legal_holds (entity, entity_id, reason, placed_by) VALUES ($1, $2, $3, $4) RETURNING id`, [body.entity, body.entityId, body.reason, user.id]).catch((error: unknown) =>
        uniqueConflict(error, 'legal_holds_active_idx', 'entityId', 'This record is already under a legal hold.'),
      );
      const hold = await this.one(tx, id);
      await this.audit.record(tx, { actorId: user.id, entity: body.entity, entityId: body.entityId, action: 'legal_hold_placed', details: { holdId: id, reason: body.reason } });
      return hold;
    });
  }

  async release(id: string, reason: string, user: AuthUser): Promise<LegalHoldResponse> {
    return this.db.transaction(async (tx) => {
      const [row] = await sql<{ entity: LegalHoldEntity; entity_id: string; released_at: Date | null }>(tx, `SELECT entity, entity_id, released_at FROM legal_holds WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFound('legal hold', id);
      if (row.released_at) throw new Conflict('This legal hold has already been released.');
      await tx.query(`UPDATE legal_holds SET released_at = now(), released_by = $2, release_reason = $3 WHERE id = $1`, [id, user.id, reason]);
      await this.audit.record(tx, { actorId: user.id, entity: row.entity, entityId: row.entity_id, action: 'legal_hold_released', details: { holdId: id, reason } });
      return this.one(tx, id);
    });
  }

  /** Refuses `what` (“erased”, “merged”) while any of these records is under a hold. */
  async assertNotHeld(db: Db, records: { entity: LegalHoldEntity; id: string }[], what: string): Promise<void> {
    if (!records.length) return;
    const held = await sql<HoldRow>(
      db,
      `${SELECT} WHERE h.released_at IS NULL AND (h.entity, h.entity_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [records.map((r) => r.entity), records.map((r) => r.id)],
    );
    const first = held[0];
    if (first) throw new Conflict(`${first.label ?? 'This record'} is under a legal hold (${first.reason}): it cannot be ${what} until the hold is released.`);
  }

  private async one(db: DataSource | EntityManager, id: string): Promise<LegalHoldResponse> {
    const [row] = await sql<HoldRow>(db, `${SELECT} WHERE h.id = $1`, [id]);
    return toHold(row as HoldRow);
  }
}
