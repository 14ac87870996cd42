import {
  OPEN_ACTION_STATUSES,
  type ActionKind,
  type ActionPriority,
  type ActionResponse,
  type ActionStatus,
  type ActionUpdateResponse,
  type Classification,
} from '@send/contracts';
import { dateOnly, londonDate } from '../common/dates';

export interface ActionRow {
  id: string;
  reference: string;
  title: string;
  description: string;
  meeting_id: string | null;
  owner_user_id: string | null;
  owner_organisation_id: string | null;
  due_on: Date | string | null;
  priority: ActionPriority;
  status: ActionStatus;
  kind: ActionKind;
  raised_by_organisation_id: string | null;
  proposal_ids: string[];
  theme_ids: string[];
  completion_note: string | null;
  classification: Classification;
  closed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
  // Display names, joined in.
  owner_name: string | null;
  raised_by_name: string | null;
  meeting_reference: string | null;
}

export interface ActionUpdateRow {
  id: string;
  action_id: string;
  body: string;
  author_id: string;
  author_name: string;
  created_at: Date;
}

/** The action's own columns: never `SELECT *` into a response (the search vector stays in the database). */
export const ACTION_COLUMNS = `a.id, a.reference, a.title, a.description, a.meeting_id, a.owner_user_id, a.owner_organisation_id,
  a.due_on, a.priority, a.status, a.kind, a.raised_by_organisation_id, a.proposal_ids, a.theme_ids, a.completion_note,
  a.classification, a.closed_at, a.version, a.created_at, a.updated_at, a.created_by, a.updated_by`;

/**
 * SELECT over `inner` (a subquery returning ACTION_COLUMNS as `a`) with the display names joined on. The subquery
 * is limited first so a page of 25 joins 25 rows, not every match. `seesSensitive` is a placeholder: a sensitive
 * meeting's reference is not shown to viewers even on an OFFICIAL action.
 */
export function withNames(inner: string, seesSensitive: string): string {
  return `SELECT ${ACTION_COLUMNS}, coalesce(ou.name, oo.name) AS owner_name, rb.name AS raised_by_name, m.reference AS meeting_reference
    FROM (${inner}) a
    LEFT JOIN users ou ON ou.id = a.owner_user_id
    LEFT JOIN organisations oo ON oo.id = a.owner_organisation_id
    LEFT JOIN organisations rb ON rb.id = a.raised_by_organisation_id
    LEFT JOIN meetings m ON m.id = a.meeting_id AND (${seesSensitive} OR m.classification = 'OFFICIAL')`;
}

export function isOpen(status: ActionStatus): boolean {
  return (OPEN_ACTION_STATUSES as readonly ActionStatus[]).includes(status);
}

/** Overdue is derived, never stored: due before today in London and not yet done or cancelled. */
export function isOverdue(dueOn: string | null, status: ActionStatus, today: string = londonDate()): boolean {
  return dueOn !== null && dueOn < today && isOpen(status);
}

export function toActionResponse(row: ActionRow, today: string = londonDate()): ActionResponse {
  const dueOn = dateOnly(row.due_on);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    meetingId: row.meeting_id,
    meetingReference: row.meeting_reference,
    ownerUserId: row.owner_user_id,
    ownerOrganisationId: row.owner_organisation_id,
    ownerName: row.owner_name,
    dueOn,
    priority: row.priority,
    status: row.status,
    kind: row.kind,
    raisedByOrganisationId: row.raised_by_organisation_id,
    raisedByName: row.raised_by_name,
    proposalIds: row.proposal_ids,
    themeIds: row.theme_ids,
    completionNote: row.completion_note,
    classification: row.classification,
    overdue: isOverdue(dueOn, row.status, today),
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

export function toActionUpdateResponse(row: ActionUpdateRow): ActionUpdateResponse {
  return {
    id: row.id,
    actionId: row.action_id,
    body: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at.toISOString(),
  };
}
