import type { DataSource } from 'typeorm';
import type { DigestCounts, NotificationKind } from '@send/contracts';
import type { Clock } from '../common/clock';
import { sql } from '../common/sql';
import type { NotificationsConfig } from '../config/email-config';
import type { EmailTransport } from './email-transport';
import { emailFor } from './email-wording';
import { linkOf } from './notification.mapper';

/** How many emails one run sends at most; the rest wait for the next run. */
export const BATCH = 100;

interface Claimed {
  id: string;
  kind: NotificationKind;
  entity: 'action' | 'meeting' | null;
  entity_id: string | null;
  counts: DigestCounts;
  attempts: number;
  email: string;
}

/** The wait before attempt `attempts + 1`: the base, doubled for each attempt already made. */
export function backoffMs(attempts: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempts - 1);
}

/**
 * Sends the emails that are due. Each is claimed first, in one statement that skips rows another instance holds,
 * by moving its next attempt to when a retry would be due: so two instances never send one notice, and a process
 * that dies mid-send leaves the notice to be retried after its back-off rather than lost.
 */
export async function deliverDue(db: DataSource, clock: Clock, transport: EmailTransport, config: NotificationsConfig): Promise<{ sent: number; retrying: number; failed: number }> {
  const now = clock.now();
  const claimed = await sql<Claimed>(
    db,
    `WITH due AS (
       SELECT id FROM notifications WHERE delivery = 'pending' AND next_attempt_at <= $1
        ORDER BY next_attempt_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
     UPDATE notifications n SET attempts = n.attempts + 1,
            next_attempt_at = $1::timestamptz + make_interval(secs => $2::double precision * 2 ^ n.attempts / 1000)
       FROM due, users u
      WHERE n.id = due.id AND u.id = n.user_id
      RETURNING n.id, n.kind, n.entity, n.entity_id, n.counts, n.attempts, u.email`,
    [now, config.retryBaseMs],
  );
  const result = { sent: 0, retrying: 0, failed: 0 };
  for (const notice of claimed) {
    const { subject, body } = emailFor({ id: notice.id, kind: notice.kind, link: linkOf(notice.kind, notice.entity, notice.entity_id), counts: notice.counts }, config.publicUrl);
    try {
      await transport.send({ to: notice.email, subject, body, reference: notice.id });
      await db.query(`UPDATE notifications SET delivery = 'sent', sent_at = $2, next_attempt_at = NULL, last_error = NULL, transport = $3 WHERE id = $1`, [notice.id, clock.now(), transport.name]);
      result.sent += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const givenUp = notice.attempts >= config.maxAttempts;
      await db.query(
        `UPDATE notifications SET last_error = $2, transport = $3, delivery = CASE WHEN $4::boolean THEN 'failed' ELSE delivery END,
                next_attempt_at = CASE WHEN $4::boolean THEN NULL ELSE next_attempt_at END WHERE id = $1`,
        [notice.id, message, transport.name, givenUp],
      );
      result[givenUp ? 'failed' : 'retrying'] += 1;
    }
  }
  return result;
}
