import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns every mutable record carries. */
const TRACKED = `
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users(id),
  updated_by uuid NOT NULL REFERENCES users(id)`;

const REGION = `'north_east','north_west','yorkshire_and_the_humber','east_midlands','west_midlands','east_of_england','london','south_east','south_west','national'`;
const PHASE = `'national_conversation','white_paper','consultation','government_response','implementation'`;
const CLASSIFICATION = `'OFFICIAL','OFFICIAL_SENSITIVE'`;

const PRINCIPLES: [string, string, string][] = [
  ['early_intervention', 'Early intervention', "Support in place earlier in a child's life, when it can make most difference."],
  ['local_provision', 'Local provision', 'Children able to learn at a school close to home alongside their peers, with special provision for complex needs.'],
  ['fairness', 'Fairness', 'Every school resourced and able to meet changing needs, with clear legal safeguards, so parents do not have to fight for support.'],
  ['effective_practice', 'Effective practice', 'Practice grounded in evidence, aimed at good long-term outcomes.'],
  ['shared_working', 'Shared working', 'Education, health and care working in partnership with local government, families, teachers, experts and representative bodies.'],
];

export class Records1764000001000 implements MigrationInterface {
  name = 'Records1764000001000';

  async up(q: QueryRunner): Promise<void> {
    // Sessions live in PostgreSQL so several API instances can serve one user.
    await q.query(`
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    // Append-only: the database itself refuses to change or remove history.
    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id),
        entity text NOT NULL,
        entity_id uuid,
        action text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb,
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN (${CLASSIFICATION})),
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);

    await q.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '',
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        updated_by uuid REFERENCES users(id)
      )`);
    for (const [index, [key, name, summary]] of PRINCIPLES.entries()) {
      await q.query(`INSERT INTO themes (key, name, summary, position) VALUES ($1, $2, $3, $4)`, [key, name, summary, index + 1]);
    }

    await q.query(`
      CREATE TABLE phases (
        key text PRIMARY KEY CHECK (key IN (${PHASE})),
        name text NOT NULL,
        starts_on date NOT NULL UNIQUE
      )`);
    await q.query(`
      INSERT INTO phases (key, name, starts_on) VALUES
        ('national_conversation', 'National conversation', '2025-09-01'),
        ('white_paper', 'White Paper', '2026-02-23'),
        ('consultation', 'Consultation', '2026-02-24'),
        ('government_response', 'Government response', '2026-05-19'),
        ('implementation', 'Implementation', '2026-09-01')`);

    await q.query(`
      CREATE TABLE ministers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        updated_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX ministers_name_key ON ministers (lower(name))`);
    await q.query(`INSERT INTO ministers (name) VALUES ('Secretary of State for Education'), ('Minister for School Standards')`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '',
        theme_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'under_discussion' CHECK (status IN ('under_discussion','in_white_paper','in_consultation','dropped')),
        ${TRACKED}
      )`);
    await q.query(`CREATE UNIQUE INDEX proposals_title_key ON proposals (lower(title))`);

    // array_to_string is only STABLE; for text[] it is in fact immutable, which generated columns need.
    await q.query(`CREATE FUNCTION immutable_array_to_string(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND name = btrim(name)),
        type text NOT NULL CHECK (type IN ('parent_carer_forum','national_parent_group','charity','sector_body','professional_body','union','local_authority','health_body','education_provider','research_body','advisory_group','government_body','other')),
        regions text[] NOT NULL DEFAULT '{}' CHECK (regions <@ ARRAY[${REGION}]::text[]),
        website text,
        description text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        relationship_owner_id uuid REFERENCES users(id),
        archived_at timestamptz,
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', name), 'A') ||
          setweight(to_tsvector('english', description), 'C') ||
          setweight(to_tsvector('english', immutable_array_to_string(tags)), 'B')) STORED
      )`);
    await q.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);
    await q.query(`CREATE INDEX organisations_type_idx ON organisations (type, lower(name)) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX organisations_list_idx ON organisations (lower(name)) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX organisations_regions_idx ON organisations USING gin (regions)`);
    await q.query(`CREATE INDEX organisations_search_idx ON organisations USING gin (search)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL DEFAULT '',
        email text,
        phone text,
        notes text NOT NULL DEFAULT '',
        anonymised_at timestamptz,
        ${TRACKED}
      )`);
    await q.query(`CREATE INDEX contacts_organisation_idx ON contacts (organisation_id, lower(name))`);

    await q.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        ${TRACKED}
      )`);
    await q.query(`CREATE UNIQUE INDEX groups_name_key ON groups (lower(name))`);
    await q.query(`
      CREATE TABLE group_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        joined_on date NOT NULL,
        left_on date CHECK (left_on IS NULL OR left_on >= joined_on),
        reason text NOT NULL DEFAULT '',
        ${TRACKED}
      )`);
    await q.query(`CREATE INDEX group_memberships_group_idx ON group_memberships (group_id, organisation_id)`);
    await q.query(`CREATE INDEX group_memberships_organisation_idx ON group_memberships (organisation_id)`);

    await q.query(`CREATE SEQUENCE meeting_reference_seq`);
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE DEFAULT 'MTG-' || lpad(nextval('meeting_reference_seq')::text, 4, '0'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        type text NOT NULL CHECK (type IN ('development_group','regional_event','online_event','listening_session','bilateral','roundtable','written_submission')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz CHECK (ends_at IS NULL OR ends_at >= starts_at),
        region text CHECK (region IN (${REGION})),
        online boolean NOT NULL DEFAULT false,
        location text NOT NULL DEFAULT '',
        group_id uuid REFERENCES groups(id),
        official_ids uuid[] NOT NULL DEFAULT '{}',
        theme_ids uuid[] NOT NULL DEFAULT '{}',
        agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
        summary text NOT NULL DEFAULT '',
        purpose text NOT NULL DEFAULT '',
        no_official_present boolean NOT NULL DEFAULT false,
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN (${CLASSIFICATION})),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','agreed')),
        status_reason text,
        phase text NOT NULL CHECK (phase IN (${PHASE})),
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', summary), 'B') ||
          setweight(to_tsvector('english', purpose), 'B') ||
          setweight(jsonb_to_tsvector('english', agenda, '["string"]'), 'C')) STORED
      )`);
    await q.query(`CREATE INDEX meetings_starts_idx ON meetings (starts_at DESC)`);
    await q.query(`CREATE INDEX meetings_status_idx ON meetings (status, starts_at DESC)`);
    await q.query(`CREATE INDEX meetings_group_idx ON meetings (group_id, starts_at DESC)`);
    await q.query(`CREATE INDEX meetings_themes_idx ON meetings USING gin (theme_ids)`);
    await q.query(`CREATE INDEX meetings_officials_idx ON meetings USING gin (official_ids)`);
    await q.query(`CREATE INDEX meetings_search_idx ON meetings USING gin (search)`);
    await q.query(`
      CREATE TABLE meeting_ministers (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        minister_id uuid NOT NULL REFERENCES ministers(id),
        PRIMARY KEY (meeting_id, minister_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_attendees (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        attendance text NOT NULL CHECK (attendance IN ('attended','apologies')),
        position integer NOT NULL,
        PRIMARY KEY (meeting_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX meeting_attendees_organisation_idx ON meeting_attendees (organisation_id, meeting_id)`);

    await q.query(`
      CREATE TABLE positions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        stance text NOT NULL CHECK (stance IN ('support','support_with_conditions','neutral','concerns','oppose','unclear')),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
        quote text,
        meeting_id uuid REFERENCES meetings(id),
        stated_on date NOT NULL,
        phase text NOT NULL CHECK (phase IN (${PHASE})),
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN (${CLASSIFICATION})),
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', summary), 'B') ||
          setweight(to_tsvector('english', coalesce(quote, '')), 'A')) STORED
      )`);
    // The current position of a pair is its latest statement: this index answers it without sorting.
    await q.query(`CREATE INDEX positions_pair_idx ON positions (organisation_id, proposal_id, stated_on DESC, created_at DESC)`);
    await q.query(`CREATE INDEX positions_proposal_idx ON positions (proposal_id, stated_on DESC)`);
    await q.query(`CREATE INDEX positions_meeting_idx ON positions (meeting_id)`);
    await q.query(`CREATE INDEX positions_recent_idx ON positions (stated_on DESC, created_at DESC)`);
    await q.query(`CREATE INDEX positions_search_idx ON positions USING gin (search)`);

    await q.query(`CREATE SEQUENCE action_reference_seq`);
    await q.query(`
      CREATE TABLE actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE DEFAULT 'ACT-' || lpad(nextval('action_reference_seq')::text, 4, '0'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        meeting_id uuid REFERENCES meetings(id),
        owner_user_id uuid REFERENCES users(id),
        owner_organisation_id uuid REFERENCES organisations(id),
        due_on date,
        priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('low','medium','high')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','blocked','done','cancelled')),
        kind text NOT NULL DEFAULT 'action' CHECK (kind IN ('action','ministerial_commitment')),
        raised_by_organisation_id uuid REFERENCES organisations(id),
        proposal_ids uuid[] NOT NULL DEFAULT '{}',
        theme_ids uuid[] NOT NULL DEFAULT '{}',
        completion_note text,
        classification text NOT NULL DEFAULT 'OFFICIAL' CHECK (classification IN (${CLASSIFICATION})),
        closed_at timestamptz,
        ${TRACKED},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', description), 'B') ||
          setweight(to_tsvector('english', coalesce(completion_note, '')), 'C')) STORED,
        CHECK (num_nonnulls(owner_user_id, owner_organisation_id) <= 1),
        CHECK (status <> 'done' OR completion_note IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX actions_open_due_idx ON actions (due_on, id) WHERE status IN ('open','in_progress','blocked')`);
    await q.query(`CREATE INDEX actions_status_due_idx ON actions (status, due_on, id)`);
    await q.query(`CREATE INDEX actions_owner_user_idx ON actions (owner_user_id, status, due_on)`);
    await q.query(`CREATE INDEX actions_owner_org_idx ON actions (owner_organisation_id, status, due_on)`);
    await q.query(`CREATE INDEX actions_raised_by_idx ON actions (raised_by_organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX actions_meeting_idx ON actions (meeting_id)`);
    await q.query(`CREATE INDEX actions_created_idx ON actions (created_at DESC, id)`);
    await q.query(`CREATE INDEX actions_proposals_idx ON actions USING gin (proposal_ids)`);
    await q.query(`CREATE INDEX actions_themes_idx ON actions USING gin (theme_ids)`);
    await q.query(`CREATE INDEX actions_search_idx ON actions USING gin (search)`);
    await q.query(`
      CREATE TABLE action_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES actions(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_updates_action_idx ON action_updates (action_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'action_updates', 'actions', 'positions', 'meeting_attendees', 'meeting_ministers', 'meetings', 'group_memberships',
      'groups', 'contacts', 'organisations', 'proposals', 'ministers', 'phases', 'themes', 'idempotency_keys',
      'audit_events', 'sessions',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE action_reference_seq`);
    await q.query(`DROP SEQUENCE meeting_reference_seq`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP FUNCTION immutable_array_to_string(text[])`);
  }
}
