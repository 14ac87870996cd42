import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { informationRequest, openRequestPage, text } from '../testing';
import { RequestListPage } from './request-list-page';

const page = (items = [informationRequest()], total = items.length) => ({ items, page: 1, pageSize: 25, total, totalIsLowerBound: false });

describe('RequestListPage', () => {
  it('shows open requests soonest deadline first, with overdue and stopped clocks flagged', async () => {
    const { http, el, settle } = await openRequestPage('/requests', 'recorder', RequestListPage);
    const list = http.expectOne((r) => r.url === '/api/information-requests');
    expect(list.request.params.toString()).toBe('status=received&status=searching&status=drafting&status=cleared&page=1&pageSize=25&sort=deadline');
    list.flush(page([informationRequest({ overdue: true, deadline: '2026-11-20' }), informationRequest({ id: 'r2', reference: 'REQ-0008', type: 'sar', paused: true, deadline: null, ownerName: null })]));
    await settle();
    const rows = [...el().querySelectorAll('[data-testid=requests-table] tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).toEqual([
      ['REQ-0007', 'FOI', 'Minutes of every development group meeting in 2026', 'Me', 'Searching', '20 November 2026 Overdue'],
      ['REQ-0008', 'SAR', 'Minutes of every development group meeting in 2026', 'No owner', 'Searching', 'None while stopped Clock stopped'],
    ]);
    expect(text(el().querySelector('[data-testid=requests-status]'))).toBe('2 requests');
    expect(el().querySelector('a.govuk-button')?.getAttribute('href')).toBe('/requests/new');
    expect(text(el().querySelector('.moj-sub-navigation__link[aria-current=page]'))).toBe('Open');
  });

  it('switches views and filters through the URL', async () => {
    const { http, el, settle } = await openRequestPage('/requests?view=overdue&type=sar', 'viewer', RequestListPage);
    expect(http.expectOne((r) => r.url === '/api/information-requests').request.params.toString()).toBe('overdue=true&type=sar&page=1&pageSize=25&sort=deadline');
    await settle();
    expect(el().querySelector('a.govuk-button')).toBeNull();
    (el().querySelector('#q') as HTMLInputElement).value = 'REQ-0007';
    el().querySelector('#q')?.dispatchEvent(new Event('input'));
    el().querySelector<HTMLFormElement>('[data-testid=request-filters]')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/requests?view=overdue&type=sar&q=REQ-0007');
    const req = http.expectOne((r) => r.url === '/api/information-requests');
    expect(req.request.params.get('q')).toBe('REQ-0007');
    req.flush(page([]));
    await settle();
    expect(text(el().querySelector('[data-testid=requests-empty]'))).toBe('No requests in this view.');
  });
});
