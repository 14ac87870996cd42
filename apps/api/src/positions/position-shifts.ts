import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PHASES,
  STANCE_SCALE,
  type OrganisationType,
  type Phase,
  type PositionMatrixCell,
  type PositionMove,
  type PositionMovesResponse,
  type Stance,
  type StanceByPhaseResponse,
  type StanceByPhaseRow,
} from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate } from '../common/dates';
import { NotFound, ValidationFailed } from '../common/errors';
import { SqlFilter } from '../common/list-query';
import { sql } from '../common/sql';
import { latestFirst } from './position-order';
import type { PositionMoveQuery, StanceByPhaseQuery } from './position-shifts.requests';

/** The period a move is looked for in when none is given: about a quarter. */
export const DEFAULT_MOVE_DAYS = 90;

interface PhaseCellRow {
  proposal_id: string;
  title: string;
  phase: Phase;
  stance: Stance;
  stated_on: Date | string;
  id: string;
}

interface MoveRow {
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationType;
  proposal_id: string;
  proposal_title: string;
  before_stance: Stance;
  before_on: Date | string;
  before_id: string;
  after_stance: Stance;
  after_on: Date | string;
  after_id: string;
  steps: number | null;
  total: number;
}

const SCALE = `ARRAY[${STANCE_SCALE.map((s) => `'${s}'`).join(',')}]::text[]`;

