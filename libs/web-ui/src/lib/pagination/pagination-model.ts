export type PaginationItem = { readonly kind: 'page'; readonly page: number; readonly current: boolean } | { readonly kind: 'ellipsis' };

export interface PaginationInput {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** `total` is a floor: there are more than `total` results, and how many more is not known. */
  readonly totalIsLowerBound: boolean;
  /** Pages listed either side of the current one. */
  readonly adjacentPages: number;
}

export interface PaginationModel {
  /** Empty when everything fits on one page: GOV.UK shows no pagination then. */
  readonly items: readonly PaginationItem[];
  readonly previous: number | null;
  readonly next: number | null;
}

/**
 * The links GOV.UK pagination shows: the first page, the last (when known), the current page with its
 * neighbours, and an ellipsis for each run of skipped pages. A gap of one page shows that page instead, as an
 * ellipsis would take the same room and hide it. With a lower-bound total the last page is unknown, so the list
 * ends in an ellipsis and stops at the last page known to exist.
 */
export function paginationModel({ page, pageSize, total, totalIsLowerBound, adjacentPages }: PaginationInput): PaginationModel {
  const size = Math.max(1, Math.floor(pageSize));
  // "More than N" means at least N + 1 results.
  const knownPages = totalIsLowerBound ? Math.floor(total / size) + 1 : Math.max(1, Math.ceil(total / size));
  const lastListed = totalIsLowerBound ? Math.max(knownPages, page) : knownPages;
  if (!totalIsLowerBound && knownPages <= 1) return { items: [], previous: null, next: null };

  const pages = new Set<number>([1]);
  for (let candidate = page - adjacentPages; candidate <= page + adjacentPages; candidate++) {
    if (candidate >= 1 && candidate <= lastListed) pages.add(candidate);
  }
  if (!totalIsLowerBound) pages.add(lastListed);

  const items: PaginationItem[] = [];
  let previousListed = 0;
  for (const listed of [...pages].sort((a, b) => a - b)) {
    if (listed - previousListed === 2) items.push({ kind: 'page', page: listed - 1, current: listed - 1 === page });
    else if (listed - previousListed > 2) items.push({ kind: 'ellipsis' });
    items.push({ kind: 'page', page: listed, current: listed === page });
    previousListed = listed;
  }
  if (totalIsLowerBound) items.push({ kind: 'ellipsis' });

  return {
    items,
    previous: page > 1 ? Math.min(page - 1, lastListed) : null,
    next: page < lastListed ? page + 1 : null,
  };
}

/** "1,234", or "more than 10,000" for a lower-bound total. */
export function formatResultCount(total: number, totalIsLowerBound: boolean): string {
  const count = total.toLocaleString('en-GB');
  return totalIsLowerBound ? `more than ${count}` : count;
}

/** "Showing 21 to 40 of 1,234 results", "Showing 1 to 25 of more than 10,000 results". */
export function resultsSummary(page: number, pageSize: number, total: number, totalIsLowerBound: boolean): string {
  const from = (page - 1) * pageSize + 1;
  const to = totalIsLowerBound ? page * pageSize : Math.min(page * pageSize, total);
  const noun = total === 1 && !totalIsLowerBound ? 'result' : 'results';
  if (total === 0 && !totalIsLowerBound) return 'No results';
  return `Showing ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} of ${formatResultCount(total, totalIsLowerBound)} ${noun}`;
}
