import type { UserResponse } from '@send/contracts';
import { choose, openAdminPage, problem, submit, summaryLinks } from '../shared/page-test';

const user: UserResponse = {
  id: 'u2',
  email: 'ann@education.gov.uk',
  name: 'Ann Official',
  role: 'recorder',
  active: true,
  mustChangePassword: false,
  version: 4,
  createdAt: '2026-01-02T10:00:00Z',
  updatedAt: '2026-01-02T10:00:00Z',
};

describe('ChangeRolePage', () => {
  async function open() {
    const page = await openAdminPage('/admin/users/u2/role');
    page.http.expectOne('/api/users/u2').flush(user);
    await page.settle();
    return page;
  }

  it('saves the new role against the version read, then says so on the user’s page', async () => {
    const { el, http, settle, router } = await open();
    expect(el().querySelector<HTMLInputElement>('#role')?.checked).toBe(true);
    choose(el(), 'role-2');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/users/u2' });
    expect(patch.request.headers.get('If-Match')).toBe('"4"');
    expect(patch.request.body).toEqual({ role: 'reviewer' });
    patch.flush({ ...user, role: 'reviewer', version: 5 });
    await settle();
    expect(router.url).toBe('/admin/users/u2');
    http.expectOne('/api/users/u2').flush({ ...user, role: 'reviewer', version: 5 });
    await settle();
    expect(el().querySelector('.govuk-notification-banner--success')?.textContent).toContain("Ann Official's role has been changed to Reviewer");
  });

  it('shows what changed when someone else saved first, keeps the choice, and saves against the newer version', async () => {
    const { el, http, settle } = await open();
    choose(el(), 'role-2');
    submit(el());
    const stale = problem(412, 'The user u2 has changed since you read it: it is now at version 5.');
    http.expectOne({ method: 'PATCH', url: '/api/users/u2' }).flush(stale.body, stale.init);
    await settle();
    http.expectOne({ method: 'GET', url: '/api/users/u2' }).flush({ ...user, role: 'viewer', version: 5 });
    await settle();
    const notice = el().querySelector('[data-testid=conflict-notice]');
    expect(notice?.textContent).toContain('changed this record while you were editing it');
    expect([...(notice?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent)).toEqual(['Reviewer', 'Viewer']);
    expect(el().querySelector<HTMLInputElement>('#role-2')?.checked).toBe(true);

    submit(el());
    const again = http.expectOne({ method: 'PATCH', url: '/api/users/u2' });
    expect(again.request.headers.get('If-Match')).toBe('"5"');
  });

  it('explains on the field why the last admin cannot lose the role', async () => {
    const page = await openAdminPage('/admin/users/u2/role');
    page.http.expectOne('/api/users/u2').flush({ ...user, role: 'admin' });
    await page.settle();
    choose(page.el(), 'role-3');
    submit(page.el());
    const lastAdmin = problem(409, 'The service needs at least one active admin.', []);
    page.http.expectOne({ method: 'PATCH', url: '/api/users/u2' }).flush(lastAdmin.body, lastAdmin.init);
    await page.settle();
    expect(summaryLinks(page.el())).toEqual([['#role', 'The service needs at least one active admin.']]);
  });

  it('says when the user cannot be found', async () => {
    const { el, http, settle } = await openAdminPage('/admin/users/nobody/role');
    const missing = problem(404, 'No user with id nobody.');
    http.expectOne('/api/users/nobody').flush(missing.body, missing.init);
    await settle();
    expect(el().querySelector('[data-testid=load-error]')?.textContent).toContain('We could not find this user');
    expect(el().querySelector('form')).toBeNull();
  });
});
