import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../database/open-database';

/** Set by the global setup for the test workers: where the run's server and template database are. */
export const ADMIN_URL_VAR = 'SEND_TEST_ADMIN_URL';
export const TEMPLATE_VAR = 'SEND_TEST_TEMPLATE_DB';
export const RUN_PREFIX_VAR = 'SEND_TEST_RUN_PREFIX';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function runSetting(name: string): string {
  // Test infrastructure, not the app: the app reads its environment only through the config module.
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through the api Jest config (global setup).`);
  return value;
}

export function adminUrl(): string {
  return runSetting(ADMIN_URL_VAR);
}

/** A database of its own for one test file: an instant copy of the run's migrated template, or empty. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const admin = adminUrl();
  const name = `${runSetting(RUN_PREFIX_VAR)}_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(admin, name, options.empty ? undefined : runSetting(TEMPLATE_VAR));
  return { name, url: withDatabase(admin, name), drop: () => dropDatabase(admin, name) };
}

/** Drops every database this run created (a crashed file may have left its own behind). */
export async function dropRunDatabases(admin: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of rows) await dropDatabase(admin, datname);
  } finally {
    await client.end();
  }
}
