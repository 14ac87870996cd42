import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NeedsMeResponse, NotificationDeliveryResponse, NotificationPreferencesResponse, NotificationResponse, Page } from '@send/contracts';
import { NOTIFICATION_PREFERENCE_KINDS } from '@send/contracts';
import type { AuthUser } from '../auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { londonDate } from '../common/dates';
import { NotFound, ValidationFailed } from '../common/errors';
import { offset } from '../common/list-query';
import { sql } from '../common/sql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { NOTIFICATION_COLUMNS, toNotificationDeliveryResponse, toNotificationResponse, type NotificationDeliveryRow, type NotificationRow } from './notification.mapper';
import type { MyNotificationsQuery, NotificationDeliveriesQuery, UpdateNotificationPreferencesBody } from './notification.requests';
import { DEFAULT_MODES } from './notices';
import { obligationsOf } from './obligations';

/** A user's notices, what needs them, their preferences; and for admins every notice's delivery. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async mine(query: MyNotificationsQuery, user: AuthUser): Promise<Page<NotificationResponse>> {
    const where = `n.user_id = $1 ${query.unread ? 'AND n.read_at IS NULL' : ''}`;
    const [rows, [count]] = await Promise.all([
      sql<NotificationRow>(this.db, `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`, [user.id]),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM notifications n WHERE ${where}`, [user.id]),
    ]);
    return { items: rows.map(toNotificationResponse), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0, totalIsLowerBound: false };
  }

  /** Marks one of the user's own notices read; someone else's is answered as not found, like a missing one. */
  async markRead(id: string, user: AuthUser): Promise<NotificationResponse> {
    const [row] = await sql<NotificationRow>(
      this.db,
      `UPDATE notifications n SET read_at = coalesce(n.read_at, $3) WHERE n.id = $1 AND n.user_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, user.id, this.clock.now()],
    );
    if (!row) throw new NotFound('notification', id);
    return toNotificationResponse(row);
  }

  async markAllRead(user: AuthUser): Promise<{ marked: number }> {
    const rows = await sql(this.db, `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING 1`, [user.id, this.clock.now()]);
    return { marked: rows.length };
  }

  async needsMe(user: AuthUser): Promise<NeedsMeResponse> {
    const [due, [unread]] = await Promise.all([
      obligationsOf(this.db, user, londonDate(this.clock.now())),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [user.id]),
    ]);
    const unreadNotifications = unread?.n ?? 0;
    return { ...due, unreadNotifications, total: due.actionsDueThisWeek + due.actionsOverdue + due.meetingsAwaitingReview + due.requestsDue + due.parliamentDue + unreadNotifications };
  }

  async preferences(user: AuthUser): Promise<NotificationPreferencesResponse> {
    const rows = await sql<{ kind: keyof typeof DEFAULT_MODES; mode: NotificationPreferencesResponse['preferences'][number]['mode'] }>(
      this.db,
      `SELECT kind, mode FROM notification_preferences WHERE user_id = $1`,
      [user.id],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.mode]));
    return {
      preferences: NOTIFICATION_PREFERENCE_KINDS.map((kind) => ({ kind, mode: chosen.get(kind) ?? DEFAULT_MODES[kind] })),
      emailTransport: this.config.notifications.email.transport,
    };
  }

  async updatePreferences(body: UpdateNotificationPreferencesBody, user: AuthUser): Promise<NotificationPreferencesResponse> {
    const errors = body.preferences.flatMap((p, i) => [
      ...(p.kind === 'due_reminders' && p.mode === 'immediate' ? [{ field: `preferences[${i}].mode`, message: 'due reminders come in the daily digest: choose digest or off' }] : []),
      ...(body.preferences.findIndex((q) => q.kind === p.kind) !== i ? [{ field: `preferences[${i}].kind`, message: `${p.kind} is given more than once` }] : []),
    ]);
    if (errors.length) throw new ValidationFailed(errors);
    await this.db.transaction(async (tx) => {
      for (const p of body.preferences) {
        await tx.query(
          `INSERT INTO notification_preferences (user_id, kind, mode, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, kind) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at`,
          [user.id, p.kind, p.mode, this.clock.now()],
        );
      }
    });
    return this.preferences(user);
  }

  async deliveries(query: NotificationDeliveriesQuery): Promise<Page<NotificationDeliveryResponse>> {
    const where = query.delivery ? `WHERE n.delivery = $1` : '';
    const params = query.delivery ? [query.delivery] : [];
    const [rows, [count]] = await Promise.all([
      sql<NotificationDeliveryRow>(
        this.db,
        `SELECT ${NOTIFICATION_COLUMNS}, n.user_id, u.name AS user_name, u.email AS user_email
           FROM notifications n JOIN users u ON u.id = n.user_id ${where}
          ORDER BY n.created_at DESC, n.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`,
        params,
      ),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM notifications n ${where}`, params),
    ]);
    return { items: rows.map(toNotificationDeliveryResponse), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0, totalIsLowerBound: false };
  }
}
