import type { DigestCounts, NotificationDelivery, NotificationDeliveryResponse, NotificationKind, NotificationResponse } from '@send/contracts';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  entity: 'action' | 'meeting' | null;
  entity_id: string | null;
  counts: DigestCounts | Record<string, never>;
  created_at: Date;
  read_at: Date | null;
  delivery: NotificationDelivery;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

export interface NotificationDeliveryRow extends NotificationRow {
  user_id: string;
  user_name: string;
  user_email: string;
}

export const NOTIFICATION_COLUMNS = `n.id, n.kind, n.entity, n.entity_id, n.counts, n.created_at, n.read_at, n.delivery, n.attempts, n.last_error, n.sent_at`;

/** Where a notice points in the dashboard: its record, or for a digest the notifications page. */
export function linkOf(kind: NotificationKind, entity: 'action' | 'meeting' | null, entityId: string | null): string {
  if (kind === 'digest' || !entity || !entityId) return '/notifications';
  return `/${entity === 'action' ? 'actions' : 'meetings'}/${entityId}`;
}

export function toNotificationResponse(r: NotificationRow): NotificationResponse {
  return {
    id: r.id,
    kind: r.kind,
    entity: r.entity,
    entityId: r.entity_id,
    link: linkOf(r.kind, r.entity, r.entity_id),
    counts: r.kind === 'digest' ? (r.counts as DigestCounts) : null,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
    delivery: r.delivery,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at?.toISOString() ?? null,
  };
}

export function toNotificationDeliveryResponse(r: NotificationDeliveryRow): NotificationDeliveryResponse {
  return { ...toNotificationResponse(r), userId: r.user_id, userName: r.user_name, userEmail: r.user_email };
}
