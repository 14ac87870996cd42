import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ThemeListResponse, ThemeResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFound } from '../common/errors';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { THEME_COLUMNS, toThemeResponse, type ThemeRow } from './theme.mapper';
import type { UpdateThemeBody } from './theme.requests';

const COLUMNS: Record<keyof UpdateThemeBody, string> = { name: 'name', summary: 'summary' };

/** The five principles: a fixed list (the migration creates them), so only their wording can change. */
@Injectable()
export class ThemesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ThemeListResponse> {
    const rows = await sql<ThemeRow>(this.db, `SELECT ${THEME_COLUMNS} FROM themes t ORDER BY t.position, t.id`);
    return { items: rows.map(toThemeResponse) };
  }

  async get(id: string): Promise<ThemeResponse> {
    return toThemeResponse(await this.row(this.db, id));
  }

  async update(id: string, version: number, body: UpdateThemeBody, user: AuthUser): Promise<ThemeResponse> {
    rejectNulls(body, ['name', 'summary']);
    return this.db.transaction(async (tx) => {
      const before = toThemeResponse(await this.row(tx, id, true));
      const after = toThemeResponse(await updateIfVersion<ThemeRow>(tx, 'themes', 'theme', id, version, user.id, columnsFrom(body, COLUMNS)));
      await this.audit.record(tx, { actorId: user.id, entity: 'theme', entityId: id, action: 'updated', before, after });
      return after;
    });
  }

  /** `forUpdate` locks the row so the audited "before" is the state the update replaces. */
  private async row(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<ThemeRow> {
    const [row] = await sql<ThemeRow>(db, `SELECT ${THEME_COLUMNS} FROM themes t WHERE t.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFound('theme', id);
    return row;
  }
}
