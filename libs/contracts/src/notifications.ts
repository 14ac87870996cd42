/** What a notice is about. A digest sums up, once a day, what is due and the notices held for it. */
export const NOTIFICATION_KINDS = ['action_assigned', 'meeting_returned', 'commitment_overdue', 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What each user chooses about. `due_reminders` (actions due and overdue, reviews, requests) comes only in the digest. */
export const NOTIFICATION_PREFERENCE_KINDS = ['action_assigned', 'meeting_returned', 'commitment_overdue', 'due_reminders'] as const;
export type NotificationPreferenceKind = (typeof NOTIFICATION_PREFERENCE_KINDS)[number];

export const NOTIFICATION_MODES = ['immediate', 'digest', 'off'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/**
 * Where a notice's email stands. `held_for_digest`: waits for the next daily digest; `in_digest`: went out in one;
 * `not_sent`: email is not configured, so the notice is only shown here.
 */
export const NOTIFICATION_DELIVERIES = ['pending', 'sent', 'failed', 'held_for_digest', 'in_digest', 'not_sent'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export type EmailTransportName = 'notify' | 'smtp' | 'off';

/** Counts only: a notice never carries a record's title or text. */
export interface DigestCounts {
  actionsDueThisWeek: number;
  actionsOverdue: number;
  meetingsAwaitingReview: number;
  requestsDue: number;
  /** Reviewers and admins: responses to Parliament due within a week or overdue. */
  parliamentDue: number;
  heldNotices: number;
}

export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  /** The record it is about, if any; the page links to it. */
  entity: 'action' | 'meeting' | null;
  entityId: string | null;
  /** Where the notice points in the dashboard, e.g. `/actions/<id>`. */
  link: string;
  counts: DigestCounts | null;
  createdAt: string;
  readAt: string | null;
  delivery: NotificationDelivery;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

/** An admin's view of one notice: whose it is and how delivery went. */
export interface NotificationDeliveryResponse extends NotificationResponse {
  userId: string;
  userName: string;
  userEmail: string;
}

/** What needs the signed-in user now, for the header count. */
export interface NeedsMeResponse {
  actionsDueThisWeek: number;
  actionsOverdue: number;
  meetingsAwaitingReview: number;
  requestsDue: number;
  parliamentDue: number;
  unreadNotifications: number;
  total: number;
}

export interface NotificationPreference {
  kind: NotificationPreferenceKind;
  mode: NotificationMode;
}

export interface NotificationPreferencesResponse {
  preferences: NotificationPreference[];
  /** How email goes out on this service; `off` means notices are recorded here but no email is sent. */
  emailTransport: EmailTransportName;
}

export interface UpdateNotificationPreferencesRequest {
  preferences: NotificationPreference[];
}
