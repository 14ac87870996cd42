import type { MinisterResponse } from '@send/contracts';
import { choose, openAdminPage, problem, submit, summaryLinks, typeInto } from '../shared/page-test';

const minister: MinisterResponse = { id: 'm1', name: 'Minister for School Standards', active: true, version: 3, createdAt: '', updatedAt: '', createdBy: null, updatedBy: null };

describe('MinisterFormPage', () => {
  it('adds a minister by name, refusing a blank one and showing a duplicate on the field', async () => {
    const { el, http, settle } = await openAdminPage('/admin/ministers/new');
    await settle();
    expect(el().querySelector('#active')).toBeNull();
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#name', 'Enter the minister’s name or title']]);
    typeInto(el(), 'name', 'Minister for School Standards');
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/ministers' });
    expect(post.request.body).toEqual({ name: 'Minister for School Standards' });
    const taken = problem(409, 'A minister with this name already exists.', [{ field: 'name', message: 'A minister with this name already exists.' }]);
    post.flush(taken.body, taken.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#name', 'A minister with this name already exists.']]);
  });

  it('retires a minister with the version read', async () => {
    const { el, http, settle, router } = await openAdminPage('/admin/ministers/m1');
    http.expectOne('/api/ministers/m1').flush(minister);
    await settle();
    choose(el(), 'active-2');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/ministers/m1' });
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.request.body).toEqual({ name: 'Minister for School Standards', active: false });
    patch.flush({ ...minister, active: false, version: 4 });
    await settle();
    expect(router.url).toBe('/admin/ministers');
    http.expectOne('/api/ministers?includeInactive=true').flush({ items: [{ ...minister, active: false }] });
    await settle();
    expect(el().querySelector('.govuk-notification-banner--success')?.textContent).toContain('Minister for School Standards has been saved as retired');
    expect(el().querySelector('tbody .govuk-tag')?.textContent).toBe('Retired');
  });
});
