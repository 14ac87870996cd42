import type { Client } from 'pg';
import { NOT_CONFIGURED } from '../notifications/notices';
import { obligationsOf } from '../notifications/obligations';
import type { DemoRole } from './demo-actions';

/**
 * Notices as the tracker would have made them, on the records just written: an assigned action and a returned
 * meeting for the recorder, an overdue commitment for the private office, today's digest for each, one email that
 * failed for the admins' deliveries page, and the reviewer's choice to hear of assignments only in the digest.
 * Demonstration email is off, so the rest are recorded as not sent, as they would be.
 */
export async function writeNotifications(client: Client, users: Record<DemoRole, string>, today: string): Promise<number> {
  const one = async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows[0] as T | undefined;
  const notice = (userId: string, kind: string, entity: string | null, entityId: string | null, key: string, extra: { delivery?: string; counts?: object; error?: string; attempts?: number; hoursAgo: number }) =>
    client.query(
      `INSERT INTO notifications (user_id, kind, entity, entity_id, counts, dedupe_key, created_at, delivery, attempts, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(hours => $7), $8, $9, $10) ON CONFLICT DO NOTHING`,
      [userId, kind, entity, entityId, JSON.stringify(extra.counts ?? {}), key, extra.hoursAgo, extra.delivery ?? 'not_sent', extra.attempts ?? 0, extra.error ?? NOT_CONFIGURED],
    );
  let made = 0;
  const action = await one<{ id: string }>(`SELECT id FROM actions WHERE owner_user_id = $1 AND kind = 'action' AND status IN ('open','in_progress') ORDER BY due_on NULLS LAST, id LIMIT 1`, [users.recorder]);
  if (action) made += (await notice(users.recorder, 'action_assigned', 'action', action.id, `action_assigned:${action.id}:demo`, { hoursAgo: 30 })).rowCount ?? 0;
  const draft = await one<{ id: string }>(`SELECT id FROM meetings WHERE status = 'draft' ORDER BY starts_at DESC, id LIMIT 1`);
  if (draft) made += (await notice(users.recorder, 'meeting_returned', 'meeting', draft.id, `meeting_returned:${draft.id}:demo`, { hoursAgo: 5 })).rowCount ?? 0;
  const overdue = await one<{ id: string; due_on: string }>(
    `SELECT id, due_on::text FROM actions WHERE kind = 'ministerial_commitment' AND status IN ('open','in_progress','blocked') AND due_on < $1::date ORDER BY due_on, id LIMIT 1`,
    [today],
  );
  if (overdue) made += (await notice(users.reviewer, 'commitment_overdue', 'action', overdue.id, `commitment_overdue:${overdue.id}:${overdue.due_on}`, { hoursAgo: 2 })).rowCount ?? 0;
  const failed = await one<{ id: string }>(`SELECT id FROM actions WHERE owner_user_id = $1 ORDER BY id LIMIT 1`, [users.viewer]);
  const anyAction = failed ?? action;
  if (anyAction) {
    made += (await notice(users.viewer, 'action_assigned', 'action', anyAction.id, `action_assigned:${anyAction.id}:demo-failed`, { hoursAgo: 48, delivery: 'failed', attempts: 5, error: 'The mail server refused the message: 550 5.1.1 Mailbox unavailable (a demonstration failure)' })).rowCount ?? 0;
  }
  const query = async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[];
  for (const role of ['recorder', 'reviewer'] as const) {
    const due = await obligationsOf(query, { id: users[role], role }, today);
    made += (await notice(users[role], 'digest', null, null, `digest:${today}`, { hoursAgo: 1, counts: { ...due, heldNotices: 0 } })).rowCount ?? 0;
  }
  await client.query(`INSERT INTO notification_preferences (user_id, kind, mode) VALUES ($1, 'action_assigned', 'digest') ON CONFLICT DO NOTHING`, [users.reviewer]);
  return made;
}
