import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PositionMatrixCell, StanceByPhaseResponse, Stance } from '@send/contracts';
import { StanceOverPhases } from './stance-over-phases';

const said = (stance: Stance, statedOn: string): PositionMatrixCell => ({ proposalId: 'pr1', stance, statedOn, positionId: `${stance}-${statedOn}` });
const PHASES: StanceByPhaseResponse['phases'] = [
  { key: 'national_conversation', name: 'National conversation' },
  { key: 'white_paper', name: 'White Paper' },
  { key: 'consultation', name: 'Consultation' },
  { key: 'government_response', name: 'Government response' },
  { key: 'implementation', name: 'Implementation' },
];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('StanceOverPhases', () => {
  async function render(proposalId?: string) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(StanceOverPhases);
    fixture.componentRef.setInput('organisationId', 'o1');
    if (proposalId) fixture.componentRef.setInput('proposalId', proposalId);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { http, fixture, el };
  }

  it('draws each proposal and tells the same in a table beside it, phase by phase', async () => {
    const { http, fixture, el } = await render();
    const req = http.expectOne((r) => r.url === '/api/positions/phases');
    expect(req.request.params.toString()).toBe('organisationId=o1');
    req.flush({
      organisation: { id: 'o1', name: 'Northshire' },
      phases: PHASES,
      rows: [
        { proposal: { id: 'pr1', title: 'Advocacy' }, cells: [said('support', '2025-10-01'), null, said('oppose', '2026-03-10'), said('unclear', '2026-06-01'), null] },
        { proposal: { id: 'pr2', title: 'Records of support' }, cells: [null, null, said('neutral', '2026-03-02'), null, null] },
      ],
    } satisfies StanceByPhaseResponse);
    await fixture.whenStable();

    const figures = [...el.querySelectorAll('[data-testid=stance-figure]')];
    expect(figures).toHaveLength(2);
    expect([...el.querySelectorAll('h3 a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Advocacy', '/positions/history?organisationId=o1&proposalId=pr1'],
      ['Records of support', '/positions/history?organisationId=o1&proposalId=pr2'],
    ]);
    const rows = [...(figures[0]?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map(text).join(' '));
    expect(rows).toEqual([
      'National conversation Supports 1 October 2025',
      'White Paper Nothing recorded',
      'Consultation Opposes 10 March 2026',
      'Government response Unclear 1 June 2026',
      'Implementation Nothing recorded',
    ]);
    // The chart is hidden from screen readers (the table is what they read), with a point per statement.
    const svg = figures[0]?.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect([...(svg?.querySelectorAll('circle') ?? [])].map((c) => c.getAttribute('data-stance'))).toEqual(['support', 'oppose', 'unclear']);
    expect(svg?.querySelectorAll('.app-stance-chart__line')).toHaveLength(1);
    expect([...(svg?.querySelectorAll('text') ?? [])].map((t) => [...t.querySelectorAll('tspan')].map(text).join(' '))).toContain('National conversation');
  });

  it('shows one proposal without repeating its title, and says when nothing is recorded', async () => {
    const { http, fixture, el } = await render('pr1');
    const req = http.expectOne((r) => r.url === '/api/positions/phases');
    expect(req.request.params.toString()).toBe('organisationId=o1&proposalId=pr1');
    req.flush({ organisation: { id: 'o1', name: 'Northshire' }, phases: PHASES, rows: [] });
    await fixture.whenStable();
    expect(el.querySelector('h3')).toBeNull();
    expect(text(el.querySelector('section p'))).toBe('No positions have been recorded on this proposal.');
  });

  it('offers to try again when the stances cannot be loaded', async () => {
    const { http, fixture, el } = await render();
    http.expectOne(() => true).flush({ title: 'Service unavailable', status: 503, detail: 'The database is not answering.' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid=load-failed] p'))).toContain('The stance across the phases could not be loaded.');
    (el.querySelector('[data-testid=load-failed] button') as HTMLButtonElement).click();
    fixture.detectChanges();
    http.expectOne(() => true).flush({ organisation: { id: 'o1', name: 'Northshire' }, phases: PHASES, rows: [] });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=load-failed]')).toBeNull();
  });
});
