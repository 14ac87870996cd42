import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { GroupDetailResponse, GroupResponse, Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { NotFound } from '../common/errors';
import { containing, pageOf } from '../common/list-page';
import { SqlFilter, orderBy } from '../common/list-query';
import { uniqueConflict } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { GROUP_COLUMNS, MEMBERSHIP_COLUMNS, MEMBERSHIP_FROM, toGroupDetail, toGroupResponse, toMemberResponse, type GroupRow, type MembershipRow } from './group.mapper';
import type { CreateGroupBody, GroupListQuery, UpdateGroupBody } from './group.requests';

const NAME_TAKEN = 'A group with this name already exists.';
const SORTS = { name: 'lower(g.name)', createdAt: 'g.created_at' };
const COLUMNS: Record<keyof UpdateGroupBody, string> = { name: 'name', description: 'description' };

const nameConflict = (error: unknown) => uniqueConflict(error, 'groups_name_key', 'name', NAME_TAKEN);

@Injectable()
export class GroupsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: GroupListQuery): Promise<Page<GroupResponse>> {
    const today = londonDate();
    const f = new SqlFilter();
    if (query.organisationId) {
      // "Is or was a member": a membership that has started; one planned for later does not count yet.
      f.where(`EXISTS (SELECT 1 FROM group_memberships gm WHERE gm.group_id = g.id AND gm.organisation_id = ${f.param(query.organisationId)} AND gm.joined_on <= ${f.param(today)}::date)`);
    }
    if (query.q) {
      const q = f.param(containing(query.q));
      f.where(`(g.name ILIKE ${q} OR g.description ILIKE ${q})`);
    }
    const page = await pageOf<GroupRow, GroupRow>(this.db, query, f, { select: GROUP_COLUMNS, from: `FROM groups g ${f.sql}`, orderBy: orderBy(query.sort, SORTS, 'name', 'g.id') }, (row) => row);
    const counts = await this.currentMemberCounts(page.items.map((g) => g.id), today);
    return { ...page, items: page.items.map((row) => toGroupResponse(row, counts.get(row.id) ?? 0)) };
  }

  async get(id: string): Promise<GroupDetailResponse> {
    return this.detail(this.db, id);
  }

  async create(body: CreateGroupBody, user: AuthUser): Promise<GroupDetailResponse> {
    return this.db.transaction(async (tx) => {
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO groups (name, description, created_by, updated_by) VALUES ($1, $2, $3, $3) RETURNING id`,
        [body.name, body.description ?? '', user.id],
      ).catch(nameConflict);
      const created = await this.detail(tx, id);
      await this.audit.record(tx, { actorId: user.id, entity: 'group', entityId: id, action: 'created', after: auditFields(created) });
      return created;
    });
  }

  async update(id: string, version: number, body: UpdateGroupBody, user: AuthUser): Promise<GroupDetailResponse> {
    rejectNulls(body, ['name', 'description']);
    return this.db.transaction(async (tx) => {
      const before = await this.detail(tx, id, true);
      await updateIfVersion(tx, 'groups', 'group', id, version, user.id, columnsFrom(body, COLUMNS)).catch(nameConflict);
      const after = await this.detail(tx, id);
      await this.audit.record(tx, { actorId: user.id, entity: 'group', entityId: id, action: 'updated', before: auditFields(before), after: auditFields(after) });
      return after;
    });
  }

  /** The group with all its memberships. `forUpdate` locks the group row, which also serialises membership changes. */
  async detail(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<GroupDetailResponse> {
    const [row] = await sql<GroupRow>(db, `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFound('group', id);
    const today = londonDate();
    const members = await sql<MembershipRow>(db, `SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_FROM} WHERE m.group_id = $1 ORDER BY lower(o.name), m.joined_on, m.id`, [id]);
    return toGroupDetail(row, members.map((m) => toMemberResponse(m, today)));
  }

  private async currentMemberCounts(groupIds: string[], today: string): Promise<Map<string, number>> {
    if (groupIds.length === 0) return new Map();
    const rows = await sql<{ group_id: string; n: number }>(
      this.db,
      `SELECT group_id, count(*)::int AS n FROM group_memberships
        WHERE group_id = ANY($1::uuid[]) AND joined_on <= $2::date AND (left_on IS NULL OR left_on >= $2::date) GROUP BY group_id`,
      [groupIds, today],
    );
    return new Map(rows.map((r) => [r.group_id, r.n]));
  }
}

/** Group audit events hold the group's own fields; memberships are audited as member_added / member_updated. */
function auditFields(group: GroupResponse): Pick<GroupResponse, 'id' | 'name' | 'description'> {
  return { id: group.id, name: group.name, description: group.description };
}
