import { DataSource, type EntityManager } from 'typeorm';
import type { Pool } from 'pg';

/**
 * Rows from any statement. Outside a transaction the statement goes straight to the driver's pool: TypeORM's query()
 * would build and release a query runner around it, which on a list request costs as much as reading the rows. In a
 * transaction it runs on the transaction's connection. TypeORM's query() answers UPDATE/DELETE with
 * `[rows, rowCount]` but other statements with the rows alone; rows are objects, never arrays, so the two cannot be
 * confused.
 */
export async function sql<Row>(db: DataSource | EntityManager, text: string, params: unknown[] = []): Promise<Row[]> {
  if (db instanceof DataSource) return (await poolOf(db).query(text, params)).rows as Row[];
  const result: unknown = await db.query(text, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}

function poolOf(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}
