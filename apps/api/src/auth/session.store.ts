import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@send/contracts';
import type { AuthUser } from './auth-user';
import { sql } from '../common/sql';
import { CLOCK, type Clock } from '../common/clock';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

interface SessionRow {
  user_id: string;
  csrf_token: string;
  email: string;
  name: string;
  role: Role;
  must_change_password: boolean;
}

/** Server-side sessions in PostgreSQL; only a hash of the cookie value is stored. */
@Injectable()
export class SessionStore {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(userId: string): Promise<{ token: string; csrfToken: string }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.db.query(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)`,
      [hashToken(token), userId, csrfToken, now, new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS)],
    );
    return { token, csrfToken };
  }

  /** The user behind a live session, sliding its idle timeout; undefined when expired, revoked or deactivated. */
  async resolve(token: string): Promise<AuthUser | undefined> {
    const now = this.clock.now();
    // Reading a session must not write on every request (one hot row per user under parallel requests): the idle
    // clock is only moved on when it is more than a minute old.
    const rows = await sql<SessionRow>(
      this.db,
      `WITH live AS (
         SELECT s.id_hash, s.user_id, s.csrf_token, u.email, u.name, u.role, u.must_change_password, s.last_seen_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id_hash = $1 AND u.deactivated_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3
       ), touched AS (
         UPDATE sessions SET last_seen_at = $2
          WHERE id_hash = (SELECT id_hash FROM live) AND last_seen_at < $2::timestamptz - interval '1 minute'
       )
       SELECT user_id, csrf_token, email, name, role, must_change_password FROM live`,
      [hashToken(token), now, new Date(now.getTime() - IDLE_TIMEOUT_MS)],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { id: row.user_id, email: row.email, name: row.name, role: row.role, mustChangePassword: row.must_change_password, csrfToken: row.csrf_token };
  }

  hash(token: string): string {
    return hashToken(token);
  }

  async destroy(token: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id_hash = $1`, [hashToken(token)]);
  }

  async destroyAllFor(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }
}
