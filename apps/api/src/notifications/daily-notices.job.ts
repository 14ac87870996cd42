import type { DataSource } from 'typeorm';
import type { DigestCounts, Role } from '@send/contracts';
import type { Clock } from '../common/clock';
import { londonDate, londonDateTime } from '../common/dates';
import { sql } from '../common/sql';
import type { Job } from '../jobs/job';
import { modeOf, type Notices } from './notices';
import { obligationsOf, PRIVATE_OFFICE } from './obligations';

export const DAILY_NOTICES_JOB = 'notifications-daily';
/** Digests go out from 07:00 London time, before the working day. */
export const DIGEST_HOUR = 7;

/**
 * Hourly: the escalation of overdue ministerial commitments to the private office, and from DIGEST_HOUR each user's
 * digest for the day. Every notice has a key naming its event (the commitment and its due date; the user's day), so
 * a later hour, a retried run or another instance adds nothing already made.
 */
export function dailyNoticesJob(db: DataSource, clock: Clock, notices: Notices): Job {
  return {
    name: DAILY_NOTICES_JOB,
    everyMs: 3_600_000,
    run: async () => {
      const now = clock.now();
      const today = londonDate(now);
      const escalated = await escalateCommitments(db, notices, today);
      const digests = Number(londonDateTime(now).slice(11, 13)) >= DIGEST_HOUR ? await sendDigests(db, notices, today) : 0;
      return { escalated, digests };
    },
  };
}

async function escalateCommitments(db: DataSource, notices: Notices, today: string): Promise<number> {
  const pairs = await sql<{ action_id: string; due_on: string; user_id: string }>(
    db,
    `SELECT a.id AS action_id, a.due_on::text AS due_on, u.id AS user_id
       FROM actions a CROSS JOIN users u
      WHERE a.kind = 'ministerial_commitment' AND a.status IN ('open','in_progress','blocked') AND a.due_on < $1::date
        AND u.role = $2 AND u.deactivated_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.dedupe_key = 'commitment_overdue:' || a.id || ':' || a.due_on)
      ORDER BY a.due_on, a.id, u.id`,
    [today, PRIVATE_OFFICE],
  );
  let made = 0;
  for (const p of pairs) {
    const id = await db.transaction((tx) =>
      notices.notify(tx, { userId: p.user_id, kind: 'commitment_overdue', entity: 'action', entityId: p.action_id, dedupeKey: `commitment_overdue:${p.action_id}:${p.due_on}` }),
    );
    if (id) made += 1;
  }
  return made;
}

async function sendDigests(db: DataSource, notices: Notices, today: string): Promise<number> {
  const key = `digest:${today}`;
  const users = await sql<{ id: string; role: Role }>(
    db,
    `SELECT u.id, u.role FROM users u WHERE u.deactivated_at IS NULL AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.dedupe_key = $1) ORDER BY u.id`,
    [key],
  );
  let made = 0;
  for (const user of users) {
    const id = await db.transaction(async (tx) => {
      const reminders = (await modeOf(tx, user.id, 'due_reminders')) !== 'off';
      const due = reminders ? await obligationsOf(tx, user, today) : { actionsDueThisWeek: 0, actionsOverdue: 0, meetingsAwaitingReview: 0, requestsDue: 0, parliamentDue: 0 };
      const held = await sql<{ id: string }>(tx, `SELECT id FROM notifications WHERE user_id = $1 AND delivery = 'held_for_digest' ORDER BY created_at, id FOR UPDATE`, [user.id]);
      const counts: DigestCounts = { ...due, heldNotices: held.length };
      // Nothing to say is no email: a later hour looks again, in case something arrives today.
      if (Object.values(counts).every((n) => n === 0)) return undefined;
      const digestId = await notices.digest(tx, user.id, key, counts);
      if (digestId) await tx.query(`UPDATE notifications SET delivery = 'in_digest', digest_id = $2 WHERE id = ANY($1::uuid[])`, [held.map((h) => h.id), digestId]);
      return digestId;
    });
    if (id) made += 1;
  }
  return made;
}
