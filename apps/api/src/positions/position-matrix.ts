import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganisationType, PositionMatrixCell, PositionMatrixResponse, PositionMatrixRow, Stance } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate } from '../common/dates';
import { SqlFilter, cappedTotal } from '../common/list-query';
import { containing } from '../common/list-page';
import { sql, type ReadSource } from '../common/sql';
import { latestFirst } from './position-order';
import type { PositionMatrixQuery } from './position.requests';

interface ColumnRow {
  id: string;
  title: string;
}

interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
}

interface CellRow {
  organisation_id: string;
  proposal_id: string;
  stance: Stance;
  stated_on: Date | string;
  id: string;
}

/**
 * The matrix counts its organisations exactly up to this many. Each one counted is an index probe into positions
 * (~5 µs at national scale): 10,001 of them took 40–70 ms, a thousand take ~5 ms, and fifty rows a page make a
 * thousand twenty pages, past which a reader narrows the filter rather than pages on.
 */
export const MATRIX_EXACT_TOTAL_LIMIT = 1_000;

/**
 * Organisations × proposals, each cell the current stance. Built in three small queries so it stays fast at
 * national scale: the columns; one page of organisations (name order, organisations_list_idx); then the current
 * positions of just those organisations on just those proposals.
 */
@Injectable()
export class PositionMatrix {
  constructor(private readonly db: DataSource) {}

  async build(query: PositionMatrixQuery, user: AuthUser, db: ReadSource = this.db): Promise<PositionMatrixResponse> {
    const proposals = await this.columns(query, db);
    const proposalIds = proposals.map((p) => p.id);
    const sees = seesSensitive(user);

    const f = new SqlFilter();
    f.where('o.archived_at IS NULL');
    if (query.organisationType) f.where(`o.type = ${f.param(query.organisationType)}`);
    if (query.q) f.where(`o.name ILIKE ${f.param(containing(query.q))}`);
    if (query.groupId) {
      const today = f.param(londonDate());
      f.where(`EXISTS (SELECT 1 FROM group_memberships gm WHERE gm.organisation_id = o.id AND gm.group_id = ${f.param(query.groupId)}
        AND gm.joined_on <= ${today}::date AND (gm.left_on IS NULL OR gm.left_on >= ${today}::date))`);
    }
    if (!query.includeEmpty) {
      // Only organisations with something (visible, in the phase) to show in these columns.
      const phase = query.phase ? `AND p.phase = ${f.param(query.phase)}` : '';
      f.where(`EXISTS (SELECT 1 FROM positions p WHERE p.organisation_id = o.id AND p.proposal_id = ANY(${f.param(proposalIds)}::uuid[])
        AND (${f.param(sees)} OR p.classification = 'OFFICIAL') ${phase})`);
    }
    const from = `FROM organisations o ${f.sql}`;
    // The total (up to 10,001 probes) runs beside the page and its cells rather than after them.
    const [rows, total] = await Promise.all([this.rows(query, from, f.params, proposalIds, sees, db), cappedTotal(db, from, f.params, MATRIX_EXACT_TOTAL_LIMIT)]);
    return { proposals, rows, page: query.page, pageSize: query.pageSize, ...total };
  }

  private async rows(query: PositionMatrixQuery, from: string, params: unknown[], proposalIds: string[], sees: boolean, db: ReadSource): Promise<PositionMatrixRow[]> {
    const organisations = await sql<OrganisationRow>(
      db,
      `SELECT o.id, o.name, o.type ${from} ORDER BY lower(o.name), o.id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const cells = await this.cells(organisations.map((o) => o.id), proposalIds, sees, query.phase, db);
    return organisations.map((o) => ({
      organisation: { id: o.id, name: o.name, type: o.type },
      cells: proposalIds.map((proposalId) => cells.get(`${o.id} ${proposalId}`) ?? null),
    }));
  }

  private columns(query: PositionMatrixQuery, db: ReadSource): Promise<ColumnRow[]> {
    const f = new SqlFilter();
    f.where(`pr.status <> 'dropped'`);
    if (query.themeId) f.where(`pr.theme_ids @> ARRAY[${f.param(query.themeId)}::uuid]`);
    if (query.proposalId?.length) f.where(`pr.id = ANY(${f.param(query.proposalId)}::uuid[])`);
    return sql<ColumnRow>(db, `SELECT pr.id, pr.title FROM proposals pr ${f.sql} ORDER BY lower(pr.title), pr.id`, f.params);
  }

  /**
   * The latest visible statement (within the phase, if given) per organisation × proposal, keyed "org proposal".
   * One LIMIT 1 probe of positions_pair_cover_idx per pair: at most 100 organisations × the columns.
   */
  private async cells(organisationIds: string[], proposalIds: string[], sees: boolean, phase: string | undefined, db: ReadSource): Promise<Map<string, PositionMatrixCell>> {
    const found = new Map<string, PositionMatrixCell>();
    if (!organisationIds.length || !proposalIds.length) return found;
    const params: unknown[] = [organisationIds, proposalIds, sees];
    const inPhase = phase ? `AND p.phase = $${params.push(phase)}` : '';
    const rows = await sql<CellRow>(
      db,
      `SELECT c.organisation_id, c.proposal_id, c.stance, c.stated_on, c.id
         FROM unnest($1::uuid[]) AS org(id)
        CROSS JOIN unnest($2::uuid[]) AS pro(id)
        CROSS JOIN LATERAL (
          SELECT p.organisation_id, p.proposal_id, p.stance, p.stated_on, p.id
            FROM positions p
           WHERE p.organisation_id = org.id AND p.proposal_id = pro.id AND ($3 OR p.classification = 'OFFICIAL') ${inPhase}
           ORDER BY ${latestFirst('p')}
           LIMIT 1) c`,
      params,
    );
    for (const row of rows) {
      found.set(`${row.organisation_id} ${row.proposal_id}`, { proposalId: row.proposal_id, stance: row.stance, statedOn: dateOnly(row.stated_on) ?? '', positionId: row.id });
    }
    return found;
  }
}
