import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@send/contracts';
import type { AuthUser } from './auth-user';
import { sql } from '../common/sql';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { SessionCache } from './session-cache';
import { SessionListener } from './session-listener';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

interface SessionRow {
  user_id: string;
  last_seen_at: Date;
  expires_at: Date;
  csrf_token: string;
  email: string;
  name: string;
  role: Role;
  must_change_password: boolean;
}

/** Server-side sessions in PostgreSQL; only a hash of the cookie value is stored. */
@Injectable()
export class SessionStore implements OnModuleInit, OnModuleDestroy {
  private readonly cache: SessionCache;
  private readonly listener: SessionListener | undefined;

  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new SessionCache(config.sessionCacheMs);
    const url = (db.options as { url?: string }).url;
    this.listener =
      config.sessionCacheMs > 0 && url
        ? new SessionListener(url, { up: () => this.cache.resume(), down: () => this.cache.suspend(), changed: (userId) => this.cache.forgetUser(userId) })
        : undefined;
  }

  async onModuleInit(): Promise<void> {
    await this.listener?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

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
    const key = hashToken(token);
    const cached = this.cache.get(key, now.getTime());
    // Trusted only once this instance has heard every change committed before the request (another instance's sign-out).
    if (cached && (await this.listener?.heardUpToNow()) && this.cache.get(key, now.getTime()) === cached) return cached;
    const generation = this.cache.generation();
    const [row] = await sql<SessionRow>(
      this.db,
      `SELECT s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.email, u.name, u.role, u.must_change_password
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id_hash = $1 AND u.deactivated_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3`,
      [key, now, new Date(now.getTime() - IDLE_TIMEOUT_MS)],
    );
    if (!row) return undefined;
    // The idle clock moves on at most once a minute: a write per request would make one hot row per user.
    let lastSeen = row.last_seen_at.getTime();
    if (lastSeen < now.getTime() - 60_000) {
      await this.db.query(`UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND last_seen_at < $2`, [key, now]);
      lastSeen = now.getTime();
    }
    const user: AuthUser = { id: row.user_id, email: row.email, name: row.name, role: row.role, mustChangePassword: row.must_change_password, csrfToken: row.csrf_token };
    this.cache.put(key, user, generation, now.getTime(), Math.min(row.expires_at.getTime(), lastSeen + IDLE_TIMEOUT_MS));
    return user;
  }

  /** After a change to a user (role, password, deactivation…) has committed: this instance stops trusting what it knew. */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  hash(token: string): string {
    return hashToken(token);
  }

  async destroy(token: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id_hash = $1`, [hashToken(token)]);
    this.cache.forgetToken(hashToken(token));
  }

  async destroyAllFor(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    this.cache.forgetUser(userId);
  }
}
