import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's timeline lists the meetings it attended newest first. Ordering by the meeting's date meant reading
 * every attendance of the organisation (10k for the busiest) and its meeting before the first 200 could be chosen; a
 * copy of the date on the attendance, kept by triggers, lets one index range give them in order.
 */
export class AttendeeMeetingDates1764000008000 implements MigrationInterface {
  name = 'AttendeeMeetingDates1764000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_attendees ADD COLUMN meeting_starts_at timestamptz`);
    await q.query(`UPDATE meeting_attendees a SET meeting_starts_at = m.starts_at FROM meetings m WHERE m.id = a.meeting_id`);
    await q.query(`ALTER TABLE meeting_attendees ALTER COLUMN meeting_starts_at SET NOT NULL`);
    // Always taken from the meeting, whatever the insert said. (A bulk load with session_replication_role = replica
    // skips triggers and must supply the value itself, as the generator does.)
    await q.query(`
      CREATE FUNCTION meeting_attendee_starts_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT starts_at INTO NEW.meeting_starts_at FROM meetings WHERE id = NEW.meeting_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER meeting_attendees_starts_at BEFORE INSERT OR UPDATE OF meeting_id, meeting_starts_at ON meeting_attendees
        FOR EACH ROW EXECUTE FUNCTION meeting_attendee_starts_at()`);
    await q.query(`
      CREATE FUNCTION meeting_starts_at_to_attendees() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE meeting_attendees SET meeting_starts_at = NEW.starts_at WHERE meeting_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER meetings_starts_at_to_attendees AFTER UPDATE OF starts_at ON meetings
        FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at) EXECUTE FUNCTION meeting_starts_at_to_attendees()`);
    await q.query(`CREATE INDEX meeting_attendees_organisation_recent_idx ON meeting_attendees (organisation_id, meeting_starts_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_attendees_organisation_recent_idx`);
    await q.query(`DROP TRIGGER meetings_starts_at_to_attendees ON meetings`);
    await q.query(`DROP FUNCTION meeting_starts_at_to_attendees()`);
    await q.query(`DROP TRIGGER meeting_attendees_starts_at ON meeting_attendees`);
    await q.query(`DROP FUNCTION meeting_attendee_starts_at()`);
    await q.query(`ALTER TABLE meeting_attendees DROP COLUMN meeting_starts_at`);
  }
}
