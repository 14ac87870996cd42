import type { DataSource } from 'typeorm';

/**
 * Adds a row straight to a tracked table (created_by/updated_by set to `actorId`) and returns its id: for seeding
 * what a test reads, where going through the API is not what is under test.
 */
export async function insertRow(db: DataSource, table: string, values: Record<string, unknown>, actorId: string): Promise<string> {
  const columns = Object.keys(values);
  const [row] = await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}, created_by, updated_by)
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${columns.length + 1}, $${columns.length + 1}) RETURNING id`,
    [...Object.values(values), actorId],
  );
  return row.id;
}
