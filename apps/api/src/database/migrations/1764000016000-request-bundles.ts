import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request's bundle: the records gathered to answer it, each with what was decided (disclose, withhold, partly) and
 * the exemption relied on. Items point at live records (record_id is text: audit events have bigint ids); the
 * record's own access rules still apply when the bundle is read.
 */
export class RequestBundles1764000016000 implements MigrationInterface {
  name = 'RequestBundles1764000016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE information_request_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES information_requests(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('meeting','position','action','contact','audit_event')),
        record_id text NOT NULL,
        found_by text NOT NULL CHECK (length(found_by) BETWEEN 1 AND 300),
        decision text NOT NULL DEFAULT 'undecided' CHECK (decision IN ('undecided','disclose','withhold','partly_withhold')),
        exemption text CHECK (length(exemption) <= 40),
        note text CHECK (length(note) <= 2000),
        version integer NOT NULL DEFAULT 1,
        added_at timestamptz NOT NULL DEFAULT now(),
        added_by uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        UNIQUE (request_id, kind, record_id),
        CHECK (decision NOT IN ('withhold','partly_withhold') OR exemption IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX information_request_items_request_idx ON information_request_items (request_id, kind, added_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE information_request_items`);
  }
}
