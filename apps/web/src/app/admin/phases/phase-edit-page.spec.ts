import type { PhaseListResponse } from '@send/contracts';
import { openAdminPage, problem, submit, summaryLinks, tableRows, typeInto } from '../shared/page-test';

const phases: PhaseListResponse = {
  items: [
    { key: 'national_conversation', name: 'National conversation', startsOn: '2025-09-01', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
    { key: 'white_paper', name: 'White paper', startsOn: '2026-02-01', version: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
    { key: 'consultation', name: 'Consultation', startsOn: '2026-04-01', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
  ],
};

describe('PhaseEditPage', () => {
  async function open() {
    const page = await openAdminPage('/admin/phases/white_paper');
    page.http.expectOne('/api/phases').flush(phases);
    await page.settle();
    return page;
  }

  it('shows an out-of-order start date on the date field, in words', async () => {
    const { el, http, settle } = await open();
    expect(el().querySelector<HTMLInputElement>('#startsOn-day')?.value).toBe('1');
    expect(el().querySelector('#startsOn-hint')?.textContent).toBe('It must be after National conversation (1 September 2025) and before Consultation (1 April 2026). For example, 27 3 2026');
    typeInto(el(), 'startsOn-month', '5');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/phases/white_paper' });
    expect(patch.request.body).toEqual({ name: 'White paper', startsOn: '2026-05-01' });
    const outOfOrder = problem(422, 'White paper must start before Consultation (2026-04-01): phases start in order.', [
      { field: 'startsOn', message: 'startsOn must be before Consultation (2026-04-01)' },
    ]);
    patch.flush(outOfOrder.body, outOfOrder.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#startsOn-day', 'The start date must be before Consultation (1 April 2026)']]);
    expect(el().querySelector('#startsOn-error')?.textContent).toContain('must be before Consultation');
  });

  it('checks the date is real before sending it', async () => {
    const { el, http, settle } = await open();
    typeInto(el(), 'startsOn-day', '31');
    typeInto(el(), 'startsOn-month', '2');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#startsOn-day', 'The start date must be a real date']]);
    http.expectNone({ method: 'PATCH' });
  });

  it('saves a new start date and returns to the phases', async () => {
    const { el, http, settle, router } = await open();
    typeInto(el(), 'startsOn-day', '15');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/phases/white_paper' });
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    patch.flush({ ...phases.items[1], startsOn: '2026-02-15', version: 4 });
    await settle();
    expect(router.url).toBe('/admin/phases');
  });

  it('shows what another admin changed meanwhile, keeps these edits, and saves next against their version', async () => {
    const { el, http, settle } = await open();
    typeInto(el(), 'startsOn-day', '15');
    submit(el());
    const stale = problem(412, 'Changed.');
    http.expectOne({ method: 'PATCH' }).flush(stale.body, stale.init);
    await settle();
    const theirs = { ...phases.items[1], startsOn: '2026-02-10', version: 4 };
    http.expectOne('/api/phases').flush({ items: [phases.items[0], theirs, phases.items[2]] });
    await settle();
    expect(tableRows(el(), '[data-testid=conflict-notice]')).toEqual([['Start date', '15 February 2026', '10 February 2026']]);
    expect(el().querySelector<HTMLInputElement>('#startsOn-day')?.value).toBe('15');
    submit(el());
    expect(http.expectOne({ method: 'PATCH' }).request.headers.get('If-Match')).toBe('"4"');
  });

  it('says when there is no such phase', async () => {
    const page = await openAdminPage('/admin/phases/nonsense');
    page.http.expectOne('/api/phases').flush(phases);
    await page.settle();
    expect(page.el().querySelector('[data-testid=load-error]')?.textContent).toContain('We could not find this phase');
  });
});
