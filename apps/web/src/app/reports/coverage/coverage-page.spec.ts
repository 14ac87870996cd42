import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ORGANISATION_TYPES, type CoverageResponse } from '@send/contracts';
import { CoveragePage } from './coverage-page';

const E = '33333333-3333-4333-8333-333333333333';
const F = '44444444-4444-4444-8444-444444444444';
const zero = { support: 0, support_with_conditions: 0, neutral: 0, concerns: 0, oppose: 0, unclear: 0 };

function response(overrides: Partial<CoverageResponse> = {}): CoverageResponse {
  return {
    from: '2026-03-01',
    to: '2026-04-30',
    marking: 'OFFICIAL',
    themes: [{ id: E, name: 'Early intervention' }, { id: F, name: 'Fairness' }],
    cells: [
      { themeId: E, region: 'london', meetings: 2, organisations: 3 },
      { themeId: null, region: 'north_west', meetings: 1, organisations: 1 },
    ],
    themeTotals: [{ themeId: E, meetings: 2, organisations: 3 }, { themeId: null, meetings: 1, organisations: 1 }],
    regionTotals: [{ region: 'london', meetings: 2, organisations: 3 }, { region: 'north_west', meetings: 1, organisations: 1 }],
    total: { meetings: 3, organisations: 4 },
    byOrganisationType: ORGANISATION_TYPES.map((type) => ({ type, organisations: type === 'charity' ? 2 : 0, meetings: type === 'charity' ? 3 : 0, attendances: type === 'charity' ? 4 : 0 })),
    byMinister: [{ ministerId: 'm1', name: 'Minister for School Standards', meetings: 2, organisations: 3 }],
    months: [
      { month: '2026-03', meetings: 1, actionsOpened: 2, actionsClosed: 0 },
      { month: '2026-04', meetings: 2, actionsOpened: 1, actionsClosed: 3 },
    ],
    stances: [{ proposalId: 'p1', title: 'Early language support', status: 'in_consultation', stances: { ...zero, support: 2, oppose: 1 }, organisations: 3 }],
    ...overrides,
  };
}

describe('CoveragePage', () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'reports/coverage', component: CoveragePage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, CoveragePage);
    const report = http.expectOne((r) => r.url === '/api/reports/coverage');
    return { harness, http, report, el: harness.routeNativeElement as HTMLElement };
  }
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const cells = (table: Element | null) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => text(c)));

  it('asks for the range in the URL, dropping dates that are not real', async () => {
    const { report } = await open('/reports/coverage?from=2026-03-01&to=2026-02-30');
    expect(report.request.params.toString()).toBe('from=2026-03-01');
  });

  it('shows each figure as a chart with a data table, in words and numbers', async () => {
    const { harness, report, el } = await open('/reports/coverage?from=2026-03-01&to=2026-04-30');
    report.flush(response());
    await harness.fixture.whenStable();
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(text(el.querySelector('[data-testid=coverage-status]'))).toBe('3 meetings and 4 organisations heard from 1 March 2026 to 30 April 2026.');
    expect(text(el.querySelector('[data-testid=marking]'))).toBe('Marking: OFFICIAL');
    expect(el.querySelectorAll('app-bar-chart').length).toBe(6);
    expect(el.querySelector('[data-testid=chart]')?.getAttribute('aria-hidden')).toBe('true');

    const grid = el.querySelector('[data-testid=grid] table');
    const [header] = [...(grid?.querySelectorAll('thead th') ?? [])].map((th) => text(th)).slice(0, 2);
    expect(header).toBe('Principle');
    const rows = cells(grid);
    expect(rows.map((r) => r[0])).toEqual(['Early intervention', 'Fairness', 'No principle', 'All principles']);
    // London is the seventh region column; a gap reads "None".
    expect(rows[0][7]).toBe('2 meetings, / 3 organisations');
    expect(rows[0][1]).toBe('None');
    expect(rows[0].at(-1)).toBe('2 meetings, / 3 organisations');
    expect(rows[1].every((c, i) => i === 0 || c === 'None')).toBe(true);
    expect(rows[3].at(-1)).toBe('3 meetings, / 4 organisations');

    expect(cells(el.querySelector('[data-testid=types-table]'))[2]).toEqual(['Charity', '2', '3', '4']);
    expect(cells(el.querySelector('[data-testid=ministers-table]'))).toEqual([['Minister for School Standards', '2', '3']]);
    expect(cells(el.querySelector('[data-testid=meetings-table]'))).toEqual([['March 2026', '1'], ['April 2026', '2']]);
    expect(cells(el.querySelector('[data-testid=actions-table]'))).toEqual([['March 2026', '2', '0'], ['April 2026', '1', '3']]);
    expect(cells(el.querySelector('[data-testid=stances-table]'))).toEqual([['Early language support', '2', '0', '0', '0', '1', '0', '3']]);
  });

  it('checks the dates before asking, and puts a good range in the URL', async () => {
    const { harness, http, report, el } = await open('/reports/coverage');
    report.flush(response());
    await harness.fixture.whenStable();
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`no ${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('from-day', '31');
    type('from-month', '2');
    type('from-year', '2026');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(text(el.querySelector('.govuk-error-summary'))).toContain('From must be a real date, like 27 3 2026');
    expect(TestBed.inject(Router).url).toBe('/reports/coverage');

    type('from-day', '1');
    type('to-day', '31');
    type('to-month', '5');
    type('to-year', '2026');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe('/reports/coverage?from=2026-02-01&to=2026-05-31');
    http.expectOne((r) => r.url === '/api/reports/coverage' && r.params.get('to') === '2026-05-31').flush(response());
    await harness.fixture.whenStable();
  });

  it('shows a range the API refuses beside the field', async () => {
    const { harness, report, el } = await open('/reports/coverage?from=1990-01-01&to=2026-01-01');
    report.flush(
      { type: 'about:blank', title: 'Bad request', status: 400, detail: 'The request has invalid fields.', errors: [{ field: 'to', message: 'The range can be at most 10 years' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(text(el.querySelector('.govuk-error-summary'))).toContain('The range can be at most 10 years');
    expect(text(el.querySelector('#to-error'))).toContain('The range can be at most 10 years');
    expect(el.querySelector('[data-testid=coverage-error]')).toBeNull();
  });

  it('says when coverage could not be loaded', async () => {
    const { harness, report, el } = await open('/reports/coverage');
    report.flush({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=coverage-error]'))).toContain('Coverage could not be loaded');
  });
});
