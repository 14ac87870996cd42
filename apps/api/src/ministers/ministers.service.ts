import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MinisterListResponse, MinisterResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFound } from '../common/errors';
import { uniqueConflict } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { MINISTER_COLUMNS, toMinisterResponse, type MinisterRow } from './minister.mapper';
import type { CreateMinisterBody, MinisterListQuery, UpdateMinisterBody } from './minister.requests';

const NAME_TAKEN = 'A minister with this name already exists.';
const NAME_INDEX = 'ministers_name_key';

const COLUMNS: Record<keyof UpdateMinisterBody, string> = { name: 'name', active: 'active' };

/** The managed list of ministers that meetings refer to. */
@Injectable()
export class MinistersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A short list: no paging. Active ministers first, then by name. */
  async list(query: MinisterListQuery): Promise<MinisterListResponse> {
    const rows = await sql<MinisterRow>(
      this.db,
      `SELECT ${MINISTER_COLUMNS} FROM ministers WHERE ($1 OR active) ORDER BY active DESC, lower(name), id`,
      [query.includeInactive === true],
    );
    return { items: rows.map(toMinisterResponse) };
  }

  async get(id: string): Promise<MinisterResponse> {
    return toMinisterResponse(await this.row(this.db, id));
  }

  async create(body: CreateMinisterBody, user: AuthUser): Promise<MinisterResponse> {
    return this.db.transaction(async (tx) => {
      const [row] = await sql<MinisterRow>(
        tx,
        `INSERT INTO ministers (name, created_by, updated_by) VALUES ($1, $2, $2) RETURNING ${MINISTER_COLUMNS}`,
        [body.name, user.id],
      ).catch((error: unknown) => uniqueConflict(error, NAME_INDEX, 'name', NAME_TAKEN));
      const created = toMinisterResponse(row);
      await this.audit.record(tx, { actorId: user.id, entity: 'minister', entityId: created.id, action: 'created', after: created });
      return created;
    });
  }

  async update(id: string, version: number, body: UpdateMinisterBody, user: AuthUser): Promise<MinisterResponse> {
    rejectNulls(body, ['name', 'active']);
    return this.db.transaction(async (tx) => {
      const before = toMinisterResponse(await this.row(tx, id));
      const row = await updateIfVersion<MinisterRow>(tx, 'ministers', 'minister', id, version, user.id, columnsFrom(body, COLUMNS)).catch((error: unknown) =>
        uniqueConflict(error, NAME_INDEX, 'name', NAME_TAKEN),
      );
      const after = toMinisterResponse(row);
      await this.audit.record(tx, { actorId: user.id, entity: 'minister', entityId: id, action: 'updated', before, after });
      return after;
    });
  }

  private async row(db: DataSource | EntityManager, id: string): Promise<MinisterRow> {
    const [row] = await sql<MinisterRow>(db, `SELECT ${MINISTER_COLUMNS} FROM ministers WHERE id = $1`, [id]);
    if (!row) throw new NotFound('minister', id);
    return row;
  }
}
