import type { ParamMap } from '@angular/router';
import { SEARCH_PAGE_SIZE_MAX, SEARCH_Q_MAX, SEARCH_RESULTS_MAX, SEARCH_TYPES, type FieldError, type SearchRequest, type SearchType } from '@send/contracts';

export const SEARCH_PAGE_SIZE = Math.min(20, SEARCH_PAGE_SIZE_MAX);
/** The API serves only the first SEARCH_RESULTS_MAX results of a search. */
export const LAST_PAGE = Math.floor(SEARCH_RESULTS_MAX / SEARCH_PAGE_SIZE);

export const TYPE_LABELS: Record<SearchType, string> = { organisation: 'Organisation', meeting: 'Meeting', position: 'Position', action: 'Action' };
export const TYPE_PLURALS: Record<SearchType, string> = { organisation: 'Organisations', meeting: 'Meetings', position: 'Positions', action: 'Actions' };

export interface SearchState {
  /** Null when the URL asks for no search (the page as first opened). */
  q: string | null;
  type: SearchType | null;
  page: number;
}

export function readSearch(params: ParamMap): SearchState {
  const type = params.get('type') as SearchType | null;
  const page = Number(params.get('page'));
  return {
    q: params.has('q') ? (params.get('q') ?? '').trim() : null,
    type: type && SEARCH_TYPES.includes(type) ? type : null,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, LAST_PAGE) : 1,
  };
}

/** The same rules as the API's, in GOV.UK words; the error links to the search box. */
export function validateQuery(q: string): FieldError[] {
  if (!q) return [{ field: 'q', message: 'Enter what you want to search for' }];
  if (q.length > SEARCH_Q_MAX) return [{ field: 'q', message: `Search must be ${SEARCH_Q_MAX} characters or fewer` }];
  return [];
}

export function toSearchRequest(state: SearchState): SearchRequest | undefined {
  if (state.q === null || validateQuery(state.q).length) return undefined;
  return { q: state.q, types: state.type ? [state.type] : undefined, page: state.page, pageSize: SEARCH_PAGE_SIZE };
}

/** "1,234", or "1,000+" when the API stopped counting. */
export function formatCount(count: number, lowerBound: boolean): string {
  return `${count.toLocaleString('en-GB')}${lowerBound ? '+' : ''}`;
}
