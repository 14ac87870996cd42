import type { PhaseListResponse } from '@send/contracts';
import { openAdminPage, problem, submit, summaryLinks, typeInto } from '../shared/page-test';

const phases: PhaseListResponse = {
  items: [
    { key: 'national_conversation', name: 'National conversation', startsOn: '2025-09-01' },
    { key: 'white_paper', name: 'White paper', startsOn: '2026-02-01' },
    { key: 'consultation', name: 'Consultation', startsOn: '2026-04-01' },
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
    http.expectOne({ method: 'PATCH', url: '/api/phases/white_paper' }).flush({ key: 'white_paper', name: 'White paper', startsOn: '2026-02-15' });
    await settle();
    expect(router.url).toBe('/admin/phases');
  });

  it('says when there is no such phase', async () => {
    const page = await openAdminPage('/admin/phases/nonsense');
    page.http.expectOne('/api/phases').flush(phases);
    await page.settle();
    expect(page.el().querySelector('[data-testid=load-error]')?.textContent).toContain('We could not find this phase');
  });
});
