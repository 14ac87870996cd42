import type { UserResponse } from '@send/contracts';
import { openAdminPage, problem, submit, summaryLinks } from '../shared/page-test';

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

describe('UserActionPage', () => {
  async function open(action: string) {
    const page = await openAdminPage(`/admin/users/u2/${action}`);
    page.http.expectOne('/api/users/u2').flush(user);
    await page.settle();
    return page;
  }

  it('asks before deactivating, explaining that their sessions end at once', async () => {
    const { el, http, settle, router } = await open('deactivate');
    expect(el().querySelector('h1')?.textContent).toBe('Deactivate user');
    expect(el().querySelector('.govuk-warning-text')?.textContent).toContain('Ann Official will be signed out straight away');
    submit(el());
    http.expectOne({ method: 'POST', url: '/api/users/u2/deactivate' }).flush({ ...user, active: false, version: 5 });
    await settle();
    expect(router.url).toBe('/admin/users/u2');
    http.expectOne('/api/users/u2').flush({ ...user, active: false, version: 5 });
    await settle();
    expect(el().querySelector('.govuk-notification-banner--success')?.textContent).toContain('Ann Official has been deactivated and signed out');
    expect(el().querySelector('a[href="/admin/users/u2/reactivate"]')).not.toBeNull();
  });

  it('shows why a deactivation was refused', async () => {
    const { el, http, settle } = await open('deactivate');
    submit(el());
    const own = problem(409, 'You cannot deactivate your own account.', []);
    http.expectOne('/api/users/u2/deactivate').flush(own.body, own.init);
    await settle();
    expect(summaryLinks(el())).toEqual([[null, 'You cannot deactivate your own account.']]);
  });

  it('resets a password and shows the one-time password once', async () => {
    const { el, http, settle } = await open('reset-password');
    submit(el());
    http.expectOne({ method: 'POST', url: '/api/users/u2/reset-password' }).flush({ oneTimePassword: 'Pq8rS2tU4vW6xY8zA2bC' });
    await settle();
    http.expectOne('/api/users/u2').flush({ ...user, mustChangePassword: true });
    await settle();
    expect(el().querySelector('[data-testid=one-time-password]')?.textContent).toBe('Pq8rS2tU4vW6xY8zA2bC');
    expect(el().querySelector('.govuk-notification-banner')?.textContent).toContain("Ann Official's password has been reset");
  });
});
