import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows from any statement. TypeORM's query() answers UPDATE/DELETE with `[rows, rowCount]` but other statements with
 * the rows alone; rows are objects, never arrays, so the two cannot be confused.
 */
export async function sql<Row>(db: DataSource | EntityManager, text: string, params: unknown[] = []): Promise<Row[]> {
  const result: unknown = await db.query(text, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}
