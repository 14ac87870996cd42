import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeetingSummary, Page, Role } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { MeetingsListPage } from './meetings-list-page';

const GROUP = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

function summary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 'm1', reference: 'MTG-0001', title: 'Roundtable on EHCPs', type: 'roundtable', startsAt: '2026-07-01T09:00:00Z', endsAt: null, region: 'london',
    online: false, status: 'submitted', classification: 'OFFICIAL', phase: 'white_paper', groupId: null, groupName: null, attendedCount: 4,
    apologiesCount: 1, ministerNames: ['Minister for School Standards'], updatedAt: '2026-07-01T12:00:00Z',
    ...overrides,
  };
}

function page(items: MeetingSummary[], total = items.length, totalIsLowerBound = false): Page<MeetingSummary> {
  return { items, page: 1, pageSize: 25, total, totalIsLowerBound };
}

async function render(url: string, role: Role = 'reviewer') {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'meetings', component: MeetingsListPage }, { path: '**', children: [] }]),
      { provide: SessionStore, useValue: { role: signal(role), hasRole: (...roles: Role[]) => roles.includes(role) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne((r) => r.url === '/api/groups').flush({ items: [{ id: GROUP, name: 'SEND Reform Development Group' }], page: 1, pageSize: 100, total: 1, totalIsLowerBound: false });
  http.expectOne((r) => r.url === '/api/ministers').flush({ items: [] });
  http.expectOne('/api/themes').flush({ items: [] });
  http.expectOne('/api/phases').flush({ items: [] });
  const el = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    harness.detectChanges();
    await TestBed.inject(ApplicationRef).whenStable();
    harness.detectChanges();
  };
  // For steps that start a request: whenStable would wait for the response, which the test has yet to give.
  const turn = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.detectChanges();
    }
  };
  const list = (): TestRequest => http.expectOne((r) => r.url === '/api/meetings');
  return { http, el, settle, turn, list, router: TestBed.inject(Router) };
}

function submitFilters(el: HTMLElement): void {
  el.querySelector<HTMLFormElement>('.moj-filter__options form')?.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('MeetingsListPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks for the URL’s filters, newest first, and shows the meetings with status and sensitivity as text', async () => {
    const { el, list, settle } = await render(`/meetings?status=submitted&groupId=${GROUP}`);
    const call = list();
    expect(call.request.params.getAll('status')).toEqual(['submitted']);
    expect(call.request.params.get('groupId')).toBe(GROUP);
    expect(call.request.params.get('sort')).toBe('-startsAt');
    call.flush(page([summary(), summary({ id: 'm2', reference: 'MTG-0002', classification: 'OFFICIAL_SENSITIVE', status: 'agreed' })]));
    await settle();
    expect(el.querySelector('[data-testid=results-count]')?.textContent?.trim()).toBe('2 meetings found');
    const rows = [...el.querySelectorAll('[data-testid=meetings-table] tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toEqual(['MTG-0001', '1 July 2026, 10am', 'Roundtable on EHCPsRoundtable', '4 attended1 sent apologies', 'Minister for School Standards', 'Awaiting review']);
    expect(rows[1][5]).toBe('Agreed Sensitive');
    expect(el.querySelector('[data-testid=selected-filters]')?.textContent).toContain('SEND Reform Development Group');
    expect(el.querySelector('th[aria-sort=descending]')?.textContent).toContain('Date');
    expect(el.querySelector('a[href="/meetings/new"]')).toBeNull();
  });

  it('offers "Record a meeting" to a recorder', async () => {
    const { el, list, settle } = await render('/meetings', 'recorder');
    list().flush(page([summary()]));
    await settle();
    expect(el.querySelector('a[href="/meetings/new"]')?.textContent?.trim()).toBe('Record a meeting');
  });

  it('puts applied filters in the URL, starting again at page 1', async () => {
    const { el, list, settle, turn, router } = await render('/meetings?page=3&sort=title');
    list().flush(page([summary()], 80));
    await settle();
    el.querySelector<HTMLInputElement>('#status-2')?.click();
    const q = el.querySelector<HTMLInputElement>('#q');
    if (!q) throw new Error('no keywords box');
    q.value = ' ofsted ';
    q.dispatchEvent(new Event('input'));
    submitFilters(el);
    await turn();
    expect(router.url).toBe('/meetings?sort=title&q=ofsted&status=submitted');
    const call = list();
    expect(call.request.params.get('q')).toBe('ofsted');
    expect(call.request.params.get('page')).toBe('1');
    call.flush(page([]));
    await settle();
    expect(el.textContent).toContain('No meetings match these filters.');
  });

  it('refuses a date that does not exist, with an error summary and no search', async () => {
    const { el, list, settle, router } = await render('/meetings');
    list().flush(page([summary()]));
    await settle();
    const day = el.querySelector<HTMLInputElement>('#from-day');
    const month = el.querySelector<HTMLInputElement>('#from-month');
    const year = el.querySelector<HTMLInputElement>('#from-year');
    for (const [input, value] of [[day, '31'], [month, '2'], [year, '2026']] as const) {
      if (!input) throw new Error('no date box');
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    submitFilters(el);
    await settle();
    expect(el.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#from-day');
    expect(el.querySelector('#from-error')?.textContent).toContain('The from date must be a real date');
    expect(router.url).toBe('/meetings');
  });

  it('says "more than 10,000" when the API only knows a floor', async () => {
    const { el, list, settle } = await render('/meetings');
    list().flush(page([summary()], 10_000, true));
    await settle();
    expect(el.querySelector('[data-testid=results-count]')?.textContent?.trim()).toBe('more than 10,000 meetings found');
  });

  it('explains a failed load and tries again on request', async () => {
    const { el, list, settle, turn } = await render('/meetings');
    list().flush({ type: 'x', title: 'Error', status: 500, detail: 'boom' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(el.textContent).toContain('The meetings could not be loaded.');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')?.click();
    await turn();
    list().flush(page([]));
    await settle();
    expect(el.textContent).toContain('No meetings have been recorded yet.');
  });
});
