import { convertToParamMap } from '@angular/router';
import { apiFilters, hasFilters, nextSort, resultsLine, selectedFilters, sortDirection, viewFromParams } from './action-list-query';

const names = {
  user: (id: string) => (id === 'u-amy' ? 'Amy Official' : null),
  theme: () => 'Early intervention',
  proposal: () => 'Inclusion in mainstream',
  organisation: () => 'Parent Carer Forum',
};

describe('the action log URL', () => {
  it('reads filters, dropping statuses and kinds that do not exist and pages below 2', () => {
    const view = viewFromParams(convertToParamMap({ status: ['open', 'nonsense', 'done'], overdue: 'true', kind: 'other', page: '0', q: '  guidance ' }));
    expect(view).toMatchObject({ status: ['open', 'done'], overdue: true, kind: null, page: 1, q: 'guidance' });
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters(viewFromParams(convertToParamMap({ sort: '-dueOn', page: '3' })))).toBe(false);
  });

  it('asks the API for 25 a page and never sends overdue=false', () => {
    const filters = apiFilters(viewFromParams(convertToParamMap({ owner: 'me', page: '2', sort: 'title' })));
    expect(filters).toMatchObject({ owner: 'me', page: 2, pageSize: 25, sort: 'title', overdue: undefined, status: [] });
  });

  it('lists each applied filter as a tag that removes only itself', () => {
    const view = viewFromParams(convertToParamMap({ status: ['open', 'blocked'], owner: 'u-amy', dueFrom: '2026-04-01', organisationId: 'o-1', q: 'send' }));
    const categories = selectedFilters(view, names);
    expect(categories.map((c) => [c.heading, c.items.map((i) => i.text)])).toEqual([
      ['Status', ['Open', 'Blocked']],
      ['Owner', ['Amy Official']],
      ['Due date', ['From 1 April 2026']],
      ['Organisation', ['Parent Carer Forum']],
      ['Search', ['“send”']],
    ]);
    expect(categories[0].items[0].remove).toEqual({ status: ['blocked'], page: null });
    expect(categories[0].items[1].remove).toEqual({ status: ['open'], page: null });
    expect(categories[1].items[0].remove).toEqual({ owner: null, page: null });
  });

  it('sorts ascending first, then flips, keeping the default sort out of the URL', () => {
    expect(sortDirection(null, 'dueOn')).toBe('ascending');
    expect(sortDirection(null, 'title')).toBe('none');
    expect(nextSort(null, 'dueOn')).toBe('-dueOn');
    expect(nextSort('-dueOn', 'dueOn')).toBeNull();
    expect(nextSort('-dueOn', 'title')).toBe('title');
    expect(nextSort('title', 'title')).toBe('-title');
    expect(sortDirection('-title', 'title')).toBe('descending');
  });

  it('counts results, saying "more than" for a capped total', () => {
    expect(resultsLine(1, 25, 312, false, 25)).toBe('Showing 1 to 25 of 312 actions');
    expect(resultsLine(13, 25, 312, false, 12)).toBe('Showing 301 to 312 of 312 actions');
    expect(resultsLine(1, 25, 10000, true, 25)).toBe('Showing 1 to 25 of more than 10,000 actions');
    expect(resultsLine(1, 25, 1, false, 1)).toBe('Showing 1 to 1 of 1 action');
  });
});
