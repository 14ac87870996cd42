import { openParliamentPage, parliamentaryItem, text } from '../testing';
import { ParliamentPage } from './parliament-page';

const summary = (el: HTMLElement) => [...el.querySelectorAll('.govuk-summary-list__row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);

describe('ParliamentPage', () => {
  it('shows a viewer when the response is due, the recommendations and what bears on them, and no forms', async () => {
    const { http, el, settle } = await openParliamentPage('/parliament/p1', 'viewer', ParliamentPage);
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem());
    await settle();
    expect(text(el().querySelector('h1'))).toBe('Solving the SEND crisis');
    expect(text(el().querySelector('[data-testid=response-due]'))).toBe('Our response: Drafting Due by 24 November 2026 Overdue');
    expect([...el().querySelectorAll('[data-testid=recommendations] tbody td')].map((td) => text(td))).toEqual(['4', 'Make inclusion part of inspection.', 'Not yet answered']);
    const links = [...el().querySelectorAll('[data-testid=links] tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(links).toEqual([
      ['Meeting', 'MTG-0003: Development group', 'The whole item'],
      ['Position', 'Contact on Inclusion (2026-10-01)', 'Recommendation 4'],
    ]);
    expect(el().querySelector('[data-testid=links] a')?.getAttribute('href')).toBe('/meetings/m1');
    expect(el().querySelectorAll('[data-testid=links] a')[1]?.getAttribute('href')).toBe('/positions/history?organisationId=o1&proposalId=q1');
    expect(el().querySelector('form')).toBeNull();
  });

  it('publishes our response only with its text and date, sending the version read', async () => {
    const { http, el, settle, set, submit } = await openParliamentPage('/parliament/p1', 'reviewer', ParliamentPage);
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem());
    await settle();
    el().querySelector<HTMLInputElement>('#responseStatus-4')?.click();
    submit('response-form');
    await settle();
    expect([...el().querySelectorAll('[data-testid=response-section] .govuk-error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#responseText', '#respondedOn-day']);
    set('responseText', 'The government accepts most recommendations.');
    set('respondedOn-day', '1');
    set('respondedOn-month', '12');
    set('respondedOn-year', '2026');
    submit('response-form');
    await settle();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/parliament/p1' });
    expect(patch.request.headers.get('If-Match')).toBe('"2"');
    expect(patch.request.body).toEqual({ responseStatus: 'published', responseText: 'The government accepts most recommendations.', respondedOn: '2026-12-01' });
    patch.flush(parliamentaryItem({ version: 3 }));
    await settle();
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem({ version: 3, responseStatus: 'published', responseText: 'The government accepts most recommendations.', respondedOn: '2026-12-01', overdue: false }));
    await settle();
    expect(text(el().querySelector('.govuk-notification-banner'))).toContain('Response saved: Published');
    expect(text(el().querySelector('[data-testid=response-due]'))).toBe('Our response: Published Published 1 December 2026; it was due 24 November 2026.');
    expect(summary(el())).toContain('Our response: The government accepts most recommendations.');
  });

  it('answers a recommendation with its own version, and links a meeting found by its reference', async () => {
    const { http, el, settle, set, submit } = await openParliamentPage('/parliament/p1', 'recorder', ParliamentPage);
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem());
    await settle();
    set('recommendationId', 'r1');
    el().querySelector<HTMLInputElement>('#answer-2')?.click();
    set('answerText', 'Set out in the White Paper.');
    submit('answer-form');
    await settle();
    const answer = http.expectOne({ method: 'PATCH', url: '/api/parliament/p1/recommendations/r1' });
    expect(answer.request.headers.get('If-Match')).toBe('"1"');
    expect(answer.request.body).toEqual({ answer: 'accepted', answerText: 'Set out in the White Paper.' });
    answer.flush({});
    await settle();
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem());
    await settle();
    expect(text(el().querySelector('.govuk-notification-banner'))).toContain('Answer to recommendation 4 saved');

    el().querySelector<HTMLInputElement>('#linkKind-3')?.click();
    await settle();
    set('reference', 'mtg-0009');
    submit('link-form');
    await settle();
    const lookup = http.expectOne((r) => r.url === '/api/meetings');
    expect(lookup.request.params.get('q')).toBe('MTG-0009');
    lookup.flush({ items: [], page: 1, pageSize: 5, total: 0, totalIsLowerBound: false });
    await settle();
    await settle();
    expect(text(el().querySelector('[data-testid=links] .govuk-error-summary'))).toContain('There is no meeting with the reference MTG-0009');

    set('reference', 'MTG-0010');
    submit('link-form');
    await settle();
    http.expectOne((r) => r.url === '/api/meetings').flush({ items: [{ id: 'm10', reference: 'MTG-0010' }], page: 1, pageSize: 5, total: 1, totalIsLowerBound: false });
    await settle();
    const link = http.expectOne({ method: 'POST', url: '/api/parliament/p1/links' });
    expect(link.request.body).toEqual({ recommendationId: null, meetingId: 'm10' });
    expect(link.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    link.flush({});
    await settle();
    http.expectOne('/api/parliament/p1').flush(parliamentaryItem());
    await settle();
    expect(text(el().querySelector('.govuk-notification-banner'))).toContain('Meeting linked');

    // Proposals are read only once one is to be chosen.
    http.expectNone((r) => r.url === '/api/proposals');
    el().querySelector<HTMLInputElement>('#linkKind')?.click();
    await settle();
    http.expectOne((r) => r.url === '/api/proposals').flush({ items: [{ id: 'q1', title: 'Written records of support' }], page: 1, pageSize: 100, total: 1, totalIsLowerBound: false });
    await settle();
    set('proposalId', 'q1');
    set('linkRecommendation', 'r1');
    submit('link-form');
    await settle();
    expect(http.expectOne({ method: 'POST', url: '/api/parliament/p1/links' }).request.body).toEqual({ recommendationId: 'r1', proposalId: 'q1' });
  });
});
