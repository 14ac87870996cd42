import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { NotFound } from '../common/errors';
import { sql } from '../common/sql';
import { hashFeedSecret, isWellFormedSecret, newFeedSecret } from './feed-secret';
import type { Marking } from '../exports/marking';
import { meetingsCalendar, type FeedMeetingRow } from './meetings-calendar';

/** A busy year of meetings; past this the oldest-first feed stops rather than growing without bound. */
const FEED_LIMIT = 5_000;

interface FeedRow {
  created_at: Date;
  last_used_at: Date | null;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async status(user: AuthUser): Promise<CalendarFeedStatus> {
    const [row] = await sql<FeedRow>(this.db, `SELECT created_at, last_used_at FROM calendar_feeds WHERE user_id = $1`, [user.id]);
    return { exists: !!row, createdAt: row?.created_at.toISOString() ?? null, lastUsedAt: row?.last_used_at?.toISOString() ?? null };
  }

  /** A new secret link; any earlier link stops working at once. The URL is returned here and never again. */
  async create(user: AuthUser, origin: string): Promise<CalendarFeedCreated> {
    const secret = newFeedSecret();
    return this.db.transaction(async (tx) => {
      const [previous] = await sql<{ user_id: string }>(tx, `SELECT user_id FROM calendar_feeds WHERE user_id = $1 FOR UPDATE`, [user.id]);
      const [row] = await sql<FeedRow>(
        tx,
        `INSERT INTO calendar_feeds (user_id, secret_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, created_at = now(), last_used_at = NULL
         RETURNING created_at, last_used_at`,
        [user.id, hashFeedSecret(secret)],
      );
      await this.audit.record(tx, { actorId: user.id, entity: 'calendar_feed', entityId: user.id, action: 'created', details: { replacedEarlierLink: !!previous } });
      return { url: `${origin}/api/calendar/${secret}.ics`, createdAt: row.created_at.toISOString() };
    });
  }

  async revoke(user: AuthUser): Promise<void> {
    await this.db.transaction(async (tx) => {
      const deleted = await sql<{ user_id: string }>(tx, `DELETE FROM calendar_feeds WHERE user_id = $1 RETURNING user_id`, [user.id]);
      if (!deleted.length) throw new NotFound('calendar feed for user', user.id);
      await this.audit.record(tx, { actorId: user.id, entity: 'calendar_feed', entityId: user.id, action: 'revoked' });
    });
  }

  /**
   * The meetings the feed's owner may read today, from three months back onwards. An unknown, revoked or malformed
   * secret, or a deactivated owner, all answer "not found" alike.
   */
  async feed(secret: string, origin: string, now: Date): Promise<{ text: string; marking: Marking }> {
    if (!isWellFormedSecret(secret)) throw new NotFound('calendar feed', '(secret)');
    const [owner] = await sql<Pick<AuthUser, 'role'>>(
      this.db,
      `UPDATE calendar_feeds f SET last_used_at = now()
         FROM users u
        WHERE f.secret_hash = $1 AND u.id = f.user_id AND u.deactivated_at IS NULL
        RETURNING u.role`,
      [hashFeedSecret(secret)],
    );
    if (!owner) throw new NotFound('calendar feed', '(secret)');
    const rows = await sql<FeedMeetingRow>(
      this.db,
      `SELECT m.id, m.reference, m.title, m.type, m.status, m.starts_at, m.ends_at, m.online, m.location, m.purpose,
              m.classification, m.version, m.updated_at
         FROM meetings m
        WHERE m.starts_at >= $2::timestamptz - interval '3 months'
          AND ($1::boolean OR m.classification = 'OFFICIAL')
        ORDER BY m.starts_at, m.id
        LIMIT ${FEED_LIMIT}`,
      [seesSensitive(owner), now.toISOString()],
    );
    return meetingsCalendar(rows, origin, now);
  }
}
