import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ORGANISATION_TYPES, type CoverageByMinister, type CoverageByType, type CoverageResponse } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../../auth/auth-user';
import { londonDate } from '../../common/dates';
import { ValidationFailed } from '../../common/errors';
import { sql, type ReadSource } from '../../common/sql';
import { toGrid, toStances, type GridRow, type StanceRow } from './coverage.mapper';
import type { CoverageQuery } from './coverage.requests';
import { BY_MINISTER_SQL, BY_TYPE_SQL, GRID_SQL, MONTHS_SQL, SENSITIVE_SQL, STANCES_SQL } from './coverage.sql';

/** Ten years of months is plenty for a reform programme, and keeps the month series bounded. */
const MAX_DAYS = 3_660;

interface MonthRow {
  month: string;
  meetings: number;
  actions_opened: number;
  actions_closed: number;
}

@Injectable()
export class CoverageService {
  constructor(private readonly db: DataSource) {}

  async report(query: CoverageQuery, user: AuthUser, db: ReadSource = this.db): Promise<CoverageResponse> {
    const { from, to } = await this.range(query, db);
    const sensitive = seesSensitive(user);
    const params = [sensitive, from, to];
    const [grid, byType, byMinister, months, stances, themes, marked] = await Promise.all([
      sql<GridRow>(db, GRID_SQL, params),
      sql<CoverageByType>(db, BY_TYPE_SQL, [...params, [...ORGANISATION_TYPES]]),
      sql<CoverageByMinister & { minister_id: string }>(db, BY_MINISTER_SQL, params),
      sql<MonthRow>(db, MONTHS_SQL, params),
      sql<StanceRow>(db, STANCES_SQL, params),
      sql<{ id: string; name: string }>(db, `SELECT id, name FROM themes ORDER BY position, id`),
      sensitive ? sql<{ sensitive: boolean }>(db, SENSITIVE_SQL, params) : Promise.resolve([{ sensitive: false }]),
    ]);
    return {
      from,
      to,
      marking: marked[0].sensitive ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
      themes,
      ...toGrid(grid),
      byOrganisationType: byType.map((r) => ({ type: r.type, organisations: r.organisations, meetings: r.meetings, attendances: r.attendances })),
      byMinister: byMinister.map((r) => ({ ministerId: r.minister_id, name: r.name, meetings: r.meetings, organisations: r.organisations })),
      months: months.map((r) => ({ month: r.month, meetings: r.meetings, actionsOpened: r.actions_opened, actionsClosed: r.actions_closed })),
      stances: stances.map(toStances),
    };
  }

  /** Default: from the start of the first reform phase to today in London. */
  private async range(query: CoverageQuery, db: ReadSource): Promise<{ from: string; to: string }> {
    const to = query.to ?? londonDate();
    const from = query.from ?? (await sql<{ first: string }>(db, `SELECT to_char(min(starts_on), 'YYYY-MM-DD') AS first FROM phases`))[0].first;
    if (from > to) throw new ValidationFailed([{ field: 'from', message: 'from must be on or before to' }]);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days > MAX_DAYS) throw new ValidationFailed([{ field: 'to', message: 'The range can be at most 10 years' }]);
    return { from, to };
  }
}
