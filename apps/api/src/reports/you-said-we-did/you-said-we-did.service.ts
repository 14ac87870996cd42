import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POINT_STANCES, type YouSaidWeDidResponse } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../../auth/auth-user';
import { londonDate } from '../../common/dates';
import { sql } from '../../common/sql';
import { csvText } from '../../exports/csv';
import { fileName } from '../../exports/download';
import type { Marking } from '../../exports/marking';
import { youSaidCsvRows } from './you-said-we-did.csv';
import { groupByTheme, youSaidMarking, type ThemeName, type YouSaidRow } from './you-said-we-did.mapper';
import type { YouSaidWeDidQuery } from './you-said-we-did.requests';
import { YOU_SAID_SQL } from './you-said-we-did.sql';

/** Organisation × proposal pairs on one page: enough for a principle; the whole picture is the CSV's job. */
export const PAGE_PAIRS = 500;
/** The CSV holds every pair up to this many. */
export const FILE_PAIRS = 50_000;

export interface YouSaidFile {
  name: string;
  marking: Marking;
  text: string;
}

@Injectable()
export class YouSaidWeDidService {
  constructor(private readonly db: DataSource) {}

  async report(query: YouSaidWeDidQuery, user: AuthUser): Promise<YouSaidWeDidResponse> {
    const [rows, themes] = await Promise.all([this.rows(query, user, PAGE_PAIRS + 1), this.themes()]);
    const shown = rows.slice(0, PAGE_PAIRS);
    return {
      marking: youSaidMarking(shown),
      themes: groupByTheme(shown, themes, query.themeId),
      entries: shown.length,
      answered: shown.filter((r) => r.answers.length > 0).length,
      truncated: rows.length > PAGE_PAIRS,
    };
  }

  async file(query: YouSaidWeDidQuery, user: AuthUser): Promise<YouSaidFile> {
    const [rows, themes] = await Promise.all([this.rows(query, user, FILE_PAIRS), this.themes()]);
    const marking = youSaidMarking(rows);
    return { name: fileName('you-said-we-did', londonDate(), marking, 'csv'), marking, text: csvText(youSaidCsvRows(rows, themes)) };
  }

  private rows(query: YouSaidWeDidQuery, user: AuthUser, limit: number): Promise<YouSaidRow[]> {
    return sql<YouSaidRow>(this.db, YOU_SAID_SQL, [seesSensitive(user), [...POINT_STANCES], query.proposalId ?? null, query.themeId ?? null, limit]);
  }

  private themes(): Promise<ThemeName[]> {
    return sql<ThemeName>(this.db, `SELECT id, name FROM themes ORDER BY position, id`);
  }
}
