import type { Page, UserResponse } from '@send/contracts';
import { openAdminPage, submit, tableRows } from '../shared/page-test';

const users: Page<UserResponse> = {
  items: [
    { id: 'u1', email: 'admin@education.gov.uk', name: 'Ada Admin', role: 'admin', active: true, mustChangePassword: false, version: 1, createdAt: '', updatedAt: '' },
    { id: 'u2', email: 'old@education.gov.uk', name: 'Olly Left', role: 'viewer', active: false, mustChangePassword: true, version: 3, createdAt: '', updatedAt: '' },
  ],
  page: 1,
  pageSize: 25,
  total: 2,
  totalIsLowerBound: false,
};

describe('UsersPage', () => {
  it('lists users with their role, an account tag and whether they must change password', async () => {
    const { el, http, settle } = await openAdminPage('/admin/users');
    expect(el().querySelector('[data-testid=loading]')).not.toBeNull();
    http.expectOne('/api/users?page=1&pageSize=25').flush(users);
    await settle();
    expect(tableRows(el(), '[data-testid=users-table]')).toEqual([
      ['Ada Admin', 'admin@education.gov.uk', 'Admin', 'Active', 'No'],
      ['Olly Left', 'old@education.gov.uk', 'Viewer', 'Deactivated', 'Yes'],
    ]);
  });

  it('filters by role and deactivated users through the URL', async () => {
    const { el, http, settle, router } = await openAdminPage('/admin/users?role=viewer&includeInactive=true');
    http.expectOne('/api/users?role=viewer&includeInactive=true&page=1&pageSize=25').flush(users);
    await settle();
    expect(el().querySelector<HTMLSelectElement>('#role')?.value).toBe('viewer');
    expect(el().querySelector<HTMLInputElement>('#includeInactive')?.checked).toBe(true);

    const role = el().querySelector<HTMLSelectElement>('#role');
    if (!role) throw new Error('no role filter');
    role.value = 'reviewer';
    role.dispatchEvent(new Event('change'));
    submit(el());
    await settle();
    expect(router.url).toBe('/admin/users?role=reviewer&includeInactive=true');
    http.expectOne('/api/users?role=reviewer&includeInactive=true&page=1&pageSize=25').flush({ ...users, items: [], total: 0 });
    await settle();
    expect(el().querySelector('[data-testid=empty]')?.textContent).toContain('No users match these filters.');
  });

  it('says when the users could not be loaded', async () => {
    const { el, http, settle } = await openAdminPage('/admin/users');
    http.expectOne((req) => req.url === '/api/users').flush({ type: 'about:blank', title: 'Error', status: 500, detail: 'Something went wrong.' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(el().querySelector('[data-testid=load-error]')?.textContent).toContain('Sorry, users could not be loaded');
  });
});
