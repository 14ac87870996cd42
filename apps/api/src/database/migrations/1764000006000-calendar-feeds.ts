import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One secret calendar feed link per user. Only a SHA-256 hash of the secret is kept, so a copy of the database cannot
 * be used to read anyone's calendar; the unique index is the lookup by hash.
 */
export class CalendarFeeds1764000006000 implements MigrationInterface {
  name = 'CalendarFeeds1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        secret_hash text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
  }
}
