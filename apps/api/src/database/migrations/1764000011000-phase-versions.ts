import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phases are versioned like every other edited record, so a change needs the version that was read (If-Match) and
 * two admins cannot overwrite each other's dates unseen.
 */
export class PhaseVersions1764000011000 implements MigrationInterface {
  name = 'PhaseVersions1764000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE phases
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_by uuid REFERENCES users(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE phases DROP COLUMN updated_by, DROP COLUMN updated_at, DROP COLUMN version`);
  }
}
