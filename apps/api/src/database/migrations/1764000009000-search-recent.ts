import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search reads each type's newest records first (see search-sql.ts): organisations need an index in that order, as
 * meetings (starts_at), positions (stated_on, created_at) and actions (created_at) already have.
 */
export class SearchRecent1764000009000 implements MigrationInterface {
  name = 'SearchRecent1764000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX organisations_updated_idx ON organisations (updated_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organisations_updated_idx`);
  }
}
