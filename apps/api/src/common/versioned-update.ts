import type { EntityManager } from 'typeorm';
import { NotFound, StaleVersion } from './errors';
import { sql } from './sql';

/**
 * `UPDATE … WHERE id = $1 AND version = $2 RETURNING *`: TypeORM's version column does not guard writes, so this
 * does. No row back means missing (404) or changed since it was read (412, with the current version).
 * `set` maps column names (from code, never from input) to values.
 */
export async function updateIfVersion<Row>(
  tx: EntityManager,
  table: string,
  entity: string,
  id: string,
  version: number,
  actorId: string,
  set: Record<string, unknown>,
): Promise<Row> {
  const columns = Object.keys(set);
  const params: unknown[] = [id, version, actorId, ...columns.map((c) => set[c])];
  const assignments = columns.map((column, i) => `${column} = $${i + 4}`);
  const rows = await sql<Row>(
    tx,
    `UPDATE ${table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING *`,
    params,
  );
  if (rows[0]) return rows[0];
  const [current] = await tx.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  if (!current) throw new NotFound(entity, id);
  throw new StaleVersion(entity, id, current.version);
}

/** The columns to write for the request fields that were sent (undefined = leave alone, null = clear). */
export function columnsFrom<Body extends object>(body: Body, columns: Partial<Record<keyof Body, string>>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns) as [string, string][]) {
    const value = (body as Record<string, unknown>)[field];
    if (value !== undefined) set[column] = value;
  }
  return set;
}
