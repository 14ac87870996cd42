import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRACKED = `
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users(id),
  updated_by uuid NOT NULL REFERENCES users(id)`;

/**
 * The register of FOI, EIR and subject access requests. `deadline` is stored (recomputed by the service whenever what
 * it depends on changes) so that "due this week" and "overdue" are index range scans; it is null while the clock is
 * stopped for clarification.
 */
export class InformationRequests1764000014000 implements MigrationInterface {
  name = 'InformationRequests1764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE information_request_reference_seq`);
    await q.query(`
      CREATE TABLE information_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE DEFAULT 'REQ-' || lpad(nextval('information_request_reference_seq')::text, 4, '0'),
        type text NOT NULL CHECK (type IN ('foi','eir','sar')),
        received_on date NOT NULL,
        requester_name text NOT NULL CHECK (length(requester_name) BETWEEN 1 AND 200),
        requester_email text CHECK (length(requester_email) <= 320),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
        owner_user_id uuid REFERENCES users(id),
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','searching','drafting','cleared','responded','withdrawn')),
        extension_months integer NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
        extension_reason text CHECK (length(extension_reason) <= 2000),
        deadline date,
        responded_on date,
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN ('OFFICIAL','OFFICIAL_SENSITIVE')),
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', reference), 'A') || setweight(to_tsvector('english', summary), 'B')) STORED,
        CHECK (extension_months = 0 OR (type = 'sar' AND extension_reason IS NOT NULL)),
        CHECK (status <> 'responded' OR responded_on IS NOT NULL),
        CHECK (responded_on IS NULL OR responded_on >= received_on)
      )`);
    await q.query(`CREATE INDEX information_requests_deadline_idx ON information_requests (deadline, id) WHERE status NOT IN ('responded','withdrawn')`);
    await q.query(`CREATE INDEX information_requests_owner_idx ON information_requests (owner_user_id, deadline)`);
    await q.query(`CREATE INDEX information_requests_received_idx ON information_requests (received_on DESC, id)`);
    await q.query(`CREATE INDEX information_requests_search_idx ON information_requests USING gin (search)`);

    await q.query(`
      CREATE TABLE information_request_pauses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES information_requests(id) ON DELETE CASCADE,
        from_on date NOT NULL,
        to_on date,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        CHECK (to_on IS NULL OR to_on >= from_on)
      )`);
    await q.query(`CREATE INDEX information_request_pauses_request_idx ON information_request_pauses (request_id, from_on)`);
    // At most one stop of the clock open at a time.
    await q.query(`CREATE UNIQUE INDEX information_request_pauses_open_idx ON information_request_pauses (request_id) WHERE to_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE information_request_pauses`);
    await q.query(`DROP TABLE information_requests`);
    await q.query(`DROP SEQUENCE information_request_reference_seq`);
  }
}
