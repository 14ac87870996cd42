import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TRANSPARENCY_HEADING_KEYS, type TransparencyHeadings, type TransparencyHeadingsResponse } from '@send/contracts';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../../auth/auth-user';
import { StaleVersion, ValidationFailed } from '../../common/errors';
import { sql } from '../../common/sql';
import type { UpdateTransparencyHeadingsBody } from './transparency.requests';

const KEY = 'transparency_return_headings';

interface SettingRow {
  value: TransparencyHeadings;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

function toResponse(row: SettingRow): TransparencyHeadingsResponse {
  // Only the four known keys, in template order, whatever else the stored JSON holds.
  const headings = Object.fromEntries(TRANSPARENCY_HEADING_KEYS.map((k) => [k, row.value[k]])) as TransparencyHeadings;
  return { headings, version: row.version, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}

/** The return's column headings, stored in report_settings (seeded with the GOV.UK template's by the migration). */
@Injectable()
export class TransparencyHeadingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(db: DataSource | EntityManager = this.db): Promise<TransparencyHeadingsResponse> {
    const [row] = await sql<SettingRow>(db, `SELECT value, version, updated_at, updated_by FROM report_settings WHERE key = $1`, [KEY]);
    if (!row) throw new Error(`report_settings has no ${KEY} row: run the migrations`);
    return toResponse(row);
  }

  async update(version: number, body: UpdateTransparencyHeadingsBody, user: AuthUser): Promise<TransparencyHeadingsResponse> {
    const headings = Object.fromEntries(TRANSPARENCY_HEADING_KEYS.map((k) => [k, body[k]])) as TransparencyHeadings;
    // Two columns with one name would make the file ambiguous to whoever loads it.
    const seen = new Map<string, string>();
    const duplicates = TRANSPARENCY_HEADING_KEYS.filter((k) => {
      const name = headings[k].toLowerCase();
      if (seen.has(name)) return true;
      seen.set(name, k);
      return false;
    });
    if (duplicates.length) throw new ValidationFailed(duplicates.map((field) => ({ field, message: `${field} must differ from the other headings` })));

    return this.db.transaction(async (tx) => {
      const before = await this.get(tx);
      const [row] = await sql<SettingRow>(
        tx,
        `UPDATE report_settings SET value = $2, version = version + 1, updated_at = now(), updated_by = $3
          WHERE key = $1 AND version = $4 RETURNING value, version, updated_at, updated_by`,
        [KEY, JSON.stringify(headings), user.id, version],
      );
      if (!row) throw new StaleVersion('transparency return headings', KEY, before.version);
      const after = toResponse(row);
      await this.audit.record(tx, { actorId: user.id, entity: 'transparency_return_headings', entityId: null, action: 'updated', before: before.headings, after: after.headings });
      return after;
    });
  }
}
