import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { YouSaidWeDidResponse } from '@send/contracts';
import { YouSaidPage } from './you-said-page';

const THEME_ID = '33333333-3333-4333-8333-333333333333';
const PROPOSAL_ID = '22222222-2222-4222-8222-222222222222';
const ORG_ID = '11111111-1111-4111-8111-111111111111';

function response(overrides: Partial<YouSaidWeDidResponse> = {}): YouSaidWeDidResponse {
  return {
    marking: 'OFFICIAL',
    entries: 2,
    answered: 1,
    truncated: false,
    themes: [
      {
        theme: { id: THEME_ID, name: 'Early intervention' },
        proposals: [
          {
            id: PROPOSAL_ID,
            title: 'Early language support',
            status: 'in_consultation',
            entries: [
              {
                organisation: { id: ORG_ID, name: 'Autism Alliance', type: 'charity' },
                points: [{ positionId: 'p1', stance: 'concerns', summary: 'Worried about speech therapy waits.', quote: null, statedOn: '2026-03-10', meeting: { id: 'm1', reference: 'MTG-0001', title: 'Roundtable' }, classification: 'OFFICIAL' }],
                answers: [
                  { id: 'a1', reference: 'ACT-0001', title: 'Publish the evidence', kind: 'action', status: 'done', completionNote: 'Published on GOV.UK', dueOn: null, closedAt: '2026-04-02T16:00:00.000Z', link: 'raised_by', meetingReference: null, classification: 'OFFICIAL' },
                  { id: 'a2', reference: 'ACT-0002', title: 'Minister to meet leads', kind: 'ministerial_commitment', status: 'open', completionNote: null, dueOn: '2026-06-30', closedAt: null, link: 'meeting', meetingReference: 'MTG-0001', classification: 'OFFICIAL' },
                ],
              },
              {
                organisation: { id: '44444444-4444-4444-8444-444444444444', name: 'Bristol forum', type: 'parent_carer_forum' },
                points: [{ positionId: 'p2', stance: 'support_with_conditions', summary: 'If funding follows the child.', quote: null, statedOn: '2026-03-12', meeting: null, classification: 'OFFICIAL' }],
                answers: [],
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('YouSaidPage', () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'reports/you-said-we-did', component: YouSaidPage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, YouSaidPage);
    http.expectOne('/api/themes').flush({ items: [{ id: THEME_ID, name: 'Early intervention' }] });
    http.expectOne((r) => r.url === '/api/proposals').flush({ items: [{ id: PROPOSAL_ID, title: 'Early language support' }], page: 1, pageSize: 100, total: 1, totalIsLowerBound: false });
    const report = http.expectOne((r) => r.url === '/api/reports/you-said-we-did');
    return { harness, http, report, el: harness.routeNativeElement as HTMLElement };
  }
  /** The words as read, with a space wherever one element ends and the next begins. */
  const text = (el: Element | null | undefined) => {
    const holder = document.createElement('div');
    holder.innerHTML = (el?.innerHTML ?? '').replace(/<[^>]+>/g, ' ');
    return holder.textContent?.replace(/\s+/g, ' ').replace(/ ([,.)])/g, '$1').trim();
  };

  it('asks for the report with the filters in the URL, dropping values the API would refuse', async () => {
    const { report } = await open(`/reports/you-said-we-did?themeId=${THEME_ID}&proposalId=nonsense`);
    expect(report.request.params.toString()).toBe(`themeId=${THEME_ID}`);
  });

  it('shows each proposal as a table of what was said and what was done, with status tags and the marking', async () => {
    const { harness, report, el } = await open('/reports/you-said-we-did');
    report.flush(response());
    await harness.fixture.whenStable();
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(text(el.querySelector('[data-testid=report-status]'))).toBe('2 organisations’ points on proposals; 1 with something done in answer.');
    expect(text(el.querySelector('[data-testid=marking]'))).toBe('Marking: OFFICIAL');
    expect(text(el.querySelector('h2.govuk-heading-m'))).toBe('Early intervention');
    expect(text(el.querySelector('caption'))).toBe('Early language support Proposal status: In consultation');
    const rows = el.querySelectorAll('tbody tr');
    expect(text(rows[0].querySelector('th'))).toBe('Autism Alliance, Charity');
    expect(text(rows[0].querySelectorAll('td')[0])).toBe('Has concerns 10 March 2026 at MTG-0001 Worried about speech therapy waits.');
    const did = text(rows[0].querySelectorAll('td')[1]);
    expect(did).toContain('ACT-0001 Publish the evidence Done Action · Raised by them Completion note: Published on GOV.UK Closed 2 April 2026');
    expect(did).toContain('ACT-0002 Minister to meet leads Open Ministerial commitment · Arose from the meeting (MTG-0001) Due 30 June 2026');
    expect(rows[0].querySelector('.govuk-tag--green')?.textContent).toBe('Done');
    expect(text(rows[1].querySelectorAll('td')[1])).toBe('Nothing recorded yet');
  });

  it('links to the CSV of the same view, naming its marking', async () => {
    const { harness, report, el } = await open(`/reports/you-said-we-did?proposalId=${PROPOSAL_ID}`);
    report.flush(response({ marking: 'OFFICIAL-SENSITIVE', truncated: true }));
    await harness.fixture.whenStable();
    const link = el.querySelector('[data-testid=csv-link]');
    expect(link?.getAttribute('href')).toBe(`/api/reports/you-said-we-did?proposalId=${PROPOSAL_ID}&format=csv`);
    expect(text(link)).toBe('Download this report as a spreadsheet (CSV, OFFICIAL-SENSITIVE)');
    expect(text(el.querySelector('[data-testid=truncated]'))).toContain('Choose a principle or proposal');
  });

  it('says when nothing matches', async () => {
    const { harness, report, el } = await open('/reports/you-said-we-did');
    report.flush(response({ themes: [], entries: 0, answered: 0 }));
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=report-empty]'))).toContain('No organisation has raised');
    expect(el.querySelector('table')).toBeNull();
  });

  it('says when the report could not be loaded, and tries again', async () => {
    const { harness, http, report, el } = await open('/reports/you-said-we-did');
    report.flush({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=report-error]'))).toContain('The report could not be loaded');
    el.querySelector<HTMLButtonElement>('[data-testid=report-error] button')?.click();
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/reports/you-said-we-did').flush(response());
    await harness.fixture.whenStable();
    expect(el.querySelector('table')).not.toBeNull();
  });

  it('applies the filters through the URL', async () => {
    const { harness, http, report, el } = await open('/reports/you-said-we-did');
    report.flush(response());
    await harness.fixture.whenStable();
    const select = el.querySelector<HTMLSelectElement>('#themeId');
    if (!select) throw new Error('no principle filter');
    select.value = THEME_ID;
    select.dispatchEvent(new Event('change'));
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(TestBed.inject(Router).url).toBe(`/reports/you-said-we-did?themeId=${THEME_ID}`);
    http.expectOne((r) => r.url === '/api/reports/you-said-we-did' && r.params.get('themeId') === THEME_ID).flush(response());
    await harness.fixture.whenStable();
  });
});
