import { PARLIAMENTARY_KINDS, type ParliamentaryKind, type ParliamentaryListFilters } from '@send/contracts';

/** The register's views: what the private office chases first. */
export const PARLIAMENT_VIEWS = [
  { key: 'awaiting', text: 'Awaiting our response' },
  { key: 'overdue', text: 'Overdue' },
  { key: 'soon', text: 'Due in 4 weeks' },
  { key: 'all', text: 'All' },
] as const;
export type ParliamentView = (typeof PARLIAMENT_VIEWS)[number]['key'];

export const PARLIAMENT_PAGE_SIZE = 25;

export interface ParliamentListState {
  view: ParliamentView;
  kind: ParliamentaryKind | '';
  q: string;
  page: number;
}

/** The URL's view, kind, words and page; anything the API would refuse falls back to the default. */
export function readParliamentList(get: (key: string) => string | null): ParliamentListState {
  const view = PARLIAMENT_VIEWS.find((v) => v.key === get('view'))?.key ?? 'awaiting';
  const kind = (PARLIAMENTARY_KINDS as readonly string[]).includes(get('kind') ?? '') ? (get('kind') as ParliamentaryKind) : '';
  const page = Math.max(1, Math.min(100_000, Number.parseInt(get('page') ?? '1', 10) || 1));
  return { view, kind, q: (get('q') ?? '').trim().slice(0, 200), page };
}

export function toParliamentFilters(state: ParliamentListState): ParliamentaryListFilters & { page: number; pageSize: number; sort: string; q?: string } {
  const view: ParliamentaryListFilters =
    state.view === 'overdue' ? { overdue: true } : state.view === 'soon' ? { dueSoon: true } : state.view === 'awaiting' ? { responseStatus: ['not_started', 'drafting', 'in_clearance'] } : {};
  return { ...view, kind: state.kind ? [state.kind] : undefined, q: state.q || undefined, page: state.page, pageSize: PARLIAMENT_PAGE_SIZE, sort: state.view === 'all' ? '-publishedOn' : 'responseDue' };
}
