import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging a duplicate organisation into another: the duplicate is kept (archived, pointing at the one to use) so
 * old links and its audit history still read, and each merge is recorded with what it moved, for review.
 */
export class OrganisationMerges1764000015000 implements MigrationInterface {
  name = 'OrganisationMerges1764000015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN merged_into_id uuid REFERENCES organisations(id)`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_merged_archived CHECK (merged_into_id IS NULL OR (archived_at IS NOT NULL AND merged_into_id <> id))`);
    await q.query(`
      CREATE TABLE organisation_merges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_id uuid NOT NULL REFERENCES organisations(id),
        into_id uuid NOT NULL REFERENCES organisations(id),
        moved jsonb NOT NULL,
        merged_at timestamptz NOT NULL DEFAULT now(),
        merged_by uuid NOT NULL REFERENCES users(id),
        CHECK (from_id <> into_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_merges_from_idx ON organisation_merges (from_id)`);
    await q.query(`CREATE INDEX organisation_merges_recent_idx ON organisation_merges (merged_at DESC, id)`);
    // Contacts' email domains, for the duplicate check's "same email domain".
    await q.query(`CREATE INDEX contacts_email_domain_idx ON contacts (lower(split_part(email, '@', 2))) WHERE email IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contacts_email_domain_idx`);
    await q.query(`DROP TABLE organisation_merges`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_merged_archived`);
    await q.query(`ALTER TABLE organisations DROP COLUMN merged_into_id`);
  }
}
