import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import type { ActionResponse, MeetingSummary, Page, PositionResponse, Role } from '@send/contracts';
import { SessionStore } from '../core/session';
import { HomePage } from './home-page';
import { CLOCK } from './london-week';
import { answerSessionProbe } from '../core/session.testing';

// 23:30 UTC on Sunday 29 March 2026 is 00:30 on Monday 30 March in London, just after the clocks went forward.
const NOW = new Date('2026-03-29T23:30:00Z');

function page<T>(items: T[], total = items.length): Page<T> {
  return { items, page: 1, pageSize: 5, total, totalIsLowerBound: false };
}

const action = (over: Partial<ActionResponse>): ActionResponse =>
  ({ id: 'a1', reference: 'ACT-0001', title: 'Send the note', status: 'open', dueOn: '2026-03-20', overdue: true, ownerName: 'Ann Official', ...over }) as ActionResponse;
const meeting = (over: Partial<MeetingSummary>): MeetingSummary =>
  ({ id: 'm1', reference: 'MTG-0001', title: 'Roundtable with parent carer forums', startsAt: '2026-03-31T09:00:00Z', status: 'submitted', ...over }) as MeetingSummary;
const position = (over: Partial<PositionResponse>): PositionResponse =>
  ({ id: 'p1', organisationId: 'o1', proposalId: 'pr1', organisationName: 'Contact', proposalTitle: 'Local inclusion plans', stance: 'concerns', statedOn: '2026-03-27', ...over }) as PositionResponse;

