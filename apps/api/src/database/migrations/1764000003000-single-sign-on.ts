import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users linked to their identity-provider subject; sign-in requests in flight (state, nonce, PKCE verifier). */
export class SingleSignOn1764000003000 implements MigrationInterface {
  name = 'SingleSignOn1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN oidc_subject text`);
    await q.query(`CREATE UNIQUE INDEX users_oidc_subject_key ON users (oidc_subject)`);
    await q.query(`
      CREATE TABLE oidc_requests (
        state text PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_requests`);
    await q.query(`DROP INDEX users_oidc_subject_key`);
    await q.query(`ALTER TABLE users DROP COLUMN oidc_subject`);
  }
}
