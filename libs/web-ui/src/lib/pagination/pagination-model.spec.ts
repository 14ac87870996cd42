import { formatResultCount, paginationModel, resultsSummary, type PaginationItem } from './pagination-model';

/** "1 … 4 [5] 6 … 40" style, to read the expectations at a glance. */
function shown(page: number, total: number, options: { pageSize?: number; lowerBound?: boolean; adjacent?: number } = {}): string {
  const model = paginationModel({
    page,
    pageSize: options.pageSize ?? 10,
    total,
    totalIsLowerBound: options.lowerBound ?? false,
    adjacentPages: options.adjacent ?? 1,
  });
  const item = (entry: PaginationItem) => (entry.kind === 'ellipsis' ? '…' : entry.current ? `[${entry.page}]` : String(entry.page));
  return [model.previous ? '<' : '', ...model.items.map(item), model.next ? '>' : ''].filter(Boolean).join(' ');
}

describe('paginationModel', () => {
  it('shows nothing when everything fits on one page', () => {
    expect(shown(1, 0)).toBe('');
    expect(shown(1, 10)).toBe('');
  });

  it.each([
    [1, 20, '[1] 2 >'],
    [2, 30, '< 1 [2] 3 >'],
    [1, 400, '[1] 2 … 40 >'],
    [2, 400, '< 1 [2] 3 … 40 >'],
    [3, 400, '< 1 2 [3] 4 … 40 >'],
    [4, 400, '< 1 2 3 [4] 5 … 40 >'],
    [5, 400, '< 1 … 4 [5] 6 … 40 >'],
    [20, 400, '< 1 … 19 [20] 21 … 40 >'],
    [37, 400, '< 1 … 36 [37] 38 39 40 >'],
    [38, 400, '< 1 … 37 [38] 39 40 >'],
    [40, 400, '< 1 … 39 [40]'],
    [3, 50, '< 1 2 [3] 4 5 >'],
  ])('page %i of %i results, 10 a page: %s', (page, total, expected) => {
    expect(shown(page, total)).toBe(expected);
  });

  it('widens the window when asked, as in govuk-frontend’s "with many pages" example', () => {
    expect(shown(10, 400, { adjacent: 2 })).toBe('< 1 … 8 9 [10] 11 12 … 40 >');
  });

  it('rounds a part page up', () => {
    expect(shown(1, 401)).toBe('[1] 2 … 41 >');
  });

  describe('with a lower-bound total ("more than 10,000")', () => {
    it('gives no last page and ends in an ellipsis', () => {
      expect(shown(1, 10_000, { pageSize: 25, lowerBound: true })).toBe('[1] 2 … >');
      expect(shown(7, 10_000, { pageSize: 25, lowerBound: true })).toBe('< 1 … 6 [7] 8 … >');
    });

    it('stops Next at the last page known to exist: more than 10,000 at 25 a page is at least 401 pages', () => {
      expect(shown(400, 10_000, { pageSize: 25, lowerBound: true })).toBe('< 1 … 399 [400] 401 … >');
      expect(shown(401, 10_000, { pageSize: 25, lowerBound: true })).toBe('< 1 … 400 [401] …');
    });

    it('still offers page 2 when the floor is a single page', () => {
      expect(shown(1, 10, { lowerBound: true })).toBe('[1] 2 … >');
    });
  });
});

describe('results text', () => {
  it('counts exactly, or as "more than"', () => {
    expect(formatResultCount(1234, false)).toBe('1,234');
    expect(formatResultCount(10_000, true)).toBe('more than 10,000');
  });

  it('says which results the page shows', () => {
    expect(resultsSummary(2, 20, 1234, false)).toBe('Showing 21 to 40 of 1,234 results');
    expect(resultsSummary(62, 20, 1234, false)).toBe('Showing 1,221 to 1,234 of 1,234 results');
    expect(resultsSummary(1, 25, 10_000, true)).toBe('Showing 1 to 25 of more than 10,000 results');
    expect(resultsSummary(1, 25, 1, false)).toBe('Showing 1 to 1 of 1 result');
    expect(resultsSummary(1, 25, 0, false)).toBe('No results');
  });
});
