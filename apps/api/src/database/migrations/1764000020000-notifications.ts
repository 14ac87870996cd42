import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'action_assigned','meeting_returned','commitment_overdue','digest'`;
const PREFERENCE_KINDS = `'action_assigned','meeting_returned','commitment_overdue','due_reminders'`;

/**
 * Notices to users and their email delivery (an outbox: a notice is written in the transaction of the change that
 * caused it, and a job sends it), and each user's choice per kind. A notice holds ids and counts, never record text,
 * so nothing OFFICIAL-SENSITIVE can reach an email.
 */
export class Notifications1764000020000 implements MigrationInterface {
  name = 'Notifications1764000020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        entity text CHECK (entity IN ('action','meeting')),
        entity_id uuid,
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        -- One notice per event: a job run twice, or two instances, cannot notify twice.
        dedupe_key text NOT NULL CHECK (length(dedupe_key) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        delivery text NOT NULL CHECK (delivery IN ('pending','sent','failed','held_for_digest','in_digest','not_sent')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz,
        last_error text CHECK (length(last_error) <= 1000),
        sent_at timestamptz,
        transport text CHECK (transport IN ('notify','smtp')),
        digest_id uuid REFERENCES notifications(id) ON DELETE SET NULL,
        CHECK ((delivery = 'pending') = (next_attempt_at IS NOT NULL)),
        CHECK ((delivery = 'sent') = (sent_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (user_id, dedupe_key)`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notifications_due_idx ON notifications (next_attempt_at, id) WHERE delivery = 'pending'`);
    await q.query(`CREATE INDEX notifications_held_idx ON notifications (user_id) WHERE delivery = 'held_for_digest'`);
    await q.query(`CREATE INDEX notifications_delivery_idx ON notifications (delivery, created_at DESC, id)`);
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${PREFERENCE_KINDS})),
        mode text NOT NULL CHECK (mode IN ('immediate','digest','off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind),
        CHECK (kind <> 'due_reminders' OR mode <> 'immediate')
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
  }
}
