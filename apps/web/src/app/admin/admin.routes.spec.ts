import { openAdminPage } from './shared/page-test';

describe('adminRoutes', () => {
  it('sends anyone but an admin home', async () => {
    const { router } = await openAdminPage('/admin/users', 'reviewer');
    expect(router.url).toBe('/');
  });

  it('lets an admin in', async () => {
    const { router, el } = await openAdminPage('/admin');
    expect(router.url).toBe('/admin');
    expect(el().querySelector('h1')?.textContent).toBe('Admin');
    expect([...el().querySelectorAll('h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/admin/users', '/admin/themes', '/admin/proposals', '/admin/ministers', '/admin/phases', '/admin/legal-holds', '/admin/retention', '/notifications/deliveries']);
  });
});
