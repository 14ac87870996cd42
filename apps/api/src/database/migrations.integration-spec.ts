import { Client } from 'pg';
import { migrations } from './migrations';
import { migrateDown, migrateUp } from './migrate';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';

async function userTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase({ empty: true })));
  afterAll(() => db.drop());

  it('go up on an empty database, all the way down, and up again', async () => {
    expect(await userTables(db.url)).toEqual([]);
    expect(await migrateUp(db.url)).toHaveLength(migrations.length);
    const tables = await userTables(db.url);
    expect(tables).toContain('users');

    expect(await migrateDown(db.url, Infinity)).toBe(migrations.length);
    expect(await userTables(db.url)).toEqual([]);

    expect(await migrateUp(db.url)).toHaveLength(migrations.length);
    expect(await userTables(db.url)).toEqual(tables);
    expect(await migrateUp(db.url)).toEqual([]);
  });
});
