import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { openParliamentPage, parliamentaryItem, text } from '../testing';
import { ParliamentListPage } from './parliament-list-page';

const page = (items = [parliamentaryItem()]) => ({ items, page: 1, pageSize: 25, total: items.length, totalIsLowerBound: false });

describe('ParliamentListPage', () => {
  it('shows what awaits our response, soonest due first, with overdue and petition thresholds flagged', async () => {
    const { http, el, settle } = await openParliamentPage('/parliament', 'reviewer', ParliamentListPage);
    const list = http.expectOne((r) => r.url === '/api/parliament');
    expect(list.request.params.toString()).toBe('responseStatus=not_started&responseStatus=drafting&responseStatus=in_clearance&page=1&pageSize=25&sort=responseDue');
    list.flush(
      page([
        parliamentaryItem(),
        parliamentaryItem({ id: 'p2', reference: 'PAR-0003', kind: 'petition', title: 'Independent inquiry', source: 'Petitions Committee', signatures: 104_000, thresholds: { responseRequired: true, consideredForDebate: true }, responseDue: null, overdue: false, responseStatus: 'not_started', recommendationCount: 0 }),
      ]),
    );
    await settle();
    const rows = [...el().querySelectorAll('[data-testid=parliament-table] tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).toEqual([
      ['PAR-0002', 'Select Committee report', 'Solving the SEND crisis 1 recommendations recorded', 'Education Committee', '24 November 2026 Overdue', 'Drafting'],
      ['PAR-0003', 'Petition', 'Independent inquiry 104,000 signatures', 'Petitions Committee', 'None owed Debate threshold', 'Not started'],
    ]);
    expect(text(el().querySelector('[data-testid=parliament-status]'))).toBe('2 items');
    expect(el().querySelector('a.govuk-button')?.getAttribute('href')).toBe('/parliament/new');
  });

  it('switches views and filters through the URL, and offers a viewer no way to add', async () => {
    const { http, el, settle, set, submit } = await openParliamentPage('/parliament?view=overdue&kind=petition', 'viewer', ParliamentListPage);
    expect(http.expectOne((r) => r.url === '/api/parliament').request.params.toString()).toBe('overdue=true&kind=petition&page=1&pageSize=25&sort=responseDue');
    await settle();
    expect(el().querySelector('a.govuk-button')).toBeNull();
    set('q', 'inquiry');
    submit('parliament-filters');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/parliament?view=overdue&kind=petition&q=inquiry');
    http.expectOne((r) => r.url === '/api/parliament').flush(page([]));
    await settle();
    expect(text(el().querySelector('[data-testid=parliament-empty]'))).toBe('Nothing in this view.');
  });
});
