import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email in: notes and letters a user forwards to the tracker's address, kept as drafts (with their attachments) until a
 * recorder files each against a meeting or a position; and every message refused, with why.
 */
export class InboundNotes1764000021000 implements MigrationInterface {
  name = 'InboundNotes1764000021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbound_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sender_user_id uuid NOT NULL REFERENCES users(id),
        subject text NOT NULL DEFAULT '' CHECK (length(subject) <= 1000),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
        -- The organisation the message is from, matched by the email domain of an address in it; null when none matched.
        organisation_id uuid REFERENCES organisations(id),
        matched_domain text CHECK (length(matched_domain) <= 255),
        received_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','filed','discarded')),
        meeting_id uuid REFERENCES meetings(id),
        position_id uuid REFERENCES positions(id),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        CHECK (num_nonnulls(meeting_id, position_id) = CASE WHEN status = 'filed' THEN 1 ELSE 0 END),
        CHECK ((status = 'draft') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX inbound_notes_status_idx ON inbound_notes (status, received_at DESC, id)`);
    await q.query(`CREATE INDEX inbound_notes_meeting_idx ON inbound_notes (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX inbound_notes_position_idx ON inbound_notes (position_id) WHERE position_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE inbound_note_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        note_id uuid NOT NULL REFERENCES inbound_notes(id) ON DELETE CASCADE,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (length(content_type) <= 255),
        size_bytes integer NOT NULL CHECK (size_bytes >= 0),
        content bytea NOT NULL
      )`);
    await q.query(`CREATE INDEX inbound_note_attachments_note_idx ON inbound_note_attachments (note_id)`);
    await q.query(`
      CREATE TABLE inbound_refusals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        received_at timestamptz NOT NULL DEFAULT now(),
        remote_address text NOT NULL DEFAULT '' CHECK (length(remote_address) <= 100),
        from_address text NOT NULL DEFAULT '' CHECK (length(from_address) <= 320),
        to_address text NOT NULL DEFAULT '' CHECK (length(to_address) <= 320),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
      )`);
    await q.query(`CREATE INDEX inbound_refusals_recent_idx ON inbound_refusals (received_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbound_refusals`);
    await q.query(`DROP TABLE inbound_note_attachments`);
    await q.query(`DROP TABLE inbound_notes`);
  }
}