function cell(proposalId: string, stance: Stance, statedOn: Date | string, positionId: string): PositionMatrixCell {
  return { proposalId, stance, statedOn: dateOnly(statedOn) ?? '', positionId };
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** How stances shift: one organisation's phase by phase, and every pair's over a period. */
@Injectable()
export class PositionShifts {
  constructor(private readonly db: DataSource) {}

  /** The latest statement the reader may see in each phase, per proposal the organisation has spoken on. */
  async byPhase(query: StanceByPhaseQuery, user: AuthUser): Promise<StanceByPhaseResponse> {
    const [organisation] = await sql<{ id: string; name: string }>(this.db, `SELECT id, name FROM organisations WHERE id = $1`, [query.organisationId]);
    if (!organisation) throw new NotFound('organisation', query.organisationId);
    if (query.proposalId && !(await sql(this.db, `SELECT 1 FROM proposals WHERE id = $1`, [query.proposalId])).length) throw new NotFound('proposal', query.proposalId);
    const [phases, cells] = await Promise.all([
      sql<{ key: Phase; name: string }>(this.db, `SELECT key, name FROM phases ORDER BY array_position($1::text[], key)`, [PHASES]),
      sql<PhaseCellRow>(
        this.db,
        `SELECT DISTINCT ON (p.proposal_id, p.phase) p.proposal_id, pr.title, p.phase, p.stance, p.stated_on, p.id
           FROM positions p JOIN proposals pr ON pr.id = p.proposal_id
          WHERE p.organisation_id = $1 AND ($2::uuid IS NULL OR p.proposal_id = $2) AND ($3 OR p.classification = 'OFFICIAL')
          ORDER BY p.proposal_id, p.phase, ${latestFirst('p')}`,
        [query.organisationId, query.proposalId ?? null, seesSensitive(user)],
      ),
    ]);
    const rows = new Map<string, StanceByPhaseRow>();
    for (const c of cells) {
      const row = rows.get(c.proposal_id) ?? { proposal: { id: c.proposal_id, title: c.title }, cells: phases.map(() => null) };
      row.cells[phases.findIndex((p) => p.key === c.phase)] = cell(c.proposal_id, c.stance, c.stated_on, c.id);
      rows.set(c.proposal_id, row);
    }
    const byTitle = [...rows.values()].sort((a, b) => a.proposal.title.localeCompare(b.proposal.title, 'en-GB') || a.proposal.id.localeCompare(b.proposal.id));
    return { organisation, phases, rows: byTitle };
  }

  /**
   * Pairs whose current stance on the period's last day differs from the day before it began. Only pairs with a
   * statement in the period can have moved, and the latest of those is the stance at the end; the stance before is one
   * probe of the pair's covering index. A pair first heard from in the period has no "before": it is new, not moved.
   * At national scale a quarter holds ~115k such pairs: about half a second (bench (f)), so the page asks only on request.
   */
  async moves(query: PositionMoveQuery, user: AuthUser): Promise<PositionMovesResponse> {
    const to = query.to ?? londonDate();
    const from = query.from ?? daysBefore(to, DEFAULT_MOVE_DAYS - 1);
    if (from > to) throw new ValidationFailed([{ field: 'to', message: 'to must be on or after from' }]);
    const f = new SqlFilter();
    const sees = f.param(seesSensitive(user));
    const visible = (a: string) => `(${sees} OR ${a}.classification = 'OFFICIAL')`;
    const [fromParam, toParam] = [f.param(from), f.param(to)];
    f.where(`p.stated_on BETWEEN ${fromParam}::date AND ${toParam}::date`).where(visible('p'));
    if (query.proposalId) f.where(`p.proposal_id = ${f.param(query.proposalId)}`);
    if (query.themeId) f.where(`p.proposal_id IN (SELECT t.id FROM proposals t WHERE t.theme_ids @> ARRAY[${f.param(query.themeId)}::uuid])`);
    const organisations = query.organisationType ? `AND o.type = ${f.param(query.organisationType)}` : '';
    const before = `SELECT q.stance, q.stated_on, q.id FROM positions q
        WHERE q.organisation_id = a.organisation_id AND q.proposal_id = a.proposal_id AND ${visible('q')} AND q.stated_on < ${fromParam}::date
        ORDER BY ${latestFirst('q')} LIMIT 1`;
    // The pair's latest statement in the period is its stance at the end of it: one pass, then one probe per pair.
    const rows = await sql<MoveRow>(
      this.db,
      `WITH a AS (SELECT DISTINCT ON (p.organisation_id, p.proposal_id) p.organisation_id, p.proposal_id, p.stance, p.stated_on, p.id
                    FROM positions p ${f.sql} ORDER BY p.organisation_id, p.proposal_id, ${latestFirst('p')})
       SELECT o.id AS organisation_id, o.name AS organisation_name, o.type AS organisation_type, pr.id AS proposal_id, pr.title AS proposal_title,
              b.stance AS before_stance, b.stated_on AS before_on, b.id AS before_id, a.stance AS after_stance, a.stated_on AS after_on, a.id AS after_id,
              array_position(${SCALE}, b.stance) - array_position(${SCALE}, a.stance) AS steps, count(*) OVER ()::int AS total
         FROM a
         JOIN organisations o ON o.id = a.organisation_id AND o.archived_at IS NULL ${organisations}
         JOIN proposals pr ON pr.id = a.proposal_id
        CROSS JOIN LATERAL (${before}) b
        WHERE a.stance <> b.stance
        ORDER BY abs(array_position(${SCALE}, b.stance) - array_position(${SCALE}, a.stance)) DESC NULLS LAST, a.stated_on DESC, lower(o.name), lower(pr.title), o.id, pr.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      f.params,
    );
    const items: PositionMove[] = rows.map((r) => ({
      organisation: { id: r.organisation_id, name: r.organisation_name, type: r.organisation_type },
      proposal: { id: r.proposal_id, title: r.proposal_title },
      before: cell(r.proposal_id, r.before_stance, r.before_on, r.before_id),
      after: cell(r.proposal_id, r.after_stance, r.after_on, r.after_id),
      steps: r.steps,
    }));
    // A page past the end has no rows to carry the window count: it is then counted on its own.
    const total = rows[0]?.total ?? (query.page > 1 ? await this.count(query, user, from, to) : 0);
    return { from, to, items, page: query.page, pageSize: query.pageSize, total, totalIsLowerBound: false };
  }

  private async count(query: PositionMoveQuery, user: AuthUser, from: string, to: string): Promise<number> {
    return (await this.moves({ ...query, from, to, page: 1, pageSize: 1 }, user)).total;
  }
}
