import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEARCH_RESULTS_MAX, SEARCH_TYPES, type SearchHit, type SearchResponse, type SearchType } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { Unprocessable, ValidationFailed } from '../common/errors';
import { inSnapshot, type ReadSource } from '../common/sql';
import { SEARCH_SETTINGS, candidatesSql, detailsSql, type CandidateRow, type DetailRow } from './search-sql';
import type { SearchQuery } from './search.requests';
import { FRAGMENT_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP, WHOLE_TEXT_OPTIONS, toSegments } from './snippet';

/** Far above a normal search (tens of ms); reached only by very common words that seldom meet, on a very large table. */
const SEARCH_TIMEOUT_MS = 5000;
const QUERY_CANCELED = '57014';

type Hit = Pick<SearchHit, 'type' | 'id' | 'rank'>;

@Injectable()
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(query: SearchQuery, user: AuthUser, db: ReadSource = this.db): Promise<SearchResponse> {
    if (query.page * query.pageSize > SEARCH_RESULTS_MAX) {
      throw new ValidationFailed([{ field: 'page', message: `only the first ${SEARCH_RESULTS_MAX} results can be paged through: refine the search` }]);
    }
    const requested = query.types ? SEARCH_TYPES.filter((type) => query.types?.includes(type)) : [...SEARCH_TYPES];
    // One snapshot for counts, ranks and headlines; settings scoped to this transaction (see SEARCH_SETTINGS).
    return inSnapshot(db, async (read) => {
      await read(SEARCH_SETTINGS, [String(SEARCH_TIMEOUT_MS)]);
      const rows = await read<CandidateRow>(candidatesSql(requested, query.page, query.pageSize), [query.q, seesSensitive(user), query.includeArchived ?? false]);
      const hits = rows.filter((row): row is CandidateRow & Hit => row.id !== null);
      const onPage = SEARCH_TYPES.filter((type) => hits.some((hit) => hit.type === type));
      const details = onPage.length
        ? await read<DetailRow>(detailsSql(onPage), [query.q, hits.map((hit) => hit.id), WHOLE_TEXT_OPTIONS, FRAGMENT_OPTIONS, HIGHLIGHT_START + HIGHLIGHT_STOP])
        : [];
      return toResponse(query, requested, rows[0], hits, details);
    }).catch((error: unknown) => {
      if (pgCode(error) === QUERY_CANCELED) {
        throw new Unprocessable('This search took too long: add words, or search for fewer common words in quotes.', [{ field: 'q', message: 'search too broad to finish in time' }]);
      }
      throw error;
    });
  }
}

function toResponse(query: SearchQuery, requested: SearchType[], counts: CandidateRow, hits: Hit[], details: DetailRow[]): SearchResponse {
  const byKey = new Map(details.map((row) => [`${row.type}:${row.id}`, row]));
  const items = hits.flatMap((hit) => {
    const row = byKey.get(`${hit.type}:${hit.id}`);
    return row ? [toHit(hit, row)] : [];
  });
  const count = {} as SearchResponse['counts'];
  const lower = {} as SearchResponse['countIsLowerBound'];
  for (const type of SEARCH_TYPES) {
    const n = counts[`${type}_count`];
    count[type] = Math.min(n, SEARCH_RESULTS_MAX);
    lower[type] = counts[`${type}_partial`];
  }
  return {
    items,
    page: query.page,
    pageSize: query.pageSize,
    total: requested.reduce((sum, type) => sum + count[type], 0),
    totalIsLowerBound: requested.some((type) => lower[type]),
    counts: count,
    countIsLowerBound: lower,
  };
}

function toHit(hit: Hit, row: DetailRow): SearchHit {
  return {
    type: hit.type,
    id: hit.id,
    title: row.title,
    snippet: toSegments(row.headline),
    link: linkTo(row),
    rank: hit.rank,
    date: row.day ?? row.at?.toISOString() ?? '',
    classification: row.classification,
  };
}

function linkTo(row: DetailRow): string {
  switch (row.type) {
    case 'organisation':
      return `/organisations/${row.id}`;
    case 'meeting':
      return `/meetings/${row.id}`;
    case 'position':
      return `/positions/history?${new URLSearchParams({ organisationId: row.organisation_id ?? '', proposalId: row.proposal_id ?? '' })}`;
    case 'action':
      return `/actions/${row.id}`;
  }
}

function pgCode(error: unknown): string | undefined {
  const pg = error as { code?: string; driverError?: { code?: string } };
  return pg.driverError?.code ?? pg.code;
}
