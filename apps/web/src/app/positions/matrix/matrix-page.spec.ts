import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PositionMatrixResponse, Role } from '@send/contracts';
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

describe('MatrixPage', () => {
  async function open(url: string, role: Role = 'viewer') {
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
    return { harness, http, matrix, el: harness.routeNativeElement as HTMLElement };
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
});
