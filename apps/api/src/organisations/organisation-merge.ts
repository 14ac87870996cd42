import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MergeCounts, OrganisationMergeResponse, Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { LegalHolds } from '../legal-holds/legal-holds.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { offset } from '../common/list-query';
import { changedRows, sql } from '../common/sql';
import type { MergeListQuery } from './organisation-merge.requests';

interface Side {
  id: string;
  name: string;
  version: number;
  archived_at: Date | null;
  merged_into_id: string | null;
}

interface MergeRow {
  id: string;
  from_id: string;
  from_name: string;
  into_id: string;
  into_name: string;
  moved: MergeCounts;
  merged_at: Date;
  merged_by: string;
  merged_by_name: string | null;
}

const MERGE_SELECT = `SELECT m.id, m.from_id, f.name AS from_name, m.into_id, i.name AS into_name, m.moved, m.merged_at, m.merged_by, u.name AS merged_by_name
  FROM organisation_merges m JOIN organisations f ON f.id = m.from_id JOIN organisations i ON i.id = m.into_id LEFT JOIN users u ON u.id = m.merged_by`;

function toMerge(r: MergeRow): OrganisationMergeResponse {
  return { id: r.id, from: { id: r.from_id, name: r.from_name }, into: { id: r.into_id, name: r.into_name }, moved: r.moved, mergedAt: r.merged_at.toISOString(), mergedBy: r.merged_by, mergedByName: r.merged_by_name };
}

/**
 * Merges a duplicate organisation into the one to keep, in one transaction: everything that refers to the duplicate
 * moves; where both already have the same meeting or group, the two are combined into the kept one's; the duplicate
 * stays, archived and pointing at the kept one, so links and its history still read.
 */
@Injectable()
export class OrganisationMerge {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly holds: LegalHolds,
  ) {}

  async merge(fromId: string, version: number, intoId: string, user: AuthUser): Promise<OrganisationMergeResponse> {
    if (fromId === intoId) throw new Unprocessable('An organisation cannot be merged into itself.', [{ field: 'intoId', message: 'intoId must be another organisation' }]);
    return this.db.transaction(async (tx) => {
      // Both locked, in id order so two merges of the same pair cannot deadlock.
      const sides = await sql<Side>(tx, `SELECT id, name, version, archived_at, merged_into_id FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[fromId, intoId]]);
      const from = sides.find((s) => s.id === fromId);
      const into = sides.find((s) => s.id === intoId);
      if (!from) throw new NotFound('organisation', fromId);
      if (!into) throw new Unprocessable('The organisation to merge into does not exist.', [{ field: 'intoId', message: `no organisation with id ${intoId}` }]);
      if (from.version !== version) throw new StaleVersion('organisation', fromId, from.version);
      if (from.archived_at) throw new Conflict(`${from.name} is archived${from.merged_into_id ? ' (already merged)' : ''}: restore it before merging it.`);
      if (into.archived_at) throw new Unprocessable(`${into.name} is archived: merge into a current organisation.`, [{ field: 'intoId', message: 'intoId must be a current organisation' }]);

      await this.holds.assertNotHeld(tx, [{ entity: 'organisation', id: fromId }, { entity: 'organisation', id: intoId }], 'merged');
      const moved = await this.move(tx, fromId, intoId);
      await tx.query(`UPDATE organisations SET archived_at = now(), merged_into_id = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1`, [fromId, intoId, user.id]);
      const [{ id }] = await sql<{ id: string }>(tx, `INSERT INTO organisation_merges (from_id, into_id, moved, merged_by) VALUES ($1, $2, $3, $4) RETURNING id`, [fromId, intoId, JSON.stringify(moved), user.id]);
      await this.audit.record(tx, { actorId: user.id, entity: 'organisation', entityId: fromId, action: 'merged_into', details: { intoId, intoName: into.name, moved } });
      await this.audit.record(tx, { actorId: user.id, entity: 'organisation', entityId: intoId, action: 'merged_from', details: { fromId, fromName: from.name, moved } });
      const [row] = await sql<MergeRow>(tx, `${MERGE_SELECT} WHERE m.id = $1`, [id]);
      return toMerge(row as MergeRow);
    });
  }

  async list(query: MergeListQuery): Promise<Page<OrganisationMergeResponse>> {
    const [rows, [{ n }]] = await Promise.all([
      sql<MergeRow>(this.db, `${MERGE_SELECT} ORDER BY m.merged_at DESC, m.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM organisation_merges`),
    ]);
    return { items: rows.map(toMerge), page: query.page, pageSize: query.pageSize, total: n, totalIsLowerBound: false };
  }

  private async move(tx: EntityManager, from: string, into: string): Promise<MergeCounts> {
    const p = [from, into];
    const contacts = await changedRows(tx, `UPDATE contacts SET organisation_id = $2 WHERE organisation_id = $1`, p);
    // The same meeting attended by both: one attendance, "attended" if either attended.
    await tx.query(
      `UPDATE meeting_attendees k SET attendance = 'attended' FROM meeting_attendees d
        WHERE k.organisation_id = $2 AND d.organisation_id = $1 AND d.meeting_id = k.meeting_id AND d.attendance = 'attended'`,
      p,
    );
    const attendancesCombined = await changedRows(tx, `DELETE FROM meeting_attendees d USING meeting_attendees k WHERE d.organisation_id = $1 AND k.organisation_id = $2 AND k.meeting_id = d.meeting_id`, p);
    const attendances = await changedRows(tx, `UPDATE meeting_attendees SET organisation_id = $2 WHERE organisation_id = $1`, p);
    const positions = await changedRows(tx, `UPDATE positions SET organisation_id = $2 WHERE organisation_id = $1`, p);
    const actionsOwned = await changedRows(tx, `UPDATE actions SET owner_organisation_id = $2 WHERE owner_organisation_id = $1`, p);
    const actionsRaised = await changedRows(tx, `UPDATE actions SET raised_by_organisation_id = $2 WHERE raised_by_organisation_id = $1`, p);
    // A membership of a group the kept one was in at the same time adds nothing: it goes; the rest move.
    const membershipsCombined = await changedRows(
      tx,
      `DELETE FROM group_memberships d USING group_memberships k
        WHERE d.organisation_id = $1 AND k.organisation_id = $2 AND k.group_id = d.group_id
          AND daterange(k.joined_on, k.left_on, '[]') && daterange(d.joined_on, d.left_on, '[]')`,
      p,
    );
    const memberships = await changedRows(tx, `UPDATE group_memberships SET organisation_id = $2 WHERE organisation_id = $1`, p);
    return { contacts, attendances, attendancesCombined, positions, actionsOwned, actionsRaised, memberships, membershipsCombined };
  }
}
