import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PositionMove, PositionMovesResponse, Role } from '@send/contracts';
import type { PositionMatrixResponse } from '@send/contracts';
import { ORG_ID, PROPOSAL_ID, signedInAs } from '../testing';
import { MatrixPage } from './matrix-page';

const THEME_ID = '33333333-3333-4333-8333-333333333333';

function response(overrides: Partial<PositionMatrixResponse> = {}): PositionMatrixResponse {
  return {
    proposals: [{ id: PROPOSAL_ID, title: 'Inclusion bases' }],
    rows: [{ organisation: { id: ORG_ID, name: 'Autism Alliance', type: 'charity' }, cells: [null] }],
    page: 1,
    pageSize: 50,
    total: 1,
    totalIsLowerBound: false,
    ...overrides,
  };
}

function moves(items: PositionMove[] = [], total = items.length): PositionMovesResponse {
  return { from: '2026-03-01', to: '2026-05-29', items, page: 1, pageSize: 10, total, totalIsLowerBound: false };
}

const move = (organisation: string, steps: number | null, before: PositionMove['before']['stance'], after: PositionMove['after']['stance']): PositionMove => ({
  organisation: { id: `${organisation}-id`, name: organisation, type: 'charity' },
  proposal: { id: PROPOSAL_ID, title: 'Inclusion bases' },
  before: { proposalId: PROPOSAL_ID, stance: before, statedOn: '2025-11-01', positionId: 'b' },
  after: { proposalId: PROPOSAL_ID, stance: after, statedOn: '2026-04-02', positionId: 'a' },
  steps,
});

