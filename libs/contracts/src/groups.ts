import type { Tracked } from './common';

/** A standing group the department convenes (the SEND Reform Development Group, an expert advisory group…). */
export interface GroupResponse extends Tracked {
  id: string;
  name: string;
  description: string;
  /** Organisations whose membership is current today (Europe/London). */
  currentMemberCount: number;
}

/** One group with every membership, past, current and future. */
export interface GroupDetailResponse extends GroupResponse {
  members: GroupMemberResponse[];
}

/** One dated membership of an organisation in a group. */
export interface GroupMemberResponse extends Tracked {
  id: string;
  groupId: string;
  organisationId: string;
  organisationName: string;
  /** YYYY-MM-DD. */
  joinedOn: string;
  /** YYYY-MM-DD, the last day of membership; null while open-ended. */
  leftOn: string | null;
  /** Why the organisation was invited (members are invited by topic). */
  reason: string;
  /** joinedOn ≤ today ≤ leftOn (or no leftOn), today in Europe/London. */
  current: boolean;
}

export interface CreateGroupRequest {
  name: string;
  description?: string;
}

export type UpdateGroupRequest = Partial<CreateGroupRequest>;

export interface GroupListFilters {
  /** Matches name or description. */
  q?: string;
  /** Groups this organisation is or was a member of. */
  organisationId?: string;
  page?: number;
  pageSize?: number;
  /** name (default) or createdAt; `-` in front for descending. */
  sort?: string;
}

/** POST /groups/:id/members. One organisation cannot hold two overlapping memberships of a group. */
export interface AddGroupMemberRequest {
  organisationId: string;
  joinedOn: string;
  /** For recording a membership that has already ended. */
  leftOn?: string | null;
  reason: string;
}

/** PATCH /groups/:id/members/:membershipId (If-Match: the membership's version). */
export interface UpdateGroupMemberRequest {
  joinedOn?: string;
  /** null reopens the membership. */
  leftOn?: string | null;
  reason?: string;
}
