import type { ParamMap, Params } from '@angular/router';
import type { ActionKind, ActionListFilters, ActionSort, ActionStatus } from '@send/contracts';
import { formatLondonDate } from '@send/web-ui';
import { KIND_LABELS, STATUS_LABELS, isKind, isStatus } from '../action-labels';

export const PAGE_SIZE = 25;

/** The action log as the URL describes it. Values the API will judge (owner, ids, dates) are kept as typed. */
export interface ActionListView {
  readonly status: readonly ActionStatus[];
  readonly owner: string | null;
  readonly overdue: boolean;
  readonly dueFrom: string | null;
  readonly dueTo: string | null;
  readonly themeId: string | null;
  readonly proposalId: string | null;
  readonly organisationId: string | null;
  readonly kind: ActionKind | null;
  readonly q: string | null;
  readonly sort: string | null;
  readonly page: number;
}

/** Every filter's query parameter: "Clear filters" removes these and keeps the sort. */
export const FILTER_KEYS = ['status', 'owner', 'overdue', 'dueFrom', 'dueTo', 'themeId', 'proposalId', 'organisationId', 'kind', 'q'] as const;

export function viewFromParams(params: ParamMap): ActionListView {
  const text = (key: string) => params.get(key)?.trim() || null;
  const page = Number(params.get('page'));
  const kind = params.get('kind');
  return {
    status: params.getAll('status').filter(isStatus),
    owner: text('owner'),
    overdue: params.get('overdue') === 'true',
    dueFrom: text('dueFrom'),
    dueTo: text('dueTo'),
    themeId: text('themeId'),
    proposalId: text('proposalId'),
    organisationId: text('organisationId'),
    kind: isKind(kind) ? kind : null,
    q: text('q'),
    sort: text('sort'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The API query for a view; overdue=false is never sent, as "not only overdue" means no filter. */
export function apiFilters(view: ActionListView): ActionListFilters {
  return {
    status: [...view.status],
    owner: view.owner ?? undefined,
    overdue: view.overdue || undefined,
    dueFrom: view.dueFrom ?? undefined,
    dueTo: view.dueTo ?? undefined,
    themeId: view.themeId ?? undefined,
    proposalId: view.proposalId ?? undefined,
    organisationId: view.organisationId ?? undefined,
    kind: view.kind ?? undefined,
    q: view.q ?? undefined,
    sort: view.sort ?? undefined,
    page: view.page,
    pageSize: PAGE_SIZE,
  };
}

export function hasFilters(view: ActionListView): boolean {
  return FILTER_KEYS.some((key) => {
    const value = view[key];
    return Array.isArray(value) ? value.length > 0 : !!value;
  });
}

export interface SelectedFilter {
  readonly text: string;
  /** Query parameters that take this filter off (merged into the URL; page goes back to 1). */
  readonly remove: Params;
}

export interface SelectedFilterCategory {
  readonly heading: string;
  readonly items: readonly SelectedFilter[];
}

export interface FilterNames {
  user(id: string): string | null;
  theme(id: string): string;
  proposal(id: string): string;
  organisation(id: string): string | null;
}

/** The MOJ "selected filters" block: one tag per value, each a link that removes just that value. */
export function selectedFilters(view: ActionListView, names: FilterNames): SelectedFilterCategory[] {
  const one = (heading: string, key: string, text: string | null): SelectedFilterCategory[] =>
    text === null ? [] : [{ heading, items: [{ text, remove: { [key]: null, page: null } }] }];
  const date = (value: string) => formatLondonDate(value);
  const owner = view.owner === 'me' ? 'Me' : view.owner ? (names.user(view.owner) ?? 'Someone not in the list') : null;
  const categories: SelectedFilterCategory[] = [];
  if (view.status.length) {
    categories.push({
      heading: 'Status',
      items: view.status.map((status) => {
        const rest = view.status.filter((s) => s !== status);
        return { text: STATUS_LABELS[status], remove: { status: rest.length ? rest : null, page: null } };
      }),
    });
  }
  categories.push(
    ...one('Owner', 'owner', owner),
    ...one('Overdue', 'overdue', view.overdue ? 'Overdue only' : null),
  );
  const due: SelectedFilter[] = [];
  if (view.dueFrom) due.push({ text: `From ${date(view.dueFrom)}`, remove: { dueFrom: null, page: null } });
  if (view.dueTo) due.push({ text: `To ${date(view.dueTo)}`, remove: { dueTo: null, page: null } });
  if (due.length) categories.push({ heading: 'Due date', items: due });
  categories.push(
    ...one('Theme', 'themeId', view.themeId && names.theme(view.themeId)),
    ...one('Proposal', 'proposalId', view.proposalId && names.proposal(view.proposalId)),
    ...one('Organisation', 'organisationId', view.organisationId && (names.organisation(view.organisationId) ?? 'The chosen organisation')),
    ...one('Kind', 'kind', view.kind && KIND_LABELS[view.kind]),
    ...one('Search', 'q', view.q && `“${view.q}”`),
  );
  return categories;
}

/** Query parameters that clear every filter but keep the sort. */
export function clearFilterParams(): Params {
  return Object.fromEntries([...FILTER_KEYS, 'page'].map((key) => [key, null]));
}

/** Columns the API can sort by; the default is due date, soonest first. */
export type SortColumn = Extract<ActionSort, 'reference' | 'title' | 'dueOn' | 'status'>;
export const DEFAULT_SORT: SortColumn = 'dueOn';

export type SortDirection = 'ascending' | 'descending' | 'none';

export function sortDirection(sort: string | null, column: SortColumn): SortDirection {
  const current = sort ?? DEFAULT_SORT;
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return 'none';
}

/** The sort after a column's button is pressed: ascending first, then flipping; the default sort leaves the URL. */
export function nextSort(sort: string | null, column: SortColumn): string | null {
  const next = sortDirection(sort, column) === 'ascending' ? `-${column}` : column;
  return next === DEFAULT_SORT ? null : next;
}

/** "Showing 1 to 25 of 312 actions", "… of more than 10,000 actions". */
export function resultsLine(page: number, pageSize: number, total: number, totalIsLowerBound: boolean, shown: number): string {
  if (shown === 0) return 'No actions';
  const from = (page - 1) * pageSize + 1;
  const to = from + shown - 1;
  const of = totalIsLowerBound ? `more than ${total.toLocaleString('en-GB')}` : total.toLocaleString('en-GB');
  const noun = total === 1 && !totalIsLowerBound ? 'action' : 'actions';
  return `Showing ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} of ${of} ${noun}`;
}
