import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each instance trusts a session it has checked for a few seconds (SESSION_CACHE_MS). Ending a session or changing
 * what a session carries (role, deactivation, a forced password change, name, email) tells every instance at commit,
 * whoever made the change — the API on another instance, or SQL run by hand.
 */
export class SessionChanges1764000010000 implements MigrationInterface {
  name = 'SessionChanges1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('session_changes', OLD.user_id::text);
        ELSE
          PERFORM pg_notify('session_changes', NEW.id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER sessions_notify_change AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    await q.query(`
      CREATE TRIGGER users_notify_change AFTER UPDATE ON users FOR EACH ROW
        WHEN ((OLD.role, OLD.deactivated_at, OLD.must_change_password, OLD.password_hash, OLD.email, OLD.name)
              IS DISTINCT FROM (NEW.role, NEW.deactivated_at, NEW.must_change_password, NEW.password_hash, NEW.email, NEW.name))
        EXECUTE FUNCTION notify_session_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER users_notify_change ON users`);
    await q.query(`DROP TRIGGER sessions_notify_change ON sessions`);
    await q.query(`DROP FUNCTION notify_session_change()`);
  }
}
