import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schedule's defaults, per kind of record: [record type, name, months, clock, action, reason]. */
const DEFAULTS: [string, string, number, string, string, string][] = [
  [
    'meeting',
    'Minutes of meetings with external stakeholders on policy',
    240,
    'meeting_date',
    'preserve',
    'Records of how policy was made with stakeholders may have historical value: at 20 years they are appraised for selection for permanent preservation at The National Archives (Public Records Act 1958).',
  ],
  [
    'action',
    'Actions and commitments arising from meetings',
    84,
    'action_closed',
    'delete',
    'Operational follow-up: kept for 7 years after it is closed in case it is needed for audit or challenge, then destroyed.',
  ],
  [
    'contact',
    'Stakeholder contacts (personal data)',
    72,
    'last_engagement',
    'anonymise',
    'UK GDPR storage limitation: a person’s details are kept while we engage with them; 6 years after the last engagement they are removed, and the organisation’s attendance stays counted.',
  ],
  [
    'information_request',
    'FOI, EIR and subject access case files',
    36,
    'request_closed',
    'delete',
    'The National Archives’ guidance for access to information case files: 3 years after the case closes. An appeal or complaint is kept longer by placing a legal hold.',
  ],
];

/**
 * The retention schedule (one admin-editable rule per kind of record) and the record of what disposal removed,
 * anonymised or selected for preservation. A disposal row keeps the reference and the rule, never the content.
 */
export class Retention1764000019000 implements MigrationInterface {
  name = 'Retention1764000019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_type text NOT NULL UNIQUE CHECK (record_type IN ('meeting','action','contact','information_request')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        period_months integer NOT NULL CHECK (period_months BETWEEN 1 AND 1200),
        clock_starts text NOT NULL CHECK (clock_starts IN ('meeting_date','action_closed','last_engagement','request_closed')),
        action text NOT NULL CHECK (action IN ('delete','anonymise','preserve')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        -- What each kind can be disposed by (RETENTION_ACTIONS_FOR): a meeting is never deleted, a contact only anonymised.
        CHECK ((record_type, action) IN (('meeting','preserve'),('action','delete'),('action','preserve'),('contact','anonymise'),('information_request','delete'),('information_request','preserve')))
      )`);
    for (const [recordType, name, months, clock, action, reason] of DEFAULTS) {
      await q.query(`INSERT INTO retention_rules (record_type, name, period_months, clock_starts, action, reason) VALUES ($1, $2, $3, $4, $5, $6)`, [recordType, name, months, clock, action, reason]);
    }
    await q.query(`
      CREATE TABLE retention_disposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL,
        record_type text NOT NULL CHECK (record_type IN ('meeting','action','contact','information_request')),
        record_id uuid NOT NULL,
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 300),
        outcome text NOT NULL CHECK (outcome IN ('deleted','anonymised','selected_for_preservation')),
        rule_id uuid NOT NULL REFERENCES retention_rules(id),
        rule_version integer NOT NULL,
        period_months integer NOT NULL,
        due_on date NOT NULL,
        disposed_at timestamptz NOT NULL DEFAULT now(),
        disposed_by uuid NOT NULL REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX retention_disposals_recent_idx ON retention_disposals (disposed_at DESC, id)`);
    // A record selected for preservation leaves the review list for good: this answers "already reviewed?".
    await q.query(`CREATE UNIQUE INDEX retention_disposals_preserved_idx ON retention_disposals (record_type, record_id) WHERE outcome = 'selected_for_preservation'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_disposals`);
    await q.query(`DROP TABLE retention_rules`);
  }
}
