import type { CreateUserResponse, UserResponse } from '@send/contracts';
import { choose, openAdminPage, problem, submit, summaryLinks, typeInto } from '../shared/page-test';

const created: UserResponse = {
  id: 'u9',
  email: 'sam@education.gov.uk',
  name: 'Sam Jones',
  role: 'recorder',
  active: true,
  mustChangePassword: true,
  version: 1,
  createdAt: '2026-03-02T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
};

describe('AddUserPage', () => {
  async function fill(password = '') {
    const page = await openAdminPage('/admin/users/new');
    typeInto(page.el(), 'email', 'sam@education.gov.uk');
    typeInto(page.el(), 'name', 'Sam Jones');
    choose(page.el(), 'role');
    typeInto(page.el(), 'password', password);
    return page;
  }

  it('names each missing answer in the summary and beside its field, and marks the title', async () => {
    const { el, http, settle } = await openAdminPage('/admin/users/new');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([
      ['#email', 'Enter their email address'],
      ['#name', 'Enter their full name'],
      ['#role', 'Select a role'],
    ]);
    expect(el().querySelector('#role-error')?.textContent).toContain('Select a role');
    expect(document.title).toBe('Error: Add a user – SEND engagement tracker');
    http.expectNone('/api/users');
  });

  it('shows a one-time password once, on the new user’s page, when no password was given', async () => {
    const { el, http, settle, router, harness } = await fill();
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(post.request.body).toEqual({ email: 'sam@education.gov.uk', name: 'Sam Jones', role: 'recorder' });
    post.flush({ ...created, oneTimePassword: 'Xk4mQ7pR2tW9vB3nH6jL' } satisfies CreateUserResponse);
    await settle();
    expect(router.url).toBe('/admin/users/u9');
    http.expectOne('/api/users/u9').flush(created);
    await settle();
    expect(el().querySelector('[data-testid=one-time-password]')?.textContent).toBe('Xk4mQ7pR2tW9vB3nH6jL');
    expect(el().querySelector('.govuk-notification-banner')?.textContent).toContain('it will not be shown again');

    // Coming back to the page (Back, a reload, a link) never shows it again.
    await harness.navigateByUrl('/admin/users');
    http.expectOne((req) => req.url === '/api/users').flush({ items: [created], page: 1, pageSize: 25, total: 1, totalIsLowerBound: false });
    await harness.navigateByUrl('/admin/users/u9');
    http.expectOne('/api/users/u9').flush(created);
    await settle();
    expect(el().querySelector('h1')?.textContent).toContain('Sam Jones');
    expect(el().querySelector('[data-testid=one-time-password]')).toBeNull();
    expect(el().textContent).not.toContain('Xk4mQ7pR2tW9vB3nH6jL');
  });

  it('puts a duplicate email address on the email field', async () => {
    const { el, http, settle } = await fill();
    submit(el());
    const duplicate = problem(409, 'A user with this email address already exists.', [{ field: 'email', message: 'A user with this email address already exists.' }]);
    http.expectOne('/api/users').flush(duplicate.body, duplicate.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#email', 'A user with this email address already exists.']]);
    expect(el().querySelector('#email-error')?.textContent).toContain('already exists');
  });

  it('puts a weak password on the password field, in words', async () => {
    const { el, http, settle } = await fill('password1234');
    submit(el());
    const post = http.expectOne('/api/users');
    expect(post.request.body).toMatchObject({ password: 'password1234' });
    const weak = problem(400, 'The request has invalid fields.', [{ field: 'password', message: 'password is too common or too easy to guess: try three or more random words' }]);
    post.flush(weak.body, weak.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#password', 'The password is too common or too easy to guess: try three or more random words']]);
    expect(el().querySelector('#password')?.getAttribute('aria-describedby')).toBe('password-hint password-error');
  });

  it('checks a chosen password is long enough before sending it', async () => {
    const { el, http, settle } = await fill('short');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#password', 'The password must be at least 12 characters, or leave it blank']]);
    http.expectNone('/api/users');
  });
});
