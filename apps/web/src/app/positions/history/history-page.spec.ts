import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@send/contracts';
import { ORG_ID, PROPOSAL_ID, position, signedInAs } from '../testing';
import { HistoryPage } from './history-page';

describe('HistoryPage', () => {
  async function open(role: Role) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'positions/history', component: HistoryPage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    await signedInAs(role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/positions/history?organisationId=${ORG_ID}&proposalId=${PROPOSAL_ID}`, HistoryPage);
    http.expectOne('/api/phases').flush({ items: [{ key: 'national_conversation', name: 'National conversation', startsOn: '2025-09-01' }] });
    return { harness, http, el: harness.routeNativeElement as HTMLElement };
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  async function load(role: Role) {
    const page = await open(role);
    const { http, harness } = page;
    http.expectOne(`/api/organisations/${ORG_ID}`).flush({ id: ORG_ID, name: 'Autism Alliance' });
    http.expectOne(`/api/proposals/${PROPOSAL_ID}`).flush({ id: PROPOSAL_ID, title: 'Inclusion bases' });
    const list = http.expectOne((r) => r.url === '/api/positions');
    expect(list.request.params.toString()).toBe(`organisationId=${ORG_ID}&proposalId=${PROPOSAL_ID}&page=1&pageSize=50&sort=-statedOn`);
    list.flush({
      items: [
        position({ id: 'p2', stance: 'oppose', statedOn: '2026-03-10', quote: 'This will not work for our children.', meetingId: 'm1', meetingReference: 'MTG-0042', version: 2, updatedBy: 'u-2', updatedAt: '2026-04-01T10:00:00Z' }),
        position({ id: 'p1', stance: 'support', statedOn: '2025-10-02', phase: 'national_conversation' }),
      ],
      page: 1,
      pageSize: 50,
      total: 2,
      totalIsLowerBound: false,
    });
    // Not whenStable(): it would wait for the user look-ups this starts.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/positions/phases').flush({
      organisation: { id: ORG_ID, name: 'Autism Alliance' },
      phases: [{ key: 'national_conversation', name: 'National conversation' }, { key: 'consultation', name: 'Consultation' }],
      rows: [{ proposal: { id: PROPOSAL_ID, title: 'Inclusion bases' }, cells: [{ proposalId: PROPOSAL_ID, stance: 'support', statedOn: '2025-10-02', positionId: 'p1' }, { proposalId: PROPOSAL_ID, stance: 'oppose', statedOn: '2026-03-10', positionId: 'p2' }] }],
    });
    http.expectOne('/api/users/u-1').flush({ id: 'u-1', name: 'Alex Recorder' });
    http.expectOne('/api/users/u-2').flush({ id: 'u-2', name: 'Sam Admin' });
    await harness.fixture.whenStable();
    return page;
  }

  it('names the pair in the one h1 and shows the current stance', async () => {
    const { el } = await load('viewer');
    expect([...el.querySelectorAll('h1')].map(text)).toEqual(['Autism Alliance on Inclusion bases']);
    const current = el.querySelectorAll('[data-testid=current-position] p');
    expect([...current].map(text)).toEqual(['Current position', 'Opposes since 10 March 2026 (Consultation)']);
    expect([...el.querySelectorAll('[data-testid=stance-over-phases] tbody tr')].map((tr) => [...tr.children].map(text).join(' '))).toEqual(['National conversation Supports 2 October 2025', 'Consultation Opposes 10 March 2026']);
  });

  it('lists every statement newest first with its stance, phase, quote, source and who recorded it', async () => {
    const { el } = await load('viewer');
    const cards = [...el.querySelectorAll('[data-testid=statements] > li')];
    expect(cards.map((c) => text(c.querySelector('h3')))).toEqual(['Stated on 10 March 2026', 'Stated on 2 October 2025']);
    const rows = (card: Element) => [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
    expect(rows(cards[0])).toEqual([
      'Stance: Opposes',
      'Phase: Consultation',
      'Summary: Supports it if funding follows the child.',
      'In their words: This will not work for our children.',
      'Source: Meeting MTG-0042',
      'Classification: OFFICIAL',
      'Recorded by: Alex Recorder on 11 March 2026 Corrected by Sam Admin on 1 April 2026',
    ]);
    expect(cards[0].querySelector('blockquote')).not.toBeNull();
    expect(cards[0].querySelector('a[href="/meetings/m1"]')?.textContent).toBe('Meeting MTG-0042');
    expect(rows(cards[1])).toContain('Phase: National conversation');
    expect(rows(cards[1])).toContain('Source: Written statement');
    expect(cards[1].querySelector('blockquote')).toBeNull();
  });

  it('offers corrections and a new statement only to recorders and admins', async () => {
    const viewer = await load('viewer');
    expect(viewer.el.querySelector('.govuk-summary-card__actions')).toBeNull();
    expect(viewer.el.textContent).not.toContain('Record a new statement');
    TestBed.resetTestingModule();
    const recorder = await load('recorder');
    const correct = recorder.el.querySelector('.govuk-summary-card__actions a');
    expect(text(correct)).toBe('Correct the statement of 10 March 2026');
    expect(correct?.getAttribute('href')).toBe('/positions/p2/edit');
    expect(recorder.el.querySelector('a.govuk-button')?.getAttribute('href')).toBe(`/positions/new?organisationId=${ORG_ID}&proposalId=${PROPOSAL_ID}`);
  });

  it('says so when the organisation or proposal cannot be found', async () => {
    const { harness, http, el } = await open('viewer');
    http.expectOne(`/api/organisations/${ORG_ID}`).flush({ type: 'about:blank', title: 'Not found', status: 404, detail: 'organisation not found' }, { status: 404, statusText: 'Not Found' });
    // forkJoin has cancelled the other two calls.
    expect(http.match(() => true).every((r) => r.cancelled)).toBe(true);
    await harness.fixture.whenStable();
    expect(text(el.querySelector('h1'))).toBe('Position history');
    expect(text(el.querySelector('[data-testid=history-error]'))).toContain('could not be found');
  });
});
