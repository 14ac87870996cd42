import { ACTION_STATUSES, OPEN_ACTION_STATUSES, type ActionStatus } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { SqlFilter, offset, orderBy, type SortField } from '../common/list-query';
import { ACTION_COLUMNS, isOpen, withNames } from './action.mapper';
import type { ActionListQuery } from './action.requests';

/** Literal, not a parameter, so the planner can prove a query implies the partial index actions_open_due_idx. */
const OPEN = `('open','in_progress','blocked')`;

/** Whitelisted sorts. Statuses and priorities sort in their working order, not alphabetically. */
const SORTS: Record<string, SortField> = {
  dueOn: { expression: 'a.due_on', nullsLast: true },
  // Padded so ACT-10000 sorts after ACT-9999.
  reference: 'lpad(a.reference, 24)',
  title: 'lower(a.title)',
  status: `array_position(ARRAY['open','in_progress','blocked','done','cancelled'], a.status)`,
  priority: `array_position(ARRAY['low','medium','high'], a.priority)`,
  createdAt: 'a.created_at',
  updatedAt: 'a.updated_at',
};

/** `42`, `act42`, `ACT-0042` → `ACT-0042`: a reference typed into the search box finds that action by its index. */
export function referenceFrom(q: string): string | null {
  const match = /^(?:act-?)?0*(\d{1,9})$/i.exec(q.trim());
  return match ? `ACT-${match[1].padStart(4, '0')}` : null;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A list's WHERE clause, remembering the placeholder that says whether the reader sees OFFICIAL_SENSITIVE and the
 * statuses the list can contain (the page query is split by them).
 */
export class ActionFilter extends SqlFilter {
  readonly seesSensitive: string;
  statuses: readonly ActionStatus[] = ACTION_STATUSES;
  /** Set for overdue=false: the placeholder for today, from which an open action is not yet overdue. */
  notOverdueFrom?: string;
  /** Set when a filter can only be checked row by row (the ILIKE fallback): then the page query must not walk indexes. */
  scans = false;
  constructor(user: AuthUser) {
    super();
    this.seesSensitive = this.param(seesSensitive(user));
    this.where(`(${this.seesSensitive}::boolean OR a.classification = 'OFFICIAL')`);
  }
}

/** The statuses asked for, narrowed to the open ones when only overdue actions are wanted. */
function statusesFor(query: ActionListQuery): readonly ActionStatus[] | undefined {
  const asked = query.status?.length ? ACTION_STATUSES.filter((s) => query.status?.includes(s)) : undefined;
  if (query.overdue !== true) return asked;
  return OPEN_ACTION_STATUSES.filter((s) => !asked || asked.includes(s));
}

export interface ActionFilterContext {
  /** Whether `q` yields full-text search terms (SEARCH_TERMS_SQL); false means the ILIKE fallback. */
  searchTerms: boolean;
  today?: string;
}

/** The WHERE clause for a list: visibility first, then each filter that was given (all combine with AND). */
export function actionFilter(query: ActionListQuery, user: AuthUser, { searchTerms, today = londonDate() }: ActionFilterContext): ActionFilter {
  const f = new ActionFilter(user);
  const statuses = statusesFor(query);
  if (statuses) {
    f.statuses = statuses;
    f.where(statuses.length ? `a.status = ANY(${f.param(statuses)}::text[])` : 'false');
  }
  if (query.owner) f.where(`a.owner_user_id = ${f.param(query.owner === 'me' ? user.id : query.owner)}::uuid`);
  if (query.ownerOrganisationId) f.where(`a.owner_organisation_id = ${f.param(query.ownerOrganisationId)}::uuid`);
  if (query.overdue !== undefined) {
    const t = f.param(today);
    f.where(query.overdue ? `(a.due_on < ${t}::date AND a.status IN ${OPEN})` : `(a.due_on IS NULL OR a.due_on >= ${t}::date OR a.status NOT IN ${OPEN})`);
    if (!query.overdue) f.notOverdueFrom = t;
  }
  if (query.dueFrom) f.where(`a.due_on >= ${f.param(query.dueFrom)}::date`);
  if (query.dueTo) f.where(`a.due_on <= ${f.param(query.dueTo)}::date`);
  if (query.meetingId) f.where(`a.meeting_id = ${f.param(query.meetingId)}::uuid`);
  if (query.themeId) f.where(`a.theme_ids @> ARRAY[${f.param(query.themeId)}::uuid]`);
  if (query.proposalId) f.where(`a.proposal_ids @> ARRAY[${f.param(query.proposalId)}::uuid]`);
  if (query.organisationId) {
    const org = f.param(query.organisationId);
    f.where(`(a.raised_by_organisation_id = ${org}::uuid OR a.owner_organisation_id = ${org}::uuid)`);
  }
  if (query.kind) f.where(`a.kind = ${f.param(query.kind)}`);
  if (query.priority) f.where(`a.priority = ${f.param(query.priority)}`);
  if (query.q) searchFilter(f, query.q, searchTerms);
  return f;
}

/**
 * Whether text gives websearch_to_tsquery something the index can find: not only stop words or punctuation, and not
 * only exclusions (`-school` matches nearly everything, and would scan the whole GIN index).
 */
export const SEARCH_TERMS_SQL = `SELECT querytree(websearch_to_tsquery('english', $1::text)) NOT IN ('', 'T') AS terms`;

/**
 * Full text on `search`, or the exact reference. Text with no search terms ("the", "ACT-") falls back to a
 * title/reference ILIKE, which has to read every row: it is used only then.
 */
function searchFilter(f: ActionFilter, text: string, searchTerms: boolean): void {
  const arms: string[] = [];
  if (searchTerms) {
    arms.push(`a.search @@ websearch_to_tsquery('english', ${f.param(text)}::text)`);
  } else {
    const like = f.param(likePattern(text));
    arms.push(`a.title ILIKE ${like}`, `a.reference ILIKE ${like}`);
    f.scans = true;
  }
  const reference = referenceFrom(text);
  if (reference) arms.push(`a.reference = ${f.param(reference)}`);
  f.where(`(${arms.join(' OR ')})`);
}

/** ORDER BY from the whitelist; createdAt is written to match actions_created_idx (created_at DESC, id) exactly. */
function actionOrder(sort: string | undefined): string {
  if (sort === '-createdAt') return 'a.created_at DESC, a.id ASC';
  if (sort === 'createdAt') return 'a.created_at ASC, a.id DESC';
  return orderBy(sort, SORTS, 'dueOn', 'a.id');
}

/**
 * The actions on one page, before names are joined. Ordered by due date across several statuses, it is one query
 * per status (each reading actions_status_due_idx or an owner index in order and stopping early) merged: one
 * query over all statuses would sort every match, which at a million actions takes most of a second.
 */
function pageOfActions(f: ActionFilter, query: ActionListQuery, order: string): string {
  const limit = `LIMIT ${query.pageSize} OFFSET ${offset(query)}`;
  // A row-by-row filter that rarely matches would make each branch walk its whole index in random heap order.
  if ((query.sort ?? 'dueOn') !== 'dueOn' || f.statuses.length < 2 || f.scans) {
    return `SELECT ${ACTION_COLUMNS} FROM actions a ${f.sql} ORDER BY ${order} ${limit}`;
  }
  const branches = branchConditions(f).map(
    (condition) => `(SELECT ${ACTION_COLUMNS} FROM actions a ${f.sql} AND ${condition} ORDER BY ${order} LIMIT ${query.pageSize + offset(query)})`,
  );
  return `SELECT ${ACTION_COLUMNS} FROM (${branches.join(' UNION ALL ')}) a ORDER BY ${order} ${limit}`;
}

/**
 * One index range per branch. Statuses come from the ACTION_STATUSES constant, so the literal is safe. "Not overdue"
 * for an open status is an OR (dated from today, or undated) that no index can range over, so it becomes two.
 */
function branchConditions(f: ActionFilter): string[] {
  return f.statuses.flatMap((status) => {
    const is = `a.status = '${status}'`;
    if (f.notOverdueFrom === undefined || !isOpen(status)) return [is];
    return [`${is} AND a.due_on >= ${f.notOverdueFrom}::date`, `${is} AND a.due_on IS NULL`];
  });
}

/** The page query: filter, sort and limit the actions alone, then join the names onto that page. */
export function actionPageSql(f: ActionFilter, query: ActionListQuery): string {
  const order = actionOrder(query.sort);
  return `${withNames(pageOfActions(f, query, order), `${f.seesSensitive}::boolean`)} ORDER BY ${order}`;
}

/** Every match in the list's order, names joined: what an export streams. */
export function actionExportSql(f: ActionFilter, query: ActionListQuery): string {
  const order = actionOrder(query.sort);
  return `${withNames(`SELECT ${ACTION_COLUMNS} FROM actions a ${f.sql}`, `${f.seesSensitive}::boolean`)} ORDER BY ${order}`;
}
