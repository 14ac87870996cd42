import type { LegalHoldResponse } from '@send/contracts';
import { openAdminPage, problem, submit, summaryLinks, tableRows, typeInto } from '../shared/page-test';

const hold: LegalHoldResponse = { id: 'h1', entity: 'organisation', entityId: 'o1', label: 'Held Trust', reason: 'Tribunal case 2026/123', placedAt: '2026-11-01T10:00:00Z', placedBy: 'u1', placedByName: 'Ann Admin', releasedAt: null, releaseReason: null };
const page = (items: LegalHoldResponse[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });

describe('legal holds pages', () => {
  it('lists the holds in place with a way to release each', async () => {
    const { http, el, settle } = await openAdminPage('/admin/legal-holds');
    http.expectOne((r) => r.url === '/api/legal-holds').flush(page([hold]));
    await settle();
    expect(tableRows(el(), '[data-testid=legal-holds]')).toEqual([['OrganisationHeld Trust', 'Tribunal case 2026/123', '1 November 2026, 10am by Ann Admin', 'Release the hold on Held Trust']]);
    expect(el().querySelector('[data-testid=legal-holds] a[href="/organisations/o1"]')).not.toBeNull();
  });

  it('places a hold from a record’s page with its reason, and shows the API’s refusal', async () => {
    const { http, el, settle, router } = await openAdminPage('/admin/legal-holds/new?entity=organisation&entityId=o1&name=Held%20Trust');
    expect(el().querySelector('.govuk-caption-l')?.textContent).toContain('Held Trust');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#reason', 'Enter why the record must be kept']]);
    typeInto(el(), 'reason', 'Tribunal case 2026/123');
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/legal-holds' });
    expect(post.request.body).toEqual({ entity: 'organisation', entityId: 'o1', reason: 'Tribunal case 2026/123' });
    const taken = problem(409, 'This record is already under a legal hold.', [{ field: 'entityId', message: 'This record is already under a legal hold.' }]);
    post.flush(taken.body, taken.init);
    await settle();
    expect(summaryLinks(el())).toEqual([[null, 'This record is already under a legal hold.']]);
    submit(el());
    http.expectOne({ method: 'POST', url: '/api/legal-holds' }).flush(hold);
    await settle();
    expect(router.url).toBe('/admin/legal-holds');
  });

  it('releases a hold with the reason', async () => {
    const { http, el, settle } = await openAdminPage('/admin/legal-holds/h1/release');
    expect(el().querySelector('h1')?.textContent).toContain('Release a legal hold');
    typeInto(el(), 'reason', 'Case settled');
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/legal-holds/h1/release' });
    expect(post.request.body).toEqual({ reason: 'Case settled' });
    post.flush({ ...hold, releasedAt: '2026-12-01T10:00:00Z', releaseReason: 'Case settled' });
    await settle();
    http.expectOne((r) => r.url === '/api/legal-holds').flush(page([]));
    await settle();
    expect(el().querySelector('.govuk-notification-banner')?.textContent).toContain('The legal hold on Held Trust has been released');
  });
});
