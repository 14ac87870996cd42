import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { sql } from '../common/sql';
import { RETENTION_HOURS } from '../common/idempotency.interceptor';
import { IDLE_TIMEOUT_MS } from '../auth/session.store';
import { THROTTLE_WINDOW_MS } from '../auth/sign-in-throttle';
import { REQUEST_TTL_MINUTES } from '../auth/oidc.service';
import type { Job } from './job';

export const HOUSEKEEPING_JOB = 'housekeeping';
/** Long enough to see what scheduled work did over the last month. */
export const JOB_RUNS_RETENTION_DAYS = 30;

async function purge(db: DataSource, statement: string, params: unknown[]): Promise<number> {
  const [row] = await sql<{ n: number }>(db, `WITH gone AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM gone`, params);
  return row?.n ?? 0;
}

/**
 * Purges what has expired and would otherwise grow without bound. Each purge removes exactly what its owner already
 * refuses, measured on the owner's own clock (the application clock for sessions and sign-in failures, the database's
 * for Idempotency-Keys and single sign-on requests), so a purge never changes an answer, only the table's size.
 */
export function housekeepingJob(db: DataSource, clock: Clock, everyMs: number): Job {
  return {
    name: HOUSEKEEPING_JOB,
    everyMs,
    run: async () => {
      const now = clock.now().getTime();
      // The session store refuses a session once expires_at or the idle timeout has passed (session.store.ts resolve).
      const sessions = await purge(db, `DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2`, [new Date(now), new Date(now - IDLE_TIMEOUT_MS)]);
      const idempotencyKeys = await purge(db, `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [RETENTION_HOURS]);
      // The throttle counts failures within one window; it keeps two, as its own clean-up does.
      const signInFailures = await purge(db, `DELETE FROM sign_in_failures WHERE failed_at < $1`, [new Date(now - 2 * THROTTLE_WINDOW_MS)]);
      const singleSignOnRequests = await purge(db, `DELETE FROM oidc_requests WHERE created_at < now() - make_interval(mins => $1)`, [REQUEST_TTL_MINUTES]);
      const jobRuns = await purge(db, `DELETE FROM job_runs WHERE started_at < $1`, [new Date(now - JOB_RUNS_RETENTION_DAYS * 86_400_000)]);
      return { sessions, idempotencyKeys, signInFailures, singleSignOnRequests, jobRuns };
    },
  };
}
