import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FieldError, GroupMemberResponse } from '@send/contracts';
import { AuditService, changedFields } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { Conflict, NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { assertReferences } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { MEMBERSHIP_COLUMNS, MEMBERSHIP_FROM, toMemberResponse, type MembershipRow } from './group.mapper';
import type { AddGroupMemberBody, UpdateGroupMemberBody } from './group.requests';

const COLUMNS: Record<keyof UpdateGroupMemberBody, string> = { joinedOn: 'joined_on', leftOn: 'left_on', reason: 'reason' };

interface Span {
  organisationId: string;
  joinedOn: string;
  leftOn: string | null;
}

/**
 * Dated memberships of organisations in groups. Every change first locks the group row, so two requests cannot both
 * pass the overlap check and then both insert.
 */
@Injectable()
export class GroupMembersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(groupId: string, body: AddGroupMemberBody, user: AuthUser): Promise<GroupMemberResponse> {
    return this.db.transaction(async (tx) => {
      await lockGroup(tx, groupId);
      await assertReferences(tx, [{ field: 'organisationId', table: 'organisations', ids: [body.organisationId] }]);
      const span = { organisationId: body.organisationId, joinedOn: body.joinedOn, leftOn: body.leftOn ?? null };
      await assertValidSpan(tx, groupId, span, null, ['organisationId']);
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO group_memberships (group_id, organisation_id, joined_on, left_on, reason, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [groupId, span.organisationId, span.joinedOn, span.leftOn, body.reason, user.id],
      );
      const membership = await this.membership(tx, groupId, id);
      await this.audit.record(tx, { actorId: user.id, entity: 'group', entityId: groupId, action: 'member_added', details: { membership } });
      return membership;
    });
  }

  async update(groupId: string, membershipId: string, version: number, body: UpdateGroupMemberBody, user: AuthUser): Promise<GroupMemberResponse> {
    rejectNulls(body, ['joinedOn', 'reason']);
    return this.db.transaction(async (tx) => {
      await lockGroup(tx, groupId);
      const before = await this.membership(tx, groupId, membershipId);
      // The dates are checked against the stored ones, so a stale request is refused as stale first.
      if (before.version !== version) throw new StaleVersion('group membership', membershipId, before.version);
      const span = { organisationId: before.organisationId, joinedOn: body.joinedOn ?? before.joinedOn, leftOn: body.leftOn === undefined ? before.leftOn : body.leftOn };
      await assertValidSpan(tx, groupId, span, membershipId, (['joinedOn', 'leftOn'] as const).filter((f) => body[f] !== undefined));
      await updateIfVersion(tx, 'group_memberships', 'group membership', membershipId, version, user.id, columnsFrom(body, COLUMNS));
      const membership = await this.membership(tx, groupId, membershipId);
      await this.audit.record(tx, { actorId: user.id, entity: 'group', entityId: groupId, action: 'member_updated', details: { membership, changes: changedFields(before, membership) } });
      return membership;
    });
  }

  private async membership(tx: EntityManager, groupId: string, id: string): Promise<GroupMemberResponse> {
    const [row] = await sql<MembershipRow>(tx, `SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_FROM} WHERE m.id = $1 AND m.group_id = $2`, [id, groupId]);
    if (!row) throw new NotFound('membership of this group', id);
    return toMemberResponse(row, londonDate());
  }
}

async function lockGroup(tx: EntityManager, groupId: string): Promise<void> {
  const [group] = await sql(tx, `SELECT 1 FROM groups WHERE id = $1 FOR UPDATE`, [groupId]);
  if (!group) throw new NotFound('group', groupId);
}

/**
 * leftOn on or after joinedOn (422 naming leftOn), and no other membership of the same organisation in this group
 * sharing a day with this one (409 naming `fields`). Both ends are inclusive: left_on is the last day of membership.
 */
async function assertValidSpan(tx: EntityManager, groupId: string, span: Span, exceptId: string | null, fields: readonly string[]): Promise<void> {
  if (span.leftOn !== null && span.leftOn < span.joinedOn) {
    throw new Unprocessable('A membership cannot end before it starts.', [{ field: 'leftOn', message: `leftOn must be on or after joinedOn (${span.joinedOn})` }]);
  }
  const [clash] = await sql<{ joined_on: string; left_on: string | null }>(
    tx,
    `SELECT joined_on::text, left_on::text FROM group_memberships
      WHERE group_id = $1 AND organisation_id = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)
        AND daterange(joined_on, left_on, '[]') && daterange($4::date, $5::date, '[]')
      LIMIT 1`,
    [groupId, span.organisationId, exceptId, span.joinedOn, span.leftOn],
  );
  if (clash) {
    const message = `this organisation already has a membership of this group from ${clash.joined_on} ${clash.left_on ? `to ${clash.left_on}` : '(still open)'}`;
    const errors: FieldError[] = (fields.length ? fields : ['joinedOn']).map((field) => ({ field, message }));
    throw new Conflict('Memberships of one organisation in a group cannot overlap.', errors);
  }
}
