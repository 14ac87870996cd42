import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Legal holds: while one is in place its record (and, for an organisation, its contacts) is kept exactly as it is. */
export class LegalHolds1764000017000 implements MigrationInterface {
  name = 'LegalHolds1764000017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entity text NOT NULL CHECK (entity IN ('organisation','contact','meeting','information_request')),
        entity_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        placed_at timestamptz NOT NULL DEFAULT now(),
        placed_by uuid NOT NULL REFERENCES users(id),
        released_at timestamptz,
        released_by uuid REFERENCES users(id),
        release_reason text CHECK (length(release_reason) <= 1000),
        CHECK ((released_at IS NULL) = (released_by IS NULL))
      )`);
    // One hold in place per record; released ones stay as history.
    await q.query(`CREATE UNIQUE INDEX legal_holds_active_idx ON legal_holds (entity, entity_id) WHERE released_at IS NULL`);
    await q.query(`CREATE INDEX legal_holds_recent_idx ON legal_holds (placed_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_holds`);
  }
}
