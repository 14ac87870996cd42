import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRACKED = `
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users(id),
  updated_by uuid NOT NULL REFERENCES users(id)`;

/**
 * The Parliament and public register: committee reports and their recommendations, petitions, the White Paper and
 * its consultation, each with the department's response and what in the record bears on it. `response_due` is
 * stored (the service derives it by rule) so "overdue" and "due soon" are range scans.
 */
export class Parliament1764000018000 implements MigrationInterface {
  name = 'Parliament1764000018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE parliamentary_reference_seq`);
    await q.query(`
      CREATE TABLE parliamentary_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE DEFAULT 'PAR-' || lpad(nextval('parliamentary_reference_seq')::text, 4, '0'),
        kind text NOT NULL CHECK (kind IN ('committee_report','petition','white_paper','consultation')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
        published_on date NOT NULL,
        closes_on date,
        url text CHECK (length(url) <= 2000),
        summary text CHECK (length(summary) <= 20000),
        petition_number integer UNIQUE CHECK (petition_number > 0),
        signatures integer CHECK (signatures >= 0),
        signatures_counted_on date,
        petition_response_due date,
        response_due date,
        response_status text NOT NULL DEFAULT 'not_started' CHECK (response_status IN ('not_started','drafting','in_clearance','published')),
        response_text text CHECK (length(response_text) <= 20000),
        responded_on date,
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN ('OFFICIAL','OFFICIAL_SENSITIVE')),
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', reference), 'A') || setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', source), 'B') || setweight(to_tsvector('english', coalesce(summary, '')), 'C')) STORED,
        CHECK (kind = 'petition' OR (petition_number IS NULL AND signatures IS NULL AND signatures_counted_on IS NULL AND petition_response_due IS NULL)),
        CHECK (closes_on IS NULL OR closes_on >= published_on),
        CHECK (response_status <> 'published' OR (responded_on IS NOT NULL AND response_text IS NOT NULL)),
        CHECK (responded_on IS NULL OR responded_on >= published_on)
      )`);
    await q.query(`CREATE INDEX parliamentary_items_due_idx ON parliamentary_items (response_due, id) WHERE response_status <> 'published'`);
    await q.query(`CREATE INDEX parliamentary_items_published_idx ON parliamentary_items (published_on DESC, id)`);
    await q.query(`CREATE INDEX parliamentary_items_search_idx ON parliamentary_items USING gin (search)`);

    await q.query(`
      CREATE TABLE parliamentary_recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES parliamentary_items(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number BETWEEN 1 AND 10000),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
        answer text NOT NULL DEFAULT 'not_yet_answered' CHECK (answer IN ('not_yet_answered','accepted','partly_accepted','not_accepted','under_consideration')),
        answer_text text CHECK (length(answer_text) <= 20000),
        ${TRACKED},
        UNIQUE (item_id, number)
      )`);

    // One column per kind of record, so each link is a real foreign key; a deleted record takes its links with it.
    await q.query(`
      CREATE TABLE parliamentary_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES parliamentary_items(id) ON DELETE CASCADE,
        recommendation_id uuid REFERENCES parliamentary_recommendations(id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposals(id) ON DELETE CASCADE,
        position_id uuid REFERENCES positions(id) ON DELETE CASCADE,
        meeting_id uuid REFERENCES meetings(id) ON DELETE CASCADE,
        action_id uuid REFERENCES actions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        CHECK (num_nonnulls(proposal_id, position_id, meeting_id, action_id) = 1)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX parliamentary_links_once_idx ON parliamentary_links (
        item_id, coalesce(recommendation_id, '00000000-0000-0000-0000-000000000000'), coalesce(proposal_id, position_id, meeting_id, action_id))`);
    await q.query(`CREATE INDEX parliamentary_links_proposal_idx ON parliamentary_links (proposal_id) WHERE proposal_id IS NOT NULL`);
    await q.query(`CREATE INDEX parliamentary_links_position_idx ON parliamentary_links (position_id) WHERE position_id IS NOT NULL`);
    await q.query(`CREATE INDEX parliamentary_links_meeting_idx ON parliamentary_links (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX parliamentary_links_action_idx ON parliamentary_links (action_id) WHERE action_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE parliamentary_links`);
    await q.query(`DROP TABLE parliamentary_recommendations`);
    await q.query(`DROP TABLE parliamentary_items`);
    await q.query(`DROP SEQUENCE parliamentary_reference_seq`);
  }
}
