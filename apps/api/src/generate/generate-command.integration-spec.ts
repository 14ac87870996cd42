import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';
import { generate, parseGenerateArgs } from './generate-command';
import { SCALES, type GenerateContext } from './generate-context';
import { organisationInserts } from './organisations';

const TABLES = ['organisations', 'contacts', 'meetings', 'actions', 'positions'] as const;

describe('db:generate', () => {
  let db: TestDatabase;
  let client: Client;
  const lines: string[] = [];
  const run = (force = false) => generate(db.url, { scale: 'small', force, indexes: 'all' }, (line) => lines.push(line));
  const one = async <T>(text: string): Promise<T> => (await client.query(text)).rows[0] as T;
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).n])));
  const indexes = async () => (await client.query(`SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = ANY('{positions,actions,meetings}'::regclass[]) ORDER BY 1`)).rows.map((r) => r.name);

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('fills an empty database at the scale asked for, with every index back, vacuumed, and references that continue', async () => {
    const before = await indexes();
    await run();
    const small = SCALES.small;
    expect(await counts()).toEqual({ organisations: small.organisations, contacts: small.contacts, meetings: small.meetings, actions: small.actions, positions: small.positions });
    expect(await indexes()).toEqual(before);
    const { vacuumed } = await one<{ vacuumed: number }>(`SELECT count(*)::int AS vacuumed FROM pg_stat_user_tables WHERE relname = ANY('{positions,actions}') AND last_vacuum IS NOT NULL`);
    expect(vacuumed).toBe(2);
    // Every attendance carries its meeting's start (kept by triggers elsewhere; supplied here in bulk).
    expect(await one(`SELECT count(*)::int AS n FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE a.meeting_starts_at IS DISTINCT FROM m.starts_at`)).toEqual({ n: 0 });
    expect(await one(`SELECT nextval('action_reference_seq')::int AS next`)).toEqual({ next: small.actions + 1 });
    expect(lines.some((line) => line.startsWith('Done in'))).toBe(true);
  });

  it('refuses a database that has records unless told to replace them, and then makes the same data again', async () => {
    const first = await one<{ sum: string }>(`SELECT md5(string_agg(id::text || stance || stated_on, ',' ORDER BY id)) AS sum FROM positions`);
    await expect(run()).rejects.toThrow(/already has 200 organisations: refusing/);
    await run(true);
    expect(await counts()).toMatchObject({ organisations: SCALES.small.organisations, positions: SCALES.small.positions });
    expect(await one(`SELECT md5(string_agg(id::text || stance || stated_on, ',' ORDER BY id)) AS sum FROM positions`)).toEqual(first);
  });

  it('names every one of the 100,000 organisations of the 5x scale uniquely', async () => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ id: string }>(`INSERT INTO users (email, name, role, password_hash) VALUES ('names-5x@example.test', 'Names', 'recorder', 'unused') RETURNING id`);
      const ctx = { scale: SCALES['5x'], firstDay: '2025-09-01', users: { recorder: [rows[0].id] } } as unknown as GenerateContext;
      await client.query(`TRUNCATE organisations CASCADE`);
      for (const insert of organisationInserts(ctx)) await client.query(insert);
      expect(await one(`SELECT count(*)::int AS n, count(DISTINCT lower(name))::int AS names FROM organisations`)).toEqual({ n: 100_000, names: 100_000 });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('reads its options', () => {
    expect(parseGenerateArgs(['--scale', 'small'])).toEqual({ scale: 'small', force: false, indexes: 'all' });
    expect(parseGenerateArgs(['--scale=national', '--force', '--indexes', 'keep'])).toEqual({ scale: 'national', force: true, indexes: 'keep' });
    expect(parseGenerateArgs(['--scale', '5x'])).toEqual({ scale: '5x', force: false, indexes: 'all' });
    expect(() => parseGenerateArgs([])).toThrow('--scale is required');
    expect(() => parseGenerateArgs(['--scale', 'huge'])).toThrow('--scale must be one of national, 5x, small');
    expect(() => parseGenerateArgs(['--scale', 'small', '--fast'])).toThrow('Unknown option --fast');
  });
});