describe('HomePage', () => {
  async function render(role: Role) {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: CLOCK, useValue: () => NOW }],
    });
    const http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore).ensureLoaded();
    answerSessionProbe(http, { user: { id: 'u1', email: 'jo@education.gov.uk', name: 'Jo Bloggs', role }, roles: [role], mustChangePassword: false });
    await session;
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { http, el, settle };
  }

  const section = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-testid=${name}]`);
  /** Text nodes joined by spaces, as the blocks read, rather than run together as textContent is. */
  const text = (element: Element | null): string => {
    if (!element) return '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push(node.textContent ?? '');
    return words.join(' ').replace(/\s+/g, ' ').trim();
  };

  it('shows an admin every section with counts, short lists, status tags and links to the full lists', async () => {
    const { http, el, settle } = await render('admin');
    expect(text(el.querySelector('h1'))).toBe('SEND engagement tracker');
    expect(text(section(el, 'greeting'))).toBe('Good morning, Jo Bloggs. You are signed in as an admin.');
    expect(el.querySelector('a[href="/meetings/new"]')?.textContent).toContain('Record a meeting');

    http.expectOne((req) => req.url === '/api/actions/mine' && req.params.get('pageSize') === '5').flush(page([action({ overdue: false, status: 'in_progress', dueOn: '2026-04-02' })], 3));
    http.expectOne((req) => req.url === '/api/actions' && req.params.get('overdue') === 'true').flush(page([action({ id: 'a2', title: 'Reply to the forum' })], 12));
    const meetings = http.match((req) => req.url === '/api/meetings');
    expect(meetings.map((req) => req.request.params.toString())).toEqual([
      'from=2026-03-30&to=2026-04-05&sort=startsAt&pageSize=5',
      'status=submitted&sort=startsAt&pageSize=5',
      'needsOfficialNote=true&sort=startsAt&pageSize=5',
    ]);
    meetings[0].flush(page([meeting({ status: 'draft' })]));
    meetings[1].flush(page([meeting({ id: 'm2' })], 2));
    meetings[2].flush(page([meeting({ id: 'm3', title: 'Call with the minister' })], 1));
    http.expectOne((req) => req.url === '/api/positions' && req.params.get('pageSize') === '5').flush(page([position({})], 40));
    const parliament = http.expectOne((req) => req.url === '/api/parliament');
    expect(parliament.request.params.toString()).toBe('responseStatus=not_started&responseStatus=drafting&responseStatus=in_clearance&sort=responseDue&pageSize=5');
    parliament.flush(page([{ id: 'p1', reference: 'PAR-0002', title: 'Solving the SEND crisis', source: 'Education Committee', responseDue: '2026-03-20', overdue: true }], 2));
    await settle();

    expect(text(section(el, 'my-actions'))).toContain('3 open actions');
    expect(text(section(el, 'my-actions'))).toContain('Send the note ACT-0001 · due 2 April 2026 In progress');
    expect(text(section(el, 'overdue-actions'))).toContain('12 overdue actions');
    expect(text(section(el, 'overdue-actions'))).toContain('Ann Official · due 20 March 2026 Overdue');
    expect(section(el, 'overdue-actions')?.querySelector('a[href="/actions?overdue=true"]')?.textContent).toContain('View all overdue actions');
    expect(text(section(el, 'this-week'))).toContain('30 March 2026 to 5 April 2026');
    expect(text(section(el, 'this-week'))).toContain('31 March 2026, 10am Draft');
    expect(section(el, 'this-week')?.querySelector('a[href="/meetings?from=2026-03-30&to=2026-04-05"]')).not.toBeNull();
    expect(text(section(el, 'awaiting-review'))).toContain('Awaiting your review');
    expect(text(section(el, 'awaiting-review'))).toContain('2 meetings awaiting review');
    expect(section(el, 'awaiting-review')?.querySelector('a[href="/meetings?status=submitted"]')).not.toBeNull();
    expect(text(section(el, 'needs-note'))).toContain('1 meeting needing a note');
    expect(section(el, 'needs-note')?.querySelector('a[href="/meetings?needsOfficialNote=true"]')?.textContent).toContain('View all ministerial meetings needing a note');
    expect(text(section(el, 'parliament-due'))).toContain('2 items awaiting our response');
    expect(text(section(el, 'parliament-due'))).toContain('Solving the SEND crisis PAR-0002 · Education Committee · due 20 March 2026 Overdue');
    expect(text(section(el, 'recent-positions'))).toContain('Contact on Local inclusion plans Stated 27 March 2026 Has concerns');
    expect(section(el, 'recent-positions')?.querySelector('.govuk-tag--orange')).not.toBeNull();
    // There is no page for one statement: the link opens that organisation's history on that proposal.
    expect(section(el, 'recent-positions')?.querySelector('li a')?.getAttribute('href')).toBe('/positions/history?organisationId=o1&proposalId=pr1');
    http.verify();
  });

  it('gives a new viewer empty states, and neither the review sections nor the record button', async () => {
    const { http, el, settle } = await render('viewer');
    expect(el.querySelector('a[href="/meetings/new"]')).toBeNull();
    http.expectOne('/api/actions/mine?pageSize=5').flush(page([]));
    http.expectOne((req) => req.url === '/api/meetings').flush(page([]));
    http.expectOne('/api/positions?pageSize=5').flush(page([]));
    http.expectNone((req) => req.url === '/api/actions');
    http.expectNone((req) => req.url === '/api/parliament');
    await settle();
    expect(section(el, 'overdue-actions')).toBeNull();
    expect(section(el, 'awaiting-review')).toBeNull();
    expect(text(section(el, 'my-actions')?.querySelector('[data-testid=empty]') ?? null)).toBe('You have no open actions.');
    expect(text(section(el, 'this-week')?.querySelector('[data-testid=empty]') ?? null)).toBe('There are no meetings this week.');
    expect(text(section(el, 'recent-positions')?.querySelector('[data-testid=empty]') ?? null)).toBe('No positions have been recorded yet.');
    expect(el.querySelectorAll('h1')).toHaveLength(1);
  });

  it("shows a recorder their own drafts and submitted meetings, not everyone's overdue actions", async () => {
    const { http, el, settle } = await render('recorder');
    expect(el.querySelector('a[href="/meetings/new"]')).not.toBeNull();
    http.expectOne('/api/actions/mine?pageSize=5').flush(page([]));
    http.expectNone((req) => req.url === '/api/actions');
    const meetings = http.match((req) => req.url === '/api/meetings');
    expect(meetings[1].request.params.toString()).toBe('status=draft&status=submitted&officialId=u1&sort=startsAt&pageSize=5');
    meetings.forEach((req) => req.flush(page([])));
    http.expectOne('/api/positions?pageSize=5').flush(page([]));
    await settle();
    expect(text(section(el, 'awaiting-review'))).toContain('You have no draft or submitted meetings.');
    expect(section(el, 'overdue-actions')).toBeNull();
  });

  it('shows a failed section as an error while the others still load', async () => {
    const { http, el, settle } = await render('reviewer');
    http.expectOne('/api/actions/mine?pageSize=5').flush({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong on our side.' }, { status: 500, statusText: 'Server Error' });
    http.expectOne((req) => req.url === '/api/actions').flush(page([]));
    http.match((req) => req.url === '/api/meetings').forEach((req) => req.flush(page([])));
    http.expectOne('/api/positions?pageSize=5').flush(page([position({})]));
    await settle();
    expect(text(section(el, 'my-actions')?.querySelector('[data-testid=error]') ?? null)).toBe('My open actions could not be loaded. Something went wrong on our side.');
    expect(text(section(el, 'recent-positions'))).toContain('1 position recorded');
    expect(text(section(el, 'overdue-actions'))).toContain('No actions are overdue.');
    expect(text(section(el, 'parliament-due'))).toContain('Loading');
  });

  it('says "Loading" in each section until its list arrives', async () => {
    const { el } = await render('admin');
    expect(el.querySelectorAll('[data-testid=loading]')).toHaveLength(7);
  });
});
