import { dropRunDatabases } from './test-postgres';
import { ADMIN_URL_VAR, RUN_PREFIX_VAR } from './test-postgres';

export default async function globalTeardown(): Promise<void> {
  const admin = process.env[ADMIN_URL_VAR];
  const prefix = process.env[RUN_PREFIX_VAR];
  if (admin && prefix) await dropRunDatabases(admin, prefix);
  await globalThis.__sendTestTeardown?.();
}
