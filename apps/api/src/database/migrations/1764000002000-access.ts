import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who created and last changed each user; failed sign-ins by account and address, shared by every instance. */
export class Access1764000002000 implements MigrationInterface {
  name = 'Access1764000002000';

  async up(q: QueryRunner): Promise<void> {
    // Nullable: the first admin is created by the service itself.
    await q.query(`ALTER TABLE users ADD COLUMN created_by uuid REFERENCES users(id), ADD COLUMN updated_by uuid REFERENCES users(id)`);
    await q.query(`
      CREATE TABLE sign_in_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_failures_key_idx ON sign_in_failures (key, failed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_failures`);
    await q.query(`ALTER TABLE users DROP COLUMN created_by, DROP COLUMN updated_by`);
  }
}
