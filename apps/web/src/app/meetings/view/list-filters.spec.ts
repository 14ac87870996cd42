import { convertToParamMap } from '@angular/router';
import { parseMeetingQuery, selectedFilters, sortLinkParams, toListRequest } from './list-filters';

const ORG = '3f0c8a9e-1b2c-4d5e-8f90-123456789abc';
const GROUP = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('meeting list filters', () => {
  it('reads filters, sort and page from the URL', () => {
    const query = parseMeetingQuery(
      convertToParamMap({ status: ['submitted', 'agreed'], type: 'bilateral', organisationId: ORG, region: 'london', phase: 'white_paper', from: '2026-03-01', to: '2026-03-31', q: ' ofsted ', sort: 'title', page: '3' }),
    );
    expect(query.filters).toMatchObject({ status: ['submitted', 'agreed'], type: ['bilateral'], organisationId: ORG, region: 'london', phase: 'white_paper', from: '2026-03-01', to: '2026-03-31', q: 'ofsted' });
    expect(query.sort).toEqual({ field: 'title', descending: false });
    expect(query.page).toBe(3);
  });

  it('drops what a hand-edited link gets wrong instead of sending it to the API', () => {
    const query = parseMeetingQuery(convertToParamMap({ status: ['pending', 'draft'], groupId: 'not-an-id', region: 'mars', from: '2026-02-30', sort: '-password', page: '-2' }));
    expect(query.filters.status).toEqual(['draft']);
    expect(query.filters.groupId).toBe('');
    expect(query.filters.region).toBe('');
    expect(query.filters.from).toBe('');
    expect(query.sort).toEqual({ field: 'startsAt', descending: true });
    expect(query.page).toBe(1);
  });

  it('asks the API for newest first by default, 25 a page', () => {
    const request = toListRequest(parseMeetingQuery(convertToParamMap({})));
    expect(request).toMatchObject({ sort: '-startsAt', page: 1, pageSize: 25, region: undefined, phase: undefined });
  });

  it('sorts a column its natural way first, then flips it, keeping the default out of the URL', () => {
    const newestFirst = { field: 'startsAt' as const, descending: true };
    expect(sortLinkParams(newestFirst, 'startsAt')).toEqual({ sort: 'startsAt', page: null });
    expect(sortLinkParams({ field: 'startsAt', descending: false }, 'startsAt')).toEqual({ sort: null, page: null });
    expect(sortLinkParams(newestFirst, 'title')).toEqual({ sort: 'title', page: null });
    expect(sortLinkParams({ field: 'title', descending: false }, 'title')).toEqual({ sort: '-title', page: null });
  });

  it('lists each selected value as a tag whose link removes only that value', () => {
    const query = parseMeetingQuery(convertToParamMap({ status: ['draft', 'submitted'], groupId: GROUP, organisationId: ORG, from: '2026-03-01' }));
    const categories = selectedFilters(query.filters, {
      groups: new Map([[GROUP, 'SEND Reform Development Group']]),
      ministers: new Map(),
      themes: new Map(),
      phases: new Map(),
      organisation: null,
    });
    expect(categories.map((c) => [c.heading, c.items.map((i) => i.text)])).toEqual([
      ['Status', ['Draft', 'Awaiting review']],
      ['Group', ['SEND Reform Development Group']],
      ['Organisation', ['Selected organisation']],
      ['From', ['1 March 2026']],
    ]);
    expect(categories[0].items[1].queryParams).toEqual({ status: ['draft'], page: null });
    expect(categories[1].items[0].queryParams).toEqual({ groupId: null, page: null });
  });

  it('carries the Ministerial Code filter from the URL to the API, as a tag that removes it', () => {
    const query = parseMeetingQuery(convertToParamMap({ needsOfficialNote: 'true' }));
    expect(toListRequest(query).needsOfficialNote).toBe(true);
    expect(toListRequest(parseMeetingQuery(convertToParamMap({ needsOfficialNote: 'yes' }))).needsOfficialNote).toBeUndefined();
    const [tag] = selectedFilters(query.filters, { groups: new Map(), ministers: new Map(), themes: new Map(), phases: new Map(), organisation: null });
    expect(tag).toEqual({ heading: 'Ministerial Code', items: [{ text: 'No official present, no note yet', queryParams: { needsOfficialNote: null, page: null } }] });
  });
});
