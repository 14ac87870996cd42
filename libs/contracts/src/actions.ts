import type { Classification, Tracked } from './common';

export const ACTION_STATUSES = ['open', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses in which an action is still to be done (and can be overdue). */
export const OPEN_ACTION_STATUSES = ['open', 'in_progress', 'blocked'] as const satisfies readonly ActionStatus[];
export const CLOSED_ACTION_STATUSES = ['done', 'cancelled'] as const satisfies readonly ActionStatus[];

export const ACTION_PRIORITIES = ['low', 'medium', 'high'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export const ACTION_KINDS = ['action', 'ministerial_commitment'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_SORTS = ['dueOn', 'reference', 'title', 'status', 'priority', 'createdAt', 'updatedAt'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** The only fields a reviewer (private office) may change on an existing action. */
export const REVIEWER_ACTION_FIELDS = ['status', 'completionNote', 'dueOn', 'priority'] as const;

export interface ActionResponse extends Tracked {
  id: string;
  /** ACT-0001…, assigned by the database; never set by a client. */
  reference: string;
  title: string;
  description: string;
  meetingId: string | null;
  /** The meeting's reference, or null when there is no meeting or the reader may not see it. */
  meetingReference: string | null;
  ownerUserId: string | null;
  ownerOrganisationId: string | null;
  /** The owning user's or organisation's name. */
  ownerName: string | null;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  kind: ActionKind;
  /** The organisation whose point this action answers. */
  raisedByOrganisationId: string | null;
  raisedByName: string | null;
  proposalIds: string[];
  themeIds: string[];
  completionNote: string | null;
  classification: Classification;
  /** Due before today (Europe/London) and still open, in_progress or blocked. */
  overdue: boolean;
  /** When it was last moved to done or cancelled; null while open. */
  closedAt: string | null;
}

/** A timestamped progress note on an action. */
export interface ActionUpdateResponse {
  id: string;
  actionId: string;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
}

/** One action with its progress notes, newest first. */
export interface ActionDetailResponse extends ActionResponse {
  updates: ActionUpdateResponse[];
}

export interface CreateActionRequest {
  title: string;
  description?: string;
  meetingId?: string | null;
  /** At most one owner: a user or an organisation. */
  ownerUserId?: string | null;
  ownerOrganisationId?: string | null;
  dueOn?: string | null;
  priority?: ActionPriority;
  status?: ActionStatus;
  kind?: ActionKind;
  raisedByOrganisationId?: string | null;
  proposalIds?: string[];
  themeIds?: string[];
  /** Required when status is done. */
  completionNote?: string | null;
  /** Defaults to the meeting's classification, else OFFICIAL. */
  classification?: Classification;
}

/**
 * Fields sent are changed; fields left out are kept; null clears an optional field. Setting one owner replaces the
 * other (reassignment), unless both are sent. Reviewers may send only REVIEWER_ACTION_FIELDS.
 */
export type UpdateActionRequest = Partial<CreateActionRequest>;

export interface CreateActionUpdateRequest {
  body: string;
}

export interface ActionListFilters {
  q?: string;
  /** Repeatable or comma-separated. */
  status?: ActionStatus[];
  /** A user id, or `me`. */
  owner?: string;
  ownerOrganisationId?: string;
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  meetingId?: string;
  themeId?: string;
  proposalId?: string;
  /** Raised by or owned by this organisation. */
  organisationId?: string;
  kind?: ActionKind;
  priority?: ActionPriority;
  page?: number;
  pageSize?: number;
  /** One of ACTION_SORTS, with - in front for descending; default dueOn ascending, undated last. */
  sort?: string;
}
