import type { DueRecordResponse, RetentionAction, RetentionRecordType } from '@send/contracts';
import { dateOnly } from '../common/dates';

/** Requests still being answered: their bundles are kept whole until they close. */
const OPEN_REQUEST = `ir.status NOT IN ('responded','withdrawn')`;
const HOLD_ON = (entity: string, id: string) => `EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND h.entity = '${entity}' AND h.entity_id = ${id})`;

/**
 * Every record of each kind with the date its clock started (and the organisation, for a contact's holds). The
 * clocks: a meeting from its date; an action from its closing; a contact from its last meeting or the last change
 * to it, whichever is later; a request from its response (or, withdrawn, its last change).
 */
const CANDIDATES = `
  SELECT 'meeting'::text AS record_type, m.id AS record_id, m.reference, m.title AS label, m.starts_at AS started_at, NULL::uuid AS organisation_id
    FROM meetings m JOIN retention_rules rm ON rm.record_type = 'meeting'
   -- Written against the column so meetings_starts_idx finds the old ones without reading the rest.
   WHERE m.starts_at <= $1::timestamptz - make_interval(months => rm.period_months)
  UNION ALL
  SELECT 'action', a.id, a.reference, a.title, a.closed_at, NULL FROM actions a WHERE a.status IN ('done','cancelled') AND a.closed_at IS NOT NULL
  UNION ALL
  SELECT 'contact', c.id, 'Contact at ' || o.name, c.name,
         GREATEST(c.updated_at, (SELECT max(ma.meeting_starts_at) FROM meeting_attendees ma WHERE ma.organisation_id = c.organisation_id AND c.id = ANY (ma.contact_ids))),
         c.organisation_id
    FROM contacts c JOIN organisations o ON o.id = c.organisation_id JOIN retention_rules rc ON rc.record_type = 'contact'
   -- The last change bounds the clock from below: contacts changed within the period skip the look at their meetings.
   WHERE c.anonymised_at IS NULL AND c.updated_at <= $1::timestamptz - make_interval(months => rc.period_months)
  UNION ALL
  SELECT 'information_request', ir.id, ir.reference, ir.summary, COALESCE(ir.responded_on::timestamptz, ir.updated_at), NULL
    FROM information_requests ir WHERE NOT (${OPEN_REQUEST})`;

/**
 * Why a record may not be disposed of now, or null: a legal hold on it (or, for a contact, on its organisation), or
 * its place in the bundle of a request that is still open or is itself under a hold.
 */
const HELD_BY = `(
  SELECT reason FROM (
    SELECT 1 AS o, 'Legal hold: ' || h.reason AS reason FROM legal_holds h
     WHERE h.released_at IS NULL AND h.entity = d.record_type AND h.entity_id = d.record_id
    UNION ALL
    SELECT 2, 'Legal hold on its organisation: ' || h.reason FROM legal_holds h
     WHERE h.released_at IS NULL AND h.entity = 'organisation' AND h.entity_id = d.organisation_id
    UNION ALL
    SELECT 3, 'In the bundle of ' || ir.reference || CASE WHEN ${OPEN_REQUEST} THEN ', which is still open' ELSE ', which is under a legal hold' END
      FROM information_request_items i JOIN information_requests ir ON ir.id = i.request_id
     WHERE i.kind = d.record_type AND i.record_id = d.record_id::text AND (${OPEN_REQUEST} OR ${HOLD_ON('information_request', 'ir.id')})
  ) reasons ORDER BY o LIMIT 1)`;

export interface DueRow {
  record_type: RetentionRecordType;
  record_id: string;
  reference: string;
  label: string;
  started_at: Date;
  due_on: Date | string;
  rule_id: string;
  rule_version: number;
  period_months: number;
  action: RetentionAction;
  held_by: string | null;
}

/**
 * `FROM … WHERE …` of the records whose period has run by `now` under their kind's rule, not already selected for
 * preservation; `where` narrows it further. Parameter $1 is now.
 */
export function dueFrom(where = ''): string {
  return `FROM (
      SELECT d.*, (d.started_at + make_interval(months => r.period_months))::date AS due_on, r.id AS rule_id, r.version AS rule_version,
             r.period_months, r.action, ${HELD_BY} AS held_by
        FROM (${CANDIDATES}) d JOIN retention_rules r ON r.record_type = d.record_type
       WHERE d.started_at + make_interval(months => r.period_months) <= $1
         AND NOT EXISTS (SELECT 1 FROM retention_disposals x WHERE x.record_type = d.record_type AND x.record_id = d.record_id AND x.outcome = 'selected_for_preservation')
    ) due ${where}`;
}

export const DUE_COLUMNS = 'record_type, record_id, reference, label, started_at, due_on, rule_id, rule_version, period_months, action, held_by';
export const DUE_ORDER = 'due_on ASC, record_type ASC, record_id ASC';

export function toDueResponse(r: DueRow): DueRecordResponse {
  return {
    recordType: r.record_type,
    recordId: r.record_id,
    reference: r.reference,
    label: r.label,
    clockStartedOn: r.started_at.toISOString().slice(0, 10),
    dueOn: dateOnly(r.due_on) ?? '',
    ruleId: r.rule_id,
    action: r.action,
    heldBy: r.held_by,
  };
}
