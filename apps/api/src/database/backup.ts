import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { createDatabaseIfMissing, quoteIdent, withDatabase } from './open-database';

/** The server's major version, e.g. 15. */
async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]?.v) / 10_000);
  } finally {
    await client.end();
  }
}

function clientMajor(binary: string): number | undefined {
  try {
    const printed = execFileSync(binary, ['--version'], { encoding: 'utf8' });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(printed);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * pg_dump and pg_restore of the server's own major version: PG_BIN_DIR if set, then Debian's per-version directory,
 * then PATH. A newer client could dump an older server, but its archive may not restore into that server again.
 */
export function findClient(tool: 'pg_dump' | 'pg_restore', major: number, binDir = process.env['PG_BIN_DIR']): string {
  const candidates = [binDir && join(binDir, tool), `/usr/lib/postgresql/${major}/bin/${tool}`, tool].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    if (candidate.includes('/') && !existsSync(candidate)) continue;
    if (clientMajor(candidate) === major) return candidate;
  }
  throw new Error(
    `No ${tool} for PostgreSQL ${major} found (looked in ${candidates.join(', ')}). ` +
      `Install the client (Debian: apt-get install postgresql-client-${major}) or set PG_BIN_DIR to its bin directory.`,
  );
}

function run(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${binary} exited with ${code}: ${errors.trim()}`))));
  });
}

/** A consistent snapshot of the whole database in pg_dump's custom format (-Fc). */
export async function backupDatabase(url: string, file: string): Promise<string> {
  const pgDump = findClient('pg_dump', await serverMajor(url));
  mkdirSync(dirname(file), { recursive: true });
  await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
  return file;
}

/**
 * Restores a backup into `database` on the same server, creating it when missing. Refuses a database that already
 * has tables: a restore never mixes with live data. All or nothing (one transaction).
 */
export async function restoreDatabase(url: string, file: string, database: string): Promise<string> {
  if (!existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const pgRestore = findClient('pg_restore', await serverMajor(url));
  await createDatabaseIfMissing(url, database);
  const target = withDatabase(url, database);
  const client = new Client({ connectionString: target });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if ((rows[0]?.n ?? 0) > 0) throw new Error(`The database ${quoteIdent(database)} already has tables: restore into a new database.`);
  } finally {
    await client.end();
  }
  await run(pgRestore, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${target}`, file]);
  return target;
}

export function defaultBackupFile(dataDir: string, now = new Date()): string {
  return join(dataDir, 'backups', `send-tracker-${now.toISOString().replace(/[:.]/g, '-')}.dump`);
}
