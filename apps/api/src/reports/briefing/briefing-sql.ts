import { OPEN_ACTION_STATUSES, type ActionKind, type ActionPriority, type ActionStatus, type Classification, type MeetingStatus, type MeetingType } from '@send/contracts';
import { isLatest } from '../../positions/position-order';
import { POSITION_COLUMNS, POSITION_JOINS } from '../../positions/position.mapper';

const OPEN = OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Each statement runs once for all the meeting's organisations (`$1` their ids, `$2` whether the reader sees
 * OFFICIAL_SENSITIVE records), never once per organisation.
 */

/** The current position of each organisation on each live proposal: the latest statement this reader may see. */
export const CURRENT_POSITIONS_SQL = `
  SELECT ${POSITION_COLUMNS} FROM positions p ${POSITION_JOINS}
   WHERE p.organisation_id = ANY($1::uuid[]) AND ($2 OR p.classification = 'OFFICIAL') AND pr.status <> 'dropped'
     AND ${isLatest([`($2 OR n.classification = 'OFFICIAL')`])}
   ORDER BY lower(pr.title), pr.id`;

export interface BriefingActionRow {
  organisation_id: string;
  direction: 'owed_to' | 'owed_by';
  id: string;
  reference: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  priority: ActionPriority;
  due_on: Date | string | null;
  overdue: boolean;
  classification: Classification;
}

/**
 * Open actions raised by (owed to) or owned by (owed by) each organisation, and every ministerial commitment made to
 * it (raised by it), whatever its status. `$3` is today in London.
 */
export const ACTIONS_SQL = `
  SELECT org.id AS organisation_id,
         CASE WHEN a.raised_by_organisation_id = org.id THEN 'owed_to' ELSE 'owed_by' END AS direction,
         a.id, a.reference, a.title, a.kind, a.status, a.priority, a.due_on,
         (a.due_on < $3::date AND a.status IN (${OPEN})) AS overdue,
         a.classification
    FROM unnest($1::uuid[]) AS org(id)
    JOIN actions a ON a.raised_by_organisation_id = org.id OR a.owner_organisation_id = org.id
   WHERE ($2 OR a.classification = 'OFFICIAL')
     AND ((a.kind = 'action' AND a.status IN (${OPEN}))
       OR (a.kind = 'ministerial_commitment' AND a.raised_by_organisation_id = org.id))
   ORDER BY a.due_on NULLS LAST, a.created_at DESC, a.id`;

export interface InteractionRow {
  organisation_id: string;
  id: string;
  reference: string;
  title: string;
  type: MeetingType;
  starts_at: Date;
  status: MeetingStatus;
  classification: Classification;
}

/** The last three meetings each organisation attended before this one (`$3` its id, `$4` its start). */
export const INTERACTIONS_SQL = `
  SELECT org.id AS organisation_id, x.*
    FROM unnest($1::uuid[]) AS org(id)
   CROSS JOIN LATERAL (
     SELECT m.id, m.reference, m.title, m.type, m.starts_at, m.status, m.classification
       FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
      WHERE a.organisation_id = org.id AND a.attendance = 'attended' AND m.id <> $3 AND m.starts_at < $4
        AND ($2 OR m.classification = 'OFFICIAL')
      ORDER BY m.starts_at DESC, m.id DESC
      LIMIT 3) x
   ORDER BY x.starts_at DESC, x.id DESC`;
