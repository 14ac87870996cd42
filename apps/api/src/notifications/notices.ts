import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DigestCounts, NotificationKind, NotificationMode, NotificationPreferenceKind } from '@send/contracts';
import { CLOCK, type Clock } from '../common/clock';
import { sql } from '../common/sql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/** What each user gets until they choose otherwise. */
export const DEFAULT_MODES: Record<NotificationPreferenceKind, NotificationMode> = {
  action_assigned: 'immediate',
  meeting_returned: 'immediate',
  commitment_overdue: 'immediate',
  due_reminders: 'digest',
};

export const NOT_CONFIGURED = 'Email is not configured on this service (EMAIL_TRANSPORT=off): the notice is shown here only.';

export interface NewNotice {
  userId: string;
  kind: Exclude<NotificationKind, 'digest'>;
  entity: 'action' | 'meeting';
  entityId: string;
  /** Names the event (e.g. `action_assigned:<id>:<version>`): the same event never notifies twice. */
  dedupeKey: string;
}

/** The user's mode for one kind: their choice, or the default. */
export async function modeOf(tx: EntityManager, userId: string, kind: NotificationPreferenceKind): Promise<NotificationMode> {
  const [row] = await sql<{ mode: NotificationMode }>(tx, `SELECT mode FROM notification_preferences WHERE user_id = $1 AND kind = $2`, [userId, kind]);
  return row?.mode ?? DEFAULT_MODES[kind];
}

/**
 * Writes notices in the caller's transaction, so a change and the notice it causes commit together or not at all; the
 * delivery job sends them afterwards (an outbox). The user's preference decides now whether the notice is emailed
 * at once, held for the daily digest, or not made at all.
 */
@Injectable()
export class Notices {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async notify(tx: EntityManager, notice: NewNotice): Promise<string | undefined> {
    const mode = await modeOf(tx, notice.userId, notice.kind);
    if (mode === 'off') return undefined;
    const [active] = await sql(tx, `SELECT 1 FROM users WHERE id = $1 AND deactivated_at IS NULL`, [notice.userId]);
    if (!active) return undefined;
    return this.insert(tx, { ...notice, counts: {}, held: mode === 'digest' });
  }

  /** A digest: always emailed (when email is on), since choosing a digest is choosing this email. */
  digest(tx: EntityManager, userId: string, dedupeKey: string, counts: DigestCounts): Promise<string | undefined> {
    return this.insert(tx, { userId, kind: 'digest', entity: null, entityId: null, dedupeKey, counts, held: false });
  }

  private async insert(
    tx: EntityManager,
    n: { userId: string; kind: NotificationKind; entity: string | null; entityId: string | null; dedupeKey: string; counts: object; held: boolean },
  ): Promise<string | undefined> {
    const now = this.clock.now();
    const emailOn = this.config.notifications.email.transport !== 'off';
    const delivery = n.held ? 'held_for_digest' : emailOn ? 'pending' : 'not_sent';
    const [row] = await sql<{ id: string }>(
      tx,
      `INSERT INTO notifications (user_id, kind, entity, entity_id, counts, dedupe_key, created_at, delivery, next_attempt_at, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
      [n.userId, n.kind, n.entity, n.entityId, JSON.stringify(n.counts), n.dedupeKey, now, delivery, delivery === 'pending' ? now : null, delivery === 'not_sent' ? NOT_CONFIGURED : null],
    );
    return row?.id;
  }
}
