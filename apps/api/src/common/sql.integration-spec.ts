import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';
import { inSnapshot, onOneConnection, sql, statement } from './sql';

describe('sql, onOneConnection and inSnapshot', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url, 2).initialize();
    await ds.query(`CREATE TABLE counters (n int NOT NULL)`);
    await ds.query(`INSERT INTO counters VALUES (1)`);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('gives rows for reads and for writes with RETURNING, outside and inside a transaction', async () => {
    expect(await sql<{ n: number }>(ds, `SELECT n FROM counters`)).toEqual([{ n: 1 }]);
    expect(await sql(ds, `UPDATE counters SET n = n + 1 RETURNING n`)).toEqual([{ n: 2 }]);
    expect(await ds.transaction((tx) => sql(tx, `UPDATE counters SET n = n - 1 RETURNING n`))).toEqual([{ n: 1 }]);
    expect(await sql(ds, `UPDATE counters SET n = n`)).toEqual([]);
  });

  it('reads one snapshot however others write meanwhile, with settings that end with it', async () => {
    const seen = await inSnapshot(ds, async (query) => {
      await query(`SELECT set_config('statement_timeout', '1234', true)`);
      const before = await query<{ n: number }>(`SELECT n FROM counters`);
      await sql(ds, `UPDATE counters SET n = 10`);
      const after = await query<{ n: number }>(`SELECT n FROM counters`);
      const [{ timeout }] = await query<{ timeout: string }>(`SELECT current_setting('statement_timeout') AS timeout`);
      return { before: before[0].n, after: after[0].n, timeout };
    });
    expect(seen).toEqual({ before: 1, after: 1, timeout: '1234ms' });
    expect(await sql(ds, `SELECT n FROM counters`)).toEqual([{ n: 10 }]);
    const [{ timeout }] = await sql<{ timeout: string }>(ds, `SELECT current_setting('statement_timeout') AS timeout`);
    expect(timeout).toBe('0');
  });

  it('refuses writes, rolls back on error and gives its connection back', async () => {
    await expect(inSnapshot(ds, (query) => query(`UPDATE counters SET n = 0`))).rejects.toThrow(/read-only transaction/);
    await expect(inSnapshot(ds, (query) => query(`SELECT 1/0`))).rejects.toThrow(/division by zero/);
    // The pool holds two connections: had either failure kept one, or left it inside a transaction, these would hang
    // or fail.
    const results = await Promise.all([1, 2, 3, 4].map(() => inSnapshot(ds, (query) => query<{ one: number }>(`SELECT 1 AS one`))));
    expect(results.flat()).toEqual([{ one: 1 }, { one: 1 }, { one: 1 }, { one: 1 }]);
    expect(await sql(ds, `SELECT n FROM counters`)).toEqual([{ n: 10 }]);
  });

  it("runs a request's statements on one connection and gives it back whatever happens", async () => {
    const pids = await onOneConnection(ds, async (query) => {
      const seen: number[] = [];
      for (const n of [1, 2, 3]) seen.push((await query<{ pid: number }>(`SELECT pg_backend_pid() AS pid, $1::int AS n`, [n]))[0].pid);
      return seen;
    });
    expect(new Set(pids).size).toBe(1);
    // Work that fails, in SQL or in code, still returns the connection: with a pool of two, four more calls finish.
    await expect(onOneConnection(ds, (query) => query(`SELECT 1/0`))).rejects.toThrow(/division by zero/);
    await expect(
      onOneConnection(ds, async () => {
        throw new Error('not found');
      }),
    ).rejects.toThrow('not found');
    const ones = await Promise.all([1, 2, 3, 4].map(() => onOneConnection(ds, (query) => query<{ one: number }>(`SELECT 1 AS one`))));
    expect(ones.flat()).toEqual([{ one: 1 }, { one: 1 }, { one: 1 }, { one: 1 }]);
    // sql() takes such a connection too, so shared helpers (a capped total) run on it.
    expect(await onOneConnection(ds, (query) => sql<{ n: number }>(query, `SELECT 7 AS n`))).toEqual([{ n: 7 }]);
  });

  it('prepares a statement with parameters once per connection and reuses it', async () => {
    const text = `SELECT n + $1::int AS m FROM counters`;
    const seen = await onOneConnection(ds, async (query) => {
      const first = await query<{ m: number }>(text, [1]);
      const second = await query<{ m: number }>(text, [2]);
      const prepared = await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1`, [text]);
      return { first: first[0].m - second[0].m, prepared: prepared[0].n };
    });
    expect(seen).toEqual({ first: -1, prepared: 1 });
  });

  it('names only the first 256 distinct texts with parameters, so a server connection keeps a bounded set', () => {
    const names = Array.from({ length: 300 }, (_, i) => statement(`SELECT $1::int + ${i}`, [1]).name);
    const named = names.filter(Boolean);
    expect(named.length).toBeLessThanOrEqual(256);
    expect(named.length).toBeGreaterThan(200);
    expect(new Set(named).size).toBe(named.length);
    expect(names.slice(-10).every((n) => n === undefined)).toBe(true);
    expect(statement(`SELECT 1`, []).name).toBeUndefined();
  });
});
