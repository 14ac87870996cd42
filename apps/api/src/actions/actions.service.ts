import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OPEN_ACTION_STATUSES, type ActionDetailResponse, type ActionResponse, type ActionUpdateResponse, type Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { NotFound, StaleVersion } from '../common/errors';
import { londonDate } from '../common/dates';
import { cappedTotal } from '../common/list-query';
import { assertReferences, type ReferenceCheck } from '../common/references';
import { onOneConnection, sql, type ReadSource } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import type { ListExport } from '../exports/list-export';
import { nameLookups } from '../exports/names';
import { Notices } from '../notifications/notices';
import { actionExport } from './action-export';
import { SEARCH_TERMS_SQL, actionFilter, actionPageSql, type ActionFilter } from './action-list';
import { ACTION_COLUMNS, toActionResponse, toActionUpdateResponse, withNames, type ActionRow, type ActionUpdateRow } from './action.mapper';
import type { ActionListQuery, CreateActionBody, CreateActionUpdateBody, UpdateActionBody } from './action.requests';
import { assertCompletionNote, assertOneOwner, assertReviewerFields, closedAtFor, isClosed, ownerColumns, stricter } from './action.rules';

type Db = DataSource | EntityManager;

/** Progress notes shown with an action, newest first; an action with more is an outlier worth a separate view. */
const UPDATES_LIMIT = 500;

/** Request fields → columns; only these can be written. */
const COLUMNS: Record<keyof UpdateActionBody, string> = {
  title: 'title',
  description: 'description',
  meetingId: 'meeting_id',
  ownerUserId: 'owner_user_id',
  ownerOrganisationId: 'owner_organisation_id',
  dueOn: 'due_on',
  priority: 'priority',
  status: 'status',
  kind: 'kind',
  raisedByOrganisationId: 'raised_by_organisation_id',
  proposalIds: 'proposal_ids',
  themeIds: 'theme_ids',
  completionNote: 'completion_note',
  classification: 'classification',
};

/** Every id an action refers to; only the fields sent are checked. Owners must still have an active account. */
function referenceChecks(body: CreateActionBody): ReferenceCheck[] {
  return [
    { field: 'meetingId', table: 'meetings', ids: [body.meetingId] },
    { field: 'ownerUserId', table: 'users', ids: [body.ownerUserId], where: 'deactivated_at IS NULL' },
    { field: 'ownerOrganisationId', table: 'organisations', ids: [body.ownerOrganisationId] },
    { field: 'raisedByOrganisationId', table: 'organisations', ids: [body.raisedByOrganisationId] },
    { field: 'proposalIds', table: 'proposals', ids: body.proposalIds ?? [] },
    { field: 'themeIds', table: 'themes', ids: body.themeIds ?? [] },
  ];
}

function unique(ids: string[] | undefined): string[] | undefined {
  return ids && [...new Set(ids)];
}

