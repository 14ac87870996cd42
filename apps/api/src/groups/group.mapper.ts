import type { GroupDetailResponse, GroupMemberResponse, GroupResponse } from '@send/contracts';
import { dateOnly } from '../common/dates';
import { toTracked, trackedColumns, type TrackedRow } from '../common/tracked';

export interface GroupRow extends TrackedRow {
  id: string;
  name: string;
  description: string;
}

export interface MembershipRow extends TrackedRow {
  id: string;
  group_id: string;
  organisation_id: string;
  organisation_name: string;
  joined_on: Date | string;
  left_on: Date | string | null;
  reason: string;
}

export const GROUP_COLUMNS = `g.id, g.name, g.description, ${trackedColumns('g')}`;

export const MEMBERSHIP_COLUMNS = `m.id, m.group_id, m.organisation_id, o.name AS organisation_name, m.joined_on, m.left_on, m.reason, ${trackedColumns('m')}`;
export const MEMBERSHIP_FROM = `FROM group_memberships m JOIN organisations o ON o.id = m.organisation_id`;

/** Current on `today` (YYYY-MM-DD, Europe/London): joined by then and not yet left; left_on is the last day. */
export function isCurrent(joinedOn: string, leftOn: string | null, today: string): boolean {
  return joinedOn <= today && (leftOn === null || leftOn >= today);
}

export function toGroupResponse(row: GroupRow, currentMemberCount: number): GroupResponse {
  return { id: row.id, name: row.name, description: row.description, currentMemberCount, ...toTracked(row) };
}

export function toMemberResponse(row: MembershipRow, today: string): GroupMemberResponse {
  const joinedOn = dateOnly(row.joined_on) as string;
  const leftOn = dateOnly(row.left_on);
  return {
    id: row.id,
    groupId: row.group_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    joinedOn,
    leftOn,
    reason: row.reason,
    current: isCurrent(joinedOn, leftOn, today),
    ...toTracked(row),
  };
}

export function toGroupDetail(row: GroupRow, members: GroupMemberResponse[]): GroupDetailResponse {
  return { ...toGroupResponse(row, members.filter((m) => m.current).length), members };
}
