import type { DataSource, EntityManager } from 'typeorm';
import type { Phase } from '@send/contracts';
import { sql } from './sql';

/**
 * The reform's phase on a date, from the managed list of phase start dates: the latest phase started by then (the
 * first phase for anything earlier).
 */
export async function phaseOn(db: DataSource | EntityManager, date: string): Promise<Phase> {
  const [row] = await sql<{ key: Phase }>(
    db,
    `SELECT key FROM phases ORDER BY (starts_on <= $1::date) DESC, CASE WHEN starts_on <= $1::date THEN starts_on END DESC NULLS LAST, starts_on ASC LIMIT 1`,
    [date],
  );
  return row.key;
}
