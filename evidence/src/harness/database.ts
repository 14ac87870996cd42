import { randomBytes } from 'node:crypto';
import { onServer, withDatabase } from './cluster';
import { ADMIN_URL_VAR, runSetting } from './mode';

export interface FreshDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** An empty database of its own on the run's server (DATABASE_URL's, or the run's embedded cluster). */
export async function freshDatabase(adminUrl = runSetting(ADMIN_URL_VAR)): Promise<FreshDatabase> {
  const name = `send_evidence_${randomBytes(5).toString('hex')}`;
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Row count of every table in the public schema, for "nothing was stored" comparisons. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return onServer(url, async (client) => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      const { rows: n } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`);
      counts[table_name] = n[0]?.n ?? 0;
    }
    return counts;
  });
}
