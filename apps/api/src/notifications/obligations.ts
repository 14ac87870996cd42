import type { Role } from '@send/contracts';
import { sql, type Db } from '../common/sql';

export interface Obligations {
  actionsDueThisWeek: number;
  actionsOverdue: number;
  meetingsAwaitingReview: number;
  requestsDue: number;
  parliamentDue: number;
}

/** Who reviews and agrees meeting records (the private office), and so who is told of what awaits review. */
const REVIEWERS: readonly Role[] = ['admin', 'reviewer'];

/**
 * What needs one user as of `today` (a London date): their open actions due in the next seven days or overdue, the
 * meeting records awaiting review if they review, and the information requests they own that are due within a week or
 * overdue; for the private office, the department's responses to Parliament due within a week or overdue. Counts only: the digest and the header say how many, the pages say which.
 */
export async function obligationsOf(db: Db, user: { id: string; role: Role }, today: string): Promise<Obligations> {
  const [row] = await sql<Obligations>(
    db,
    `SELECT
       (SELECT count(*)::int FROM actions WHERE owner_user_id = $1 AND status IN ('open','in_progress','blocked') AND due_on BETWEEN $2::date AND $2::date + 6) AS "actionsDueThisWeek",
       (SELECT count(*)::int FROM actions WHERE owner_user_id = $1 AND status IN ('open','in_progress','blocked') AND due_on < $2::date) AS "actionsOverdue",
       (SELECT count(*)::int FROM meetings WHERE $3::boolean AND status = 'submitted') AS "meetingsAwaitingReview",
       (SELECT count(*)::int FROM information_requests WHERE owner_user_id = $1 AND status NOT IN ('responded','withdrawn') AND deadline <= $2::date + 6) AS "requestsDue",
       (SELECT count(*)::int FROM parliamentary_items WHERE $3::boolean AND response_status <> 'published' AND response_due <= $2::date + 6) AS "parliamentDue"`,
    [user.id, today, REVIEWERS.includes(user.role)],
  );
  return row as Obligations;
}

export const PRIVATE_OFFICE: Role = 'reviewer';
