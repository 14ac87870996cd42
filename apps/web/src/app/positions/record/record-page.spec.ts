import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ORG_ID, PROPOSAL_ID, position } from '../testing';
import { RecordPage } from './record-page';

describe('RecordPage', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'positions/new', component: RecordPage },
          { path: 'positions/:id/edit', component: RecordPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, RecordPage);
    http.expectOne((r) => r.url === '/api/proposals').flush({ items: [{ id: PROPOSAL_ID, title: 'Inclusion bases', status: 'in_consultation' }], page: 1, pageSize: 100, total: 1, totalIsLowerBound: false });
    http.expectOne('/api/phases').flush({ items: [] });
    return { harness, http, el: harness.routeNativeElement as HTMLElement };
  }

  /** Lets promise-based handlers run, then rendering settle. */
  async function settle(harness: RouterTestingHarness) {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const submit = (el: HTMLElement) => el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
  function type(el: HTMLElement, selector: string, value: string) {
    const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('lists what is missing in an error summary linked to each field, without calling the server', async () => {
    const { harness, http, el } = await open('/positions/new');
    submit(el);
    await settle(harness);
    const links = [...el.querySelectorAll('.govuk-error-summary__list a')].map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).toEqual([
      ['#organisationId', 'Choose the organisation'],
      ['#proposalId', 'Choose the proposal'],
      ['#stance', 'Choose the organisation’s stance'],
      ['#summary', 'Enter a summary of what they said'],
      ['#statedOn-day', 'Enter the date it was said'],
    ]);
    // With no matches yet, the organisation error sits on the search box, which takes the field's id.
    expect(text(el.querySelector('#organisationId-error'))).toBe('Error: Choose the organisation');
    http.expectNone('/api/positions');
  });

  it('pre-fills the organisation, proposal and meeting from the link, and records the statement', async () => {
    const meetingId = '44444444-4444-4444-8444-444444444444';
    const { harness, http, el } = await open(`/positions/new?organisationId=${ORG_ID}&proposalId=${PROPOSAL_ID}&meetingId=${meetingId}`);
    http.expectOne(`/api/organisations/${ORG_ID}`).flush({ id: ORG_ID, name: 'Autism Alliance', type: 'charity' });
    http.expectOne(`/api/meetings/${meetingId}`).flush({ id: meetingId, reference: 'MTG-0042', title: 'Round table', startsAt: '2026-06-09T23:30:00Z' });
    await settle(harness);
    http.expectOne((r) => r.url === '/api/meetings' && r.params.get('organisationId') === ORG_ID).flush({ items: [], page: 1, pageSize: 100, total: 0, totalIsLowerBound: false });
    await settle(harness);
    expect(el.querySelector<HTMLInputElement>('#organisationId')?.checked).toBe(true);
    expect(el.querySelector<HTMLSelectElement>('#proposalId')?.value).toBe(PROPOSAL_ID);
    // 11:30pm UTC on 9 June is 12:30am on 10 June in London (BST): the day the meeting happened there.
    expect([...el.querySelectorAll<HTMLInputElement>('#statedOn input')].map((i) => i.value)).toEqual(['10', '6', '2026']);
    el.querySelector<HTMLInputElement>('#stance-4')?.dispatchEvent(new Event('change'));
    type(el, '#summary', 'Worried about funding');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    submit(el);
    const request = http.expectOne('/api/positions');
    expect(request.request.body).toEqual({ organisationId: ORG_ID, proposalId: PROPOSAL_ID, stance: 'concerns', summary: 'Worried about funding', quote: null, meetingId, statedOn: '2026-06-10' });
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    request.flush(position({ stance: 'concerns' }));
    await settle(harness);
    expect(navigate).toHaveBeenCalledWith(['/positions/history'], { queryParams: { organisationId: ORG_ID, proposalId: PROPOSAL_ID }, state: { saved: 'recorded' } });
  });

  it('puts the server’s field errors against the fields', async () => {
    const { harness, http, el } = await open(`/positions/p1/edit`);
    http.expectOne('/api/positions/p1').flush(position());
    await settle(harness);
    http.expectOne((r) => r.url === '/api/meetings').flush({ items: [], page: 1, pageSize: 100, total: 0, totalIsLowerBound: false });
    type(el, '#summary', 'Changed');
    submit(el);
    http.expectOne('/api/positions/p1').flush({ type: 'about:blank', title: 'Invalid', status: 400, detail: 'Invalid', errors: [{ field: 'summary', message: 'summary is too long' }] }, { status: 400, statusText: 'Bad Request' });
    await settle(harness);
    expect(text(el.querySelector('#summary-error'))).toBe('Error: summary is too long');
  });

  it('on a stale save (412) shows what changed, keeps the edits, and saves over the new version next time', async () => {
    const { harness, http, el } = await open(`/positions/p1/edit`);
    http.expectOne('/api/positions/p1').flush(position({ version: 3 }));
    await settle(harness);
    http.expectOne((r) => r.url === '/api/meetings').flush({ items: [], page: 1, pageSize: 100, total: 0, totalIsLowerBound: false });
    type(el, '#summary', 'My wording');
    submit(el);
    const stale = http.expectOne('/api/positions/p1');
    expect(stale.request.method).toBe('PATCH');
    expect(stale.request.headers.get('If-Match')).toBe('"3"');
    expect(stale.request.body).toEqual({ summary: 'My wording' });
    stale.flush({ type: 'about:blank', title: 'Stale', status: 412, detail: 'Changed' }, { status: 412, statusText: 'Precondition Failed' });
    await settle(harness);
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/positions/p1').flush(position({ version: 4, summary: 'Their wording', updatedBy: 'u-2' }));
    await settle(harness);
    http.expectOne('/api/users/u-2').flush({ id: 'u-2', name: 'Sam Reviewer' });
    await settle(harness);
    const notice = el.querySelector('[data-testid=conflict-notice]');
    expect(text(notice)).toContain('Sam Reviewer changed this record while you were editing it.');
    const rows = [...(notice?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map(text));
    expect(rows).toEqual([['Summary', 'My wording', 'Their wording']]);
    expect(el.querySelector<HTMLTextAreaElement>('#summary')?.value).toBe('My wording');
    submit(el);
    expect(http.expectOne('/api/positions/p1').request.headers.get('If-Match')).toBe('"4"');
  });
});
