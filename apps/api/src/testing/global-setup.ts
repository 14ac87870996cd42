import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { createDatabaseIfMissing, withDatabase } from '../database/open-database';
import { migrateUp } from '../database/migrate';
import { ADMIN_URL_VAR, RUN_PREFIX_VAR, TEMPLATE_VAR } from './test-postgres';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var __sendTestTeardown: (() => Promise<void>) | undefined;
}

/**
 * Real PostgreSQL for the run: the server in DATABASE_URL if set, else an embedded one in a temporary directory.
 * Migrates one template database; each test file copies it, so every run and file starts fresh.
 */
export default async function globalSetup(): Promise<void> {
  // Test infrastructure, not the app; globalSetup also runs outside Jest's module mapping, so no config module here.
  const databaseUrl = process.env['DATABASE_URL']?.trim() || undefined;
  const prefix = `send_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let admin: string;
  let stop: () => Promise<void> = async () => undefined;
  if (databaseUrl) {
    admin = databaseUrl;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'send-test-pg-'));
    const server = await startEmbeddedPostgres(dir);
    admin = server.adminUrl;
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `${prefix}_template`;
  await createDatabaseIfMissing(admin, template);
  await migrateUp(withDatabase(admin, template));
  process.env[ADMIN_URL_VAR] = admin;
  process.env[TEMPLATE_VAR] = template;
  process.env[RUN_PREFIX_VAR] = prefix;
  globalThis.__sendTestTeardown = stop;
}
