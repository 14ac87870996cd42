import type { Classification } from './common';
import type { Page } from './pagination';

export const SEARCH_TYPES = ['organisation', 'meeting', 'position', 'action'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_Q_MAX = 200;
export const SEARCH_PAGE_SIZE_MAX = 50;
/**
 * Per type, matches are counted exactly up to this many and ranked among this many (the newest, for a common word);
 * results past this depth (page × pageSize) are not served: a search that broad should be refined. Ten pages of 20.
 */
export const SEARCH_RESULTS_MAX = 200;

/** `GET /api/search`: `q` is web-search syntax ("quoted phrase", or, -exclude). */
export interface SearchRequest {
  q: string;
  types?: SearchType[];
  /** Archived organisations are left out unless this is true. */
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
}

/** A piece of a snippet: render `text` as plain text, emphasised when `highlight` (never as HTML). */
export interface SnippetSegment {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  /** Organisation name; meeting or action reference and title; "Organisation on Proposal" for a position. */
  title: string;
  snippet: SnippetSegment[];
  /** Dashboard path of the record. */
  link: string;
  /** Relevance: higher is better, comparable across types. */
  rank: number;
  /** Meeting start (ISO), position statedOn (YYYY-MM-DD), action createdAt (ISO), organisation updatedAt (ISO). */
  date: string;
  classification: Classification;
}

export type SearchCounts = Record<SearchType, number>;

/**
 * Hits ordered by rank, then newest. `counts` cover every type whatever `types` asks for (so each tab can show its
 * number); `total` adds up the requested types. A count of a type flagged in `countIsLowerBound` means "at least".
 */
export interface SearchResponse extends Page<SearchHit> {
  counts: SearchCounts;
  countIsLowerBound: Record<SearchType, boolean>;
}
