import type { InformationRequestListFilters, InformationRequestType } from '@send/contracts';
import { INFORMATION_REQUEST_TYPES } from '@send/contracts';

/** The register's views: what the private office chases first. */
export const REQUEST_VIEWS = [
  { key: 'open', text: 'Open' },
  { key: 'overdue', text: 'Overdue' },
  { key: 'week', text: 'Due this week' },
  { key: 'mine', text: 'Mine' },
  { key: 'all', text: 'All' },
] as const;
export type RequestView = (typeof REQUEST_VIEWS)[number]['key'];

export const REQUEST_PAGE_SIZE = 25;
const OPEN_STATUSES = ['received', 'searching', 'drafting', 'cleared'] as const;

export interface RequestListState {
  view: RequestView;
  type: InformationRequestType | '';
  q: string;
  page: number;
}

/** The URL's view, type, words and page; anything the API would refuse falls back to the default. */
export function readRequestList(get: (key: string) => string | null): RequestListState {
  const view = REQUEST_VIEWS.find((v) => v.key === get('view'))?.key ?? 'open';
  const type = (INFORMATION_REQUEST_TYPES as readonly string[]).includes(get('type') ?? '') ? (get('type') as InformationRequestType) : '';
  const page = Math.max(1, Math.min(100_000, Number.parseInt(get('page') ?? '1', 10) || 1));
  return { view, type, q: (get('q') ?? '').trim().slice(0, 200), page };
}

export function toRequestFilters(state: RequestListState): InformationRequestListFilters {
  const view: InformationRequestListFilters =
    state.view === 'overdue' ? { overdue: true } : state.view === 'week' ? { dueThisWeek: true } : state.view === 'mine' ? { owner: 'me', status: [...OPEN_STATUSES] } : state.view === 'open' ? { status: [...OPEN_STATUSES] } : {};
  return { ...view, type: state.type ? [state.type] : undefined, q: state.q || undefined, page: state.page, pageSize: REQUEST_PAGE_SIZE, sort: state.view === 'all' ? '-receivedOn' : 'deadline' };
}
