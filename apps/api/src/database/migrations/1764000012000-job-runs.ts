import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled work runs on every instance, but each job runs once per time slot: the instance whose insert of
 * (job, slot) succeeds runs it, and the row records who ran it, when, and how it ended.
 */
export class JobRuns1764000012000 implements MigrationInterface {
  name = 'JobRuns1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_runs (
        job text NOT NULL CHECK (length(job) BETWEEN 1 AND 100),
        slot timestamptz NOT NULL,
        instance text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        outcome text NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'succeeded', 'failed')),
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (job, slot)
      )`);
    // Old runs are purged by age.
    await q.query(`CREATE INDEX job_runs_started_idx ON job_runs (started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_runs`);
  }
}