@Injectable()
export class ActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notices: Notices,
  ) {}

  async list(query: ActionListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<ActionResponse>> {
    const f = await this.filter(query, user, db);
    const [rows, total] = await onOneConnection(db, async (q) => [
      await sql<ActionRow>(q, actionPageSql(f, query), f.params),
      await cappedTotal(q, `FROM actions a ${f.sql}`, f.params),
    ] as const);
    const today = londonDate();
    return { items: rows.map((row) => toActionResponse(row, today)), page: query.page, pageSize: query.pageSize, ...total };
  }

  /** The same list, every match, as a file. */
  async exportSource(query: ActionListQuery, user: AuthUser, db: ReadSource = this.db): Promise<ListExport<ActionRow, ActionResponse>> {
    const [f, names] = await Promise.all([this.filter(query, user, db), nameLookups(db)]);
    return actionExport(f, query, names);
  }

  private async filter(query: ActionListQuery, user: AuthUser, db: ReadSource): Promise<ActionFilter> {
    const searchTerms = query.q ? (await sql<{ terms: boolean }>(db, SEARCH_TERMS_SQL, [query.q]))[0].terms : false;
    return actionFilter(query, user, { searchTerms });
  }

  /** "My open actions": owned by the caller, open unless other statuses are asked for. */
  mine(query: ActionListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<ActionResponse>> {
    const status = query.status?.length ? query.status : [...OPEN_ACTION_STATUSES];
    return this.list({ ...query, owner: 'me', status }, user, db);
  }

  /** A hidden (OFFICIAL_SENSITIVE) action is answered exactly like a missing one. */
  async get(id: string, user: AuthUser): Promise<ActionDetailResponse> {
    return this.detail(this.db, toActionResponse(await this.row(this.db, id, seesSensitive(user))));
  }

  async create(body: CreateActionBody, user: AuthUser): Promise<ActionDetailResponse> {
    assertOneOwner(body);
    const status = body.status ?? 'open';
    assertCompletionNote(status, body.completionNote);
    return this.db.transaction(async (tx) => {
      await assertReferences(tx, referenceChecks(body));
      // reference comes from the column default (a sequence): unique under concurrency, gaps after rollbacks.
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO actions (title, description, meeting_id, owner_user_id, owner_organisation_id, due_on, priority, status, kind,
           raised_by_organisation_id, proposal_ids, theme_ids, completion_note, classification, closed_at, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
           coalesce($14, (SELECT classification FROM meetings WHERE id = $3), 'OFFICIAL'),
           CASE WHEN $15::boolean THEN now() END, $16, $16)
         RETURNING id`,
        [
          body.title,
          body.description ?? '',
          body.meetingId ?? null,
          body.ownerUserId ?? null,
          body.ownerOrganisationId ?? null,
          body.dueOn ?? null,
          body.priority ?? 'medium',
          status,
          body.kind ?? 'action',
          body.raisedByOrganisationId ?? null,
          unique(body.proposalIds) ?? [],
          unique(body.themeIds) ?? [],
          body.completionNote ?? null,
          body.classification ?? null,
          isClosed(status),
          user.id,
        ],
      );
      const created = toActionResponse(await this.row(tx, id, true));
      await this.audit.record(tx, { actorId: user.id, entity: 'action', entityId: id, action: 'created', after: created, classification: created.classification });
      await this.noticeAssignment(tx, created, null, user);
      return { ...created, updates: [] };
    });
  }

  async update(id: string, version: number, body: UpdateActionBody, user: AuthUser): Promise<ActionDetailResponse> {
    assertReviewerFields(body, user);
    rejectNulls(body, ['title', 'description', 'priority', 'status', 'kind', 'proposalIds', 'themeIds', 'classification']);
    assertOneOwner(body);
    return this.db.transaction(async (tx) => {
      // Locked, so the rules below judge the row as it is, not as a concurrent writer is leaving it.
      const before = toActionResponse(await this.row(tx, id, true, true));
      // Stale is answered before any other rule: the caller must re-read whatever else is wrong.
      if (before.version !== version) throw new StaleVersion('action', id, before.version);
      const next = { status: body.status ?? before.status, note: body.completionNote === undefined ? before.completionNote : body.completionNote };
      assertCompletionNote(next.status, next.note);
      await assertReferences(tx, referenceChecks(body));
      const set: Record<string, unknown> = {
        ...columnsFrom({ ...body, proposalIds: unique(body.proposalIds), themeIds: unique(body.themeIds) }, COLUMNS),
        ...ownerColumns(body, before),
      };
      const closedAt = closedAtFor(before.status, body.status);
      if (closedAt !== undefined) set['closed_at'] = closedAt;
      await updateIfVersion(tx, 'actions', 'action', id, version, user.id, set);
      const after = toActionResponse(await this.row(tx, id, true));
      const classification = stricter(before.classification, after.classification);
      await this.audit.record(tx, { actorId: user.id, entity: 'action', entityId: id, action: 'updated', before, after, classification });
      await this.noticeAssignment(tx, after, before.ownerUserId, user);
      return this.detail(tx, after);
    });
  }

  /** A progress note. It touches only updated_at on the action, so it never makes someone's open edit stale. */
  async addUpdate(id: string, body: CreateActionUpdateBody, user: AuthUser): Promise<ActionUpdateResponse> {
    return this.db.transaction(async (tx) => {
      const [action] = await sql<Pick<ActionRow, 'classification'>>(tx, `UPDATE actions SET updated_at = now() WHERE id = $1 RETURNING classification`, [id]);
      if (!action) throw new NotFound('action', id);
      const [row] = await sql<ActionUpdateRow>(
        tx,
        `INSERT INTO action_updates (action_id, body, author_id) VALUES ($1, $2, $3)
         RETURNING id, action_id, body, author_id, $4::text AS author_name, created_at`,
        [id, body.body, user.id, user.name],
      );
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'action',
        entityId: id,
        action: 'update_added',
        details: { updateId: row.id, body: row.body },
        classification: action.classification,
      });
      return toActionUpdateResponse(row);
    });
  }

  /** Tells a new owner (not one who assigned it to themselves) in the same transaction as the change. */
  private async noticeAssignment(tx: EntityManager, action: ActionResponse, previousOwner: string | null, user: AuthUser): Promise<void> {
    const owner = action.ownerUserId;
    if (!owner || owner === previousOwner || owner === user.id) return;
    await this.notices.notify(tx, { userId: owner, kind: 'action_assigned', entity: 'action', entityId: action.id, dedupeKey: `action_assigned:${action.id}:${action.version}` });
  }

  private async detail(db: Db, response: ActionResponse): Promise<ActionDetailResponse> {
    const updates = await sql<ActionUpdateRow>(
      db,
      `SELECT u.id, u.action_id, u.body, u.author_id, au.name AS author_name, u.created_at
         FROM action_updates u JOIN users au ON au.id = u.author_id
        WHERE u.action_id = $1 ORDER BY u.created_at DESC, u.id LIMIT ${UPDATES_LIMIT}`,
      [response.id],
    );
    return { ...response, updates: updates.map(toActionUpdateResponse) };
  }

  private async row(db: Db, id: string, sensitive: boolean, forUpdate = false): Promise<ActionRow> {
    const inner = `SELECT ${ACTION_COLUMNS} FROM actions a WHERE a.id = $1 AND ($2::boolean OR a.classification = 'OFFICIAL') ${forUpdate ? 'FOR UPDATE' : ''}`;
    const [row] = await sql<ActionRow>(db, withNames(inner, '$2::boolean'), [id, sensitive]);
    if (!row) throw new NotFound('action', id);
    return row;
  }
}
