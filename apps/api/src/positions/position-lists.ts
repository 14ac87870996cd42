import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, PositionResponse } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { ValidationFailed } from '../common/errors';
import { SqlFilter, cappedTotal, offset } from '../common/list-query';
import { sql, type ReadSource } from '../common/sql';
import { POSITION_COLUMNS, POSITION_JOINS, toPositionResponse, type PositionRow } from './position.mapper';
import { isLatest, positionOrder } from './position-order';
import type { ListExport } from '../exports/list-export';
import { positionExport } from './position-export';
import type { PositionExportQuery, PositionListQuery } from './position.requests';

interface Conditions {
  f: SqlFilter;
  /** Which statements count at all, for a table alias: visibility, phase and dates. */
  window: (alias: string) => string[];
  /** Conditions on `p` itself: its pair, its source, its stance, its words. */
  own: string[];
}

function conditions(query: PositionListQuery, user: AuthUser): Conditions {
  if (query.from && query.to && query.from > query.to) throw new ValidationFailed([{ field: 'to', message: 'to must be on or after from' }]);
  const f = new SqlFilter();
  // For a viewer, sensitive statements do not exist: the "current" one is the latest they may see.
  const sees = f.param(seesSensitive(user));
  const phase = query.phase && f.param(query.phase);
  const from = query.from && f.param(query.from);
  const to = query.to && f.param(query.to);
  const window = (a: string) => [
    `(${sees} OR ${a}.classification = 'OFFICIAL')`,
    ...(phase ? [`${a}.phase = ${phase}`] : []),
    ...(from ? [`${a}.stated_on >= ${from}::date`] : []),
    ...(to ? [`${a}.stated_on <= ${to}::date`] : []),
  ];
  const own: string[] = [];
  if (query.organisationId) own.push(`p.organisation_id = ${f.param(query.organisationId)}`);
  if (query.proposalId) own.push(`p.proposal_id = ${f.param(query.proposalId)}`);
  if (query.themeId) own.push(`p.proposal_id IN (SELECT t.id FROM proposals t WHERE t.theme_ids @> ARRAY[${f.param(query.themeId)}::uuid])`);
  if (query.meetingId) own.push(`p.meeting_id = ${f.param(query.meetingId)}`);
  if (query.stance?.length) own.push(`p.stance = ANY(${f.param(query.stance)}::text[])`);
  if (query.q) own.push(`p.search @@ websearch_to_tsquery('english', ${f.param(query.q)})`);
  return { f, window, own };
}

function where(parts: string[]): string {
  return `WHERE ${parts.join(' AND ')}`;
}

@Injectable()
export class PositionLists {
  constructor(private readonly db: DataSource) {}

  /** Every statement matching the filters; for one organisation and proposal, that pair's history, newest first. */
  async list(query: PositionListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<PositionResponse>> {
    const { f, window, own } = conditions(query, user);
    return this.page(query, user, where([...window('p'), ...own]), f.params, db);
  }

  /**
   * The current statement of each organisation × proposal pair: the latest among those the window lets count (so
   * `phase=consultation` gives the latest said during the consultation). The other filters then apply to it.
   * Written as "no later statement exists" rather than DISTINCT ON: the newest-first page then walks
   * positions_recent_idx and probes positions_pair_cover_idx for a handful of rows, where DISTINCT ON has to rank every
   * pair first (7 ms against 4 s unfiltered at 2M positions; 20 ms against 530 ms for one proposal).
   */
  async current(query: PositionListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<PositionResponse>> {
    const { f, window, own } = conditions(query, user);
    return this.page(query, user, where([...window('p'), ...own, isLatest(window('n'))]), f.params, db);
  }

  /** Every statement the list (or, with `current`, the current list) would show, as a file. */
  exportSource(query: PositionExportQuery, user: AuthUser): ListExport<PositionRow, PositionResponse> {
    const { f, window, own } = conditions(query, user);
    const filter = where([...window('p'), ...own, ...(query.current ? [isLatest(window('n'))] : [])]);
    const text = `SELECT ${POSITION_COLUMNS} FROM positions p ${POSITION_JOINS} ${filter} ORDER BY ${positionOrder(query.sort)}`;
    return positionExport(text, filter, f.params, seesSensitive(user), query.current === true);
  }

  private async page(query: PositionListQuery, user: AuthUser, filter: string, params: unknown[], db: ReadSource): Promise<Page<PositionResponse>> {
    const order = positionOrder(query.sort);
    const rows = await sql<PositionRow>(
      db,
      `SELECT ${POSITION_COLUMNS} FROM positions p ${POSITION_JOINS} ${filter} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset(query)}`,
      params,
    );
    const sees = seesSensitive(user);
    // The total needs no display joins: every position has its organisation and proposal.
    const total = await cappedTotal(db, `FROM positions p ${filter}`, params);
    return { items: rows.map((row) => toPositionResponse(row, sees)), page: query.page, pageSize: query.pageSize, ...total };
  }
}