describe('MatrixPage', () => {
  async function open(url: string, role: Role = 'viewer', moved = moves()) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'positions', component: MatrixPage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    await signedInAs(role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MatrixPage);
    http.expectOne('/api/themes').flush({ items: [{ id: THEME_ID, name: 'Early intervention' }] });
    http.expectOne((r) => r.url === '/api/groups').flush({ items: [], page: 1, pageSize: 100, total: 0, totalIsLowerBound: false });
    http.expectOne('/api/phases').flush({ items: [{ key: 'consultation', name: 'Consultation', startsOn: '2026-02-24' }] });
    const matrix = http.expectOne((r) => r.url === '/api/positions/matrix');
    // What moved is asked for only once a period is chosen.
    const movesRequest = url.includes('moved=') ? http.expectOne((r) => r.url === '/api/positions/moves') : null;
    movesRequest?.flush(moved);
    if (!movesRequest) http.expectNone((r) => r.url === '/api/positions/moves');
    return { harness, http, matrix, movesRequest, el: harness.routeNativeElement as HTMLElement };
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('asks for the matrix with the filters in the URL, dropping values the API would refuse', async () => {
    const { matrix } = await open(`/positions?themeId=${THEME_ID}&phase=consultation&organisationType=nonsense&includeEmpty=true&q=%20alliance%20&page=2`);
    expect(matrix.request.params.toString()).toBe(`themeId=${THEME_ID}&phase=consultation&q=alliance&includeEmpty=true&page=2&pageSize=50`);
  });

  it('shows the count, the key, the table and the phase in the caption', async () => {
    const { harness, matrix, el } = await open('/positions?phase=consultation');
    matrix.flush(response({ total: 10_000, totalIsLowerBound: true }));
    await harness.fixture.whenStable();
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(text(el.querySelector('[data-testid=matrix-status]'))).toBe('Showing 1 to 1 of more than 10,000 organisations');
    expect(text(el.querySelector('#matrix-title'))).toBe('Latest position in the Consultation phase, by organisation and proposal');
    expect(el.querySelector('[role=region]')?.getAttribute('aria-labelledby')).toBe('matrix-title');
    expect(text(el.querySelector('#stance-key-title'))).toBe('Key');
    expect(text(el.querySelector('td'))).toBe('No position');
  });

  it('offers "Record a position" to recorders and admins only', async () => {
    const viewer = await open('/positions');
    viewer.matrix.flush(response());
    await viewer.harness.fixture.whenStable();
    expect(viewer.el.textContent).not.toContain('Record a position');
    TestBed.resetTestingModule();
    const recorder = await open('/positions', 'recorder');
    recorder.matrix.flush(response());
    await recorder.harness.fixture.whenStable();
    expect(recorder.el.querySelector('a.govuk-button')?.getAttribute('href')).toBe('/positions/new');
  });

  it('says when nothing matches, with what to try', async () => {
    const { harness, matrix, el } = await open('/positions?phase=consultation');
    matrix.flush(response({ rows: [], total: 0 }));
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=matrix-empty]'))).toContain('No organisations have positions recorded that match these filters.');
    expect(text(el.querySelector('[data-testid=matrix-empty]'))).toContain('include organisations with no positions');
    expect(el.querySelector('table')).toBeNull();
  });

  it('says when the matrix could not be loaded, and tries again', async () => {
    const { harness, http, matrix, el } = await open('/positions');
    matrix.flush({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=matrix-error]'))).toContain('The positions could not be loaded');
    el.querySelector<HTMLButtonElement>('[data-testid=matrix-error] button')?.click();
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/positions/matrix').flush(response());
    await harness.fixture.whenStable();
    expect(el.querySelector('table')).not.toBeNull();
  });

  it('applies the filters through the URL', async () => {
    const { harness, http, matrix, el } = await open('/positions');
    matrix.flush(response());
    await harness.fixture.whenStable();
    const phase = el.querySelector<HTMLSelectElement>('#phase');
    if (!phase) throw new Error('no phase filter');
    phase.value = 'consultation';
    phase.dispatchEvent(new Event('change'));
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    // Not whenStable(): the new request stays pending until flushed.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe('/positions?phase=consultation');
    http.expectOne((r) => r.url === '/api/positions/matrix' && r.params.get('phase') === 'consultation').flush(response());
    await harness.fixture.whenStable();
  });

  it('lists what moved in the last 3 months by default, biggest first, following the theme and type filters', async () => {
    const { harness, matrix, movesRequest, el } = await open(`/positions?themeId=${THEME_ID}&organisationType=charity&moved=last-3-months`, 'viewer', moves([move('Autism Alliance', -4, 'support', 'oppose'), move('Cerebra', null, 'concerns', 'unclear')], 12));
    const params = movesRequest?.request.params ?? new HttpParams();
    expect([params.get('themeId'), params.get('organisationType'), params.get('pageSize')]).toEqual([THEME_ID, 'charity', '10']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(89 * 86_400_000);
    matrix.flush(response());
    await harness.fixture.whenStable();
    const section = el.querySelector('[data-testid=what-moved]');
    expect(text(section?.querySelector('h2'))).toBe('What moved');
    expect(text(section?.querySelector('[data-testid=moves-status]'))).toMatch(/^The 2 biggest of 12 moves in the last 3 months \(.+\)\.$/);
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).toEqual([
      ['Autism Alliance', "Inclusion bases: Autism Alliance's history", 'Supports 1 November 2025', 'Opposes 2 April 2026', '4 steps away from support'],
      ['Cerebra', "Inclusion bases: Cerebra's history", 'Has concerns 1 November 2025', 'Unclear 2 April 2026', 'Became unclear'],
    ]);
    expect(section?.querySelector('tbody a')?.getAttribute('href')).toBe('/organisations/Autism%20Alliance-id');
    expect(text(section?.querySelector('button[type=button]'))).toBe('Show the 100 biggest moves');
  });

  it('changes the period and the length through the URL, keeping the matrix page', async () => {
    const { harness, http, matrix, el } = await open('/positions?page=2');
    matrix.flush(response());
    await harness.fixture.whenStable();
    const period = el.querySelector<HTMLSelectElement>('#moved');
    if (!period) throw new Error('no period');
    expect([...period.options].map((o) => o.textContent?.trim())).toEqual(['In the last 4 weeks', 'In the last 3 months', 'In the last 12 months', 'Since the Consultation began']);
    period.value = 'consultation';
    period.dispatchEvent(new Event('change'));
    el.querySelector<HTMLFormElement>('[data-testid=what-moved] form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe('/positions?page=2&moved=consultation');
    expect(text(el.querySelector('[data-testid=moves-status]'))).toBe('Loading what moved…');
    const asked = http.expectOne((r) => r.url === '/api/positions/moves');
    expect(asked.request.params.get('from')).toBe('2026-02-24');
    asked.flush(moves([move('Autism Alliance', 2, 'concerns', 'support_with_conditions')], 30));
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=moves-status]'))).toContain('since the Consultation began');
    el.querySelector<HTMLButtonElement>('[data-testid=what-moved] button[type=button]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe('/positions?page=2&moved=consultation&moves=100');
    expect(http.expectOne((r) => r.url === '/api/positions/moves').request.params.get('pageSize')).toBe('100');
  });

  it('asks for nothing until a period is chosen, and says when nothing moved', async () => {
    const first = await open('/positions');
    first.matrix.flush(response());
    await first.harness.fixture.whenStable();
    expect(text(first.el.querySelector('[data-testid=moves-status]'))).toBe('Choose a period and show the moves.');
    TestBed.resetTestingModule();
    const { harness, matrix, el } = await open('/positions?moved=last-3-months');
    matrix.flush(response());
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=moves-status]'))).toMatch(/^No stance changed in the last 3 months \(.+\)\.$/);
    expect(el.querySelector('[data-testid=what-moved] table')).toBeNull();
  });
});
