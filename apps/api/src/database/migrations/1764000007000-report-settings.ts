import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settings of reports that change with a published template, edited by admins. One row per setting, versioned like
 * any record so two admins cannot overwrite each other unseen.
 */
export class ReportSettings1764000007000 implements MigrationInterface {
  name = 'ReportSettings1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    await q.query(`INSERT INTO report_settings (key, value) VALUES ('transparency_return_headings', $1)`, [
      JSON.stringify({ minister: 'Minister', date: 'Date', organisations: 'Name of organisation or individual', purpose: 'Purpose of meeting' }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_settings`);
  }
}
