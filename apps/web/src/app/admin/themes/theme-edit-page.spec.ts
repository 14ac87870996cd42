import type { ThemeResponse } from '@send/contracts';
import { openAdminPage, problem, submit, summaryLinks, tableRows, typeInto } from '../shared/page-test';

const theme: ThemeResponse = {
  id: 't1',
  key: 'early_intervention',
  name: 'Early intervention',
  summary: 'Help early, before needs escalate.',
  position: 1,
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  createdBy: null,
  updatedBy: null,
};

describe('ThemeEditPage', () => {
  async function open() {
    const page = await openAdminPage('/admin/themes/t1');
    page.http.expectOne('/api/themes/t1').flush(theme);
    await page.settle();
    return page;
  }

  it('needs a name', async () => {
    const { el, http, settle } = await open();
    expect(el().querySelector<HTMLInputElement>('#name')?.value).toBe('Early intervention');
    typeInto(el(), 'name', '  ');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#name', 'Enter a name for the theme']]);
    http.expectNone({ method: 'PATCH' });
  });

  it('saves the name and summary with If-Match and returns to the list with a success banner', async () => {
    const { el, http, settle, router } = await open();
    typeInto(el(), 'name', 'Early help');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/themes/t1' });
    expect(patch.request.headers.get('If-Match')).toBe('"2"');
    expect(patch.request.body).toEqual({ name: 'Early help', summary: 'Help early, before needs escalate.' });
    patch.flush({ ...theme, name: 'Early help', version: 3 });
    await settle();
    expect(router.url).toBe('/admin/themes');
    http.expectOne('/api/themes').flush({ items: [{ ...theme, name: 'Early help' }] });
    await settle();
    expect(el().querySelector('.govuk-notification-banner--success')?.textContent).toContain('The theme ‘Early help’ has been saved');
  });

  it('keeps the edits and lists the differences when the theme changed meanwhile', async () => {
    const { el, http, settle } = await open();
    typeInto(el(), 'summary', 'Act before needs escalate.');
    submit(el());
    const stale = problem(412, 'Changed since you read it.');
    http.expectOne({ method: 'PATCH', url: '/api/themes/t1' }).flush(stale.body, stale.init);
    await settle();
    http.expectOne({ method: 'GET', url: '/api/themes/t1' }).flush({ ...theme, summary: 'Support early.', version: 3 });
    await settle();
    expect(tableRows(el(), '[data-testid=conflict-notice]')).toEqual([['Summary', 'Act before needs escalate.', 'Support early.']]);
    expect(el().querySelector<HTMLTextAreaElement>('#summary')?.value).toBe('Act before needs escalate.');
    submit(el());
    expect(http.expectOne({ method: 'PATCH', url: '/api/themes/t1' }).request.headers.get('If-Match')).toBe('"3"');
  });
});
