import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SearchResponse } from '@send/contracts';
import { SearchPage } from './search-page';

function response(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    items: [
      { type: 'meeting', id: 'm1', title: 'MTG-0042 Round table', snippet: [{ text: 'Agenda: ', highlight: false }, { text: 'speech therapy', highlight: true }], link: '/meetings/m1', rank: 0.5, date: '2026-06-09T13:00:00Z', classification: 'OFFICIAL_SENSITIVE' },
      { type: 'position', id: 'p1', title: 'Autism Alliance on Inclusion bases', snippet: [{ text: 'therapy', highlight: true }], link: '/positions?organisationId=o1&proposalId=pr1', rank: 0.4, date: '2026-03-10', classification: 'OFFICIAL' },
    ],
    page: 1,
    pageSize: 20,
    total: 202,
    totalIsLowerBound: true,
    counts: { organisation: 0, meeting: 200, position: 2, action: 0 },
    countIsLowerBound: { organisation: false, meeting: true, position: false, action: false },
    ...overrides,
  };
}

describe('SearchPage', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function open(url: string) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'search', component: SearchPage }, { path: '**', children: [] }])] });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, SearchPage);
    return { harness, http: TestBed.inject(HttpTestingController), el: harness.routeNativeElement as HTMLElement };
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('opens with an empty search box and asks for nothing', async () => {
    const { http, el } = await open('/search');
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(el.querySelector<HTMLInputElement>('#q')?.value).toBe('');
    http.expectNone((r) => r.url === '/api/search');
  });

  it('refuses an empty search with an error summary linked to the box, without calling the server', async () => {
    const { harness, http, el } = await open('/search');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    const link = el.querySelector('.govuk-error-summary__list a');
    expect([link?.getAttribute('href'), text(link)]).toEqual(['#q', 'Enter what you want to search for']);
    expect(text(el.querySelector('#q-error'))).toBe('Error: Enter what you want to search for');
    http.expectNone((r) => r.url === '/api/search');
  });

  it('puts the words in the URL', async () => {
    const { http, el } = await open('/search');
    const box = el.querySelector<HTMLInputElement>('#q');
    if (!box) throw new Error('no box');
    box.value = '  speech therapy ';
    box.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe('/search?q=speech%20therapy');
    expect(http.expectOne((r) => r.url === '/api/search').request.params.toString()).toBe('q=speech%20therapy&page=1&pageSize=20');
  });

  it('shows each hit with its type, link, highlighted snippet, London date and a Sensitive tag', async () => {
    const { harness, http, el } = await open('/search?q=therapy');
    http.expectOne((r) => r.url === '/api/search').flush(response());
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=search-status]'))).toBe('202+ results for “therapy”');
    expect([...el.querySelectorAll('.moj-sub-navigation__link')].map(text)).toEqual(['All (202+)', 'Organisations (0)', 'Meetings (200+)', 'Positions (2)', 'Actions (0)']);
    expect(el.querySelector('.moj-sub-navigation__link[aria-current=page]')?.textContent).toContain('All');
    const [meeting, position] = [...el.querySelectorAll('[data-testid=search-results] > li')];
    expect(text(meeting.querySelector('.govuk-caption-m'))).toBe('Meeting');
    expect(meeting.querySelector('h2 a')?.getAttribute('href')).toBe('/meetings/m1');
    expect(meeting.querySelector('mark')?.textContent).toBe('speech therapy');
    // 1pm UTC in June is 2pm in London (BST).
    expect(text(meeting.querySelector('.govuk-body-s'))).toBe('Held 9 June 2026, 2pm Sensitive');
    expect(position.querySelector('h2 a')?.getAttribute('href')).toBe('/positions?organisationId=o1&proposalId=pr1');
    expect(text(position.querySelector('.govuk-body-s'))).toBe('Stated 10 March 2026');
  });

  it('filters by type through the URL', async () => {
    const { harness, http, el } = await open('/search?q=therapy&type=position');
    const request = http.expectOne((r) => r.url === '/api/search');
    expect(request.request.params.getAll('types')).toEqual(['position']);
    request.flush(response());
    await harness.fixture.whenStable();
    expect(text(el.querySelector('.moj-sub-navigation__link[aria-current=page]'))).toBe('Positions (2)');
  });

  it('explains, on the last page it can show, that a broad search was cut short', async () => {
    const partial = { total: 45, totalIsLowerBound: true, counts: { organisation: 0, meeting: 0, position: 45, action: 0 }, countIsLowerBound: { organisation: false, meeting: false, position: true, action: false } };
    const first = await open('/search?q=therapy');
    first.http.expectOne((r) => r.url === '/api/search').flush(response(partial));
    await first.harness.fixture.whenStable();
    expect(first.el.textContent).not.toContain('Only the first');
    TestBed.resetTestingModule();

    const last = await open('/search?q=therapy&page=3');
    last.http.expectOne((r) => r.url === '/api/search').flush(response({ ...partial, page: 3 }));
    await last.harness.fixture.whenStable();
    expect(text(last.el.querySelector('[data-testid=search-status]'))).toBe('45+ results for “therapy”');
    expect(last.el.textContent).toContain('Only the first 45 results can be shown. For common words they come from the most recent records');
  });

  it('says clearly when nothing matches, with advice', async () => {
    const { harness, http, el } = await open('/search?q=zebra');
    http.expectOne((r) => r.url === '/api/search').flush(response({ items: [], total: 0, totalIsLowerBound: false, counts: { organisation: 0, meeting: 0, position: 0, action: 0 }, countIsLowerBound: { organisation: false, meeting: false, position: false, action: false } }));
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=search-status]'))).toBe('No results for “zebra”');
    expect(text(el.querySelector('[data-testid=search-empty]'))).toContain('checking your spelling');
  });

  it('puts a search too broad to finish against the box', async () => {
    const { harness, http, el } = await open('/search?q=the');
    http
      .expectOne((r) => r.url === '/api/search')
      .flush({ type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'This search took too long: add words.', errors: [{ field: 'q', message: 'search too broad' }] }, { status: 422, statusText: 'Unprocessable Entity' });
    await harness.fixture.whenStable();
    expect(text(el.querySelector('.govuk-error-summary__list a'))).toBe('This search took too long: add words.');
  });
});
