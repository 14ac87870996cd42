import { Client } from 'pg';
import { createDataSource } from './data-source';

// Several instances may start together against one server: only one migrates at a time.
const MIGRATION_LOCK = 7_420_001;

async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

/** Applies pending migrations; returns the names applied. */
export function migrateUp(url: string): Promise<string[]> {
  return withMigrationLock(url, async () => {
    const ds = await createDataSource(url, 2).initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  });
}

/** Reverts the latest `steps` migrations (all of them with `Infinity`); returns how many were reverted. */
export function migrateDown(url: string, steps = 1): Promise<number> {
  return withMigrationLock(url, async () => {
    const ds = await createDataSource(url, 2).initialize();
    let reverted = 0;
    try {
      while (reverted < steps) {
        const done = await ds.query(`SELECT to_regclass('migrations') IS NOT NULL AND EXISTS (SELECT 1 FROM migrations) AS has`);
        if (!done[0].has) break;
        await ds.undoLastMigration({ transaction: 'each' });
        reverted += 1;
      }
      return reverted;
    } finally {
      await ds.destroy();
    }
  });
}
