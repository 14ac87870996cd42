import type { BrowserContext, Page, Route } from 'playwright-core';
import { axeViolations, baseUrl, signInThroughPage, useBrowser } from './support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

/**
 * The home page and the admin pages against the built server. The server (and its database) is shared with the
 * other specs, so records here carry a unique suffix, nothing relies on global counts, and meetings are never created:
 * the meetings spec counts them. The home page's meeting sections get their data from route stubs instead.
 */
const RUN = Date.now().toString(36);
const PASSWORD = 'sturdy lantern orchard breeze';
type Json = Record<string, unknown>;

/** Calls the API as the page's signed-in user, with the XSRF cookie echoed as the dashboard does. */
async function api<T = Json>(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body, headers }) => {
      const xsrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '');
      const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    },
    { method, path, body, headers },
  );
  if (result.status >= 400) throw new Error(`${method} ${path} → ${result.status}: ${result.text}`);
  return (result.text ? JSON.parse(result.text) : null) as T;
}

/** Today in London as YYYY-MM-DD. */
const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

const page1 = (items: Json[]) => JSON.stringify({ items, page: 1, pageSize: 5, total: items.length, totalIsLowerBound: false });
const stub = (body: string, status = 200) => (route: Route) =>
  route.fulfill({ status, contentType: status === 200 ? 'application/json' : 'application/problem+json', body });
const failure = JSON.stringify({ type: 'about:blank', title: 'Error', status: 500, detail: 'The service is not answering.' });
const isApi = (path: string) => (url: URL) => url.pathname === path;

describe('home and admin', () => {
  const browser = useBrowser();

  async function signedIn(path: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, email, password);
    // The sign-in page has an h1 too: wait until it has gone.
    await opened.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await opened.page.locator('main h1').waitFor();
    return opened;
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toBe('');
  }

  /** A second person at another browser, for journeys where two people are signed in at once. */
  async function elsewhere(page: Page): Promise<{ other: Page; context: BrowserContext }> {
    const context = await page.context().browser()?.newContext({ baseURL: baseUrl() });
    if (!context) throw new Error('no browser');
    return { other: await context.newPage(), context };
  }

  const section = (page: Page, name: string) => page.getByTestId(name);
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const success = (page: Page, text: string) => page.locator('.govuk-notification-banner--success').filter({ hasText: text }).waitFor();
  /** Failed requests are expected where the tests provoke them; anything else on the console is not. */
  const unexpected = (problems: string[]) => problems.filter((p) => !/Failed to load resource: the server responded with a status of (4\d\d|500)/.test(p));

  it('shows each home section with data, with counts, tags and links to the full lists', async () => {
    const { page, problems } = await signedIn('/');
    const me = await api<{ user: { id: string } }>(page, 'GET', '/api/auth/me');
    const org = await api(page, 'POST', '/api/organisations', { name: `Family Voices ${RUN}`, type: 'charity' });
    const proposal = await api(page, 'POST', '/api/proposals', { title: `Zonal travel training ${RUN}` });
    await api(page, 'POST', '/api/positions', { organisationId: org['id'], proposalId: proposal['id'], stance: 'oppose', summary: 'Against', statedOn: londonToday() });
    await api(page, 'POST', '/api/actions', { title: `Chase the forum reply ${RUN}`, ownerUserId: me.user.id, dueOn: '2020-01-06' });
    const meeting = { id: 'd1b2c3d4-0000-4000-8000-000000000001', reference: 'MTG-9001', title: `Roundtable ${RUN}`, startsAt: new Date().toISOString(), status: 'submitted' };
    await page.route(isApi('/api/meetings'), stub(page1([meeting])));
    await page.reload();

    await page.getByTestId('greeting').filter({ hasText: 'Administrator. You are signed in as an admin.' }).waitFor();
    expect(await page.title()).toBe('Home – SEND engagement tracker');
    expect(await page.getByRole('button', { name: 'Record a meeting' }).getAttribute('href')).toBe('/meetings/new');
    await section(page, 'my-actions').getByRole('link', { name: `Chase the forum reply ${RUN}` }).waitFor();
    expect(await section(page, 'my-actions').textContent()).toMatch(/\d+\s+open actions?/);
    await section(page, 'overdue-actions').getByRole('link', { name: `Chase the forum reply ${RUN}` }).waitFor();
    expect(await section(page, 'overdue-actions').locator('.govuk-tag--red').first().textContent()).toBe('Overdue');
    expect(await section(page, 'overdue-actions').getByRole('link', { name: 'View all overdue actions' }).getAttribute('href')).toBe('/actions?overdue=true');
    await section(page, 'recent-positions').getByRole('link', { name: `Family Voices ${RUN} on Zonal travel training ${RUN}` }).waitFor();
    expect(await section(page, 'recent-positions').locator('li').first().locator('.govuk-tag').textContent()).toBe('Opposes');
    await section(page, 'this-week').getByRole('link', { name: `Roundtable ${RUN}` }).waitFor();
    expect(await section(page, 'this-week').getByRole('link', { name: 'View all meetings this week' }).getAttribute('href')).toMatch(/^\/meetings\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    await section(page, 'awaiting-review').getByText('meeting awaiting review').waitFor();
    expect(await section(page, 'awaiting-review').getByTestId('count').textContent()).toMatch(/^\s*1\s+meeting awaiting review\s*$/);
    await expectAccessible(page);
    expect(unexpected(problems)).toEqual([]);
  });

  it('gives a new user empty states and error states, and no admin', async () => {
    const { page: adminPage } = await signedIn('/');
    const email = `viewer-${RUN}@example.test`;
    await api(adminPage, 'POST', '/api/users', { email, name: `Vic Viewer ${RUN}`, role: 'viewer', password: PASSWORD });

    const { page, problems } = await signedIn('/', email, PASSWORD);
    await section(page, 'my-actions').getByText('You have no open actions.').waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record a meeting' }).count()).toBe(0);
    expect(await section(page, 'overdue-actions').count()).toBe(0);
    expect(await section(page, 'awaiting-review').count()).toBe(0);
    // Other specs' meetings and positions may exist: stub them empty to see those states.
    await page.route(isApi('/api/meetings'), stub(page1([])));
    await page.route(isApi('/api/positions'), stub(page1([])));
    await page.reload();
    await section(page, 'this-week').getByText('There are no meetings this week.').waitFor();
    await section(page, 'recent-positions').getByText('No positions have been recorded yet.').waitFor();
    await expectAccessible(page);

    await page.route(isApi('/api/actions/mine'), stub(failure, 500));
    await page.route(isApi('/api/meetings'), stub(failure, 500));
    await page.route(isApi('/api/positions'), stub(failure, 500));
    await page.reload();
    await section(page, 'my-actions').getByText('My open actions could not be loaded. The service is not answering.').waitFor();
    await section(page, 'recent-positions').getByTestId('error').waitFor();
    await expectAccessible(page);

    await page.goto('/admin');
    await heading(page, 'SEND engagement tracker');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(problems.filter((p) => !p.includes('status of 500'))).toEqual([]);
  });

  it('adds a user without a password, whose one-time password works once and must be changed', async () => {
    const { page, problems } = await signedIn('/admin');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByTestId('users-table').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add a user' }).click();
    await heading(page, 'Add a user');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Select a role' }).waitFor();
    expect(await page.title()).toBe('Error: Add a user – SEND engagement tracker');
    await expectAccessible(page);

    const email = `new-${RUN}@example.test`;
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Full name').fill(`Nia New ${RUN}`);
    await page.getByRole('radio', { name: 'Recorder', exact: true }).check();
    await page.getByRole('button', { name: 'Add user' }).click();
    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTimePassword = (await shown.textContent()) ?? '';
    expect(oneTimePassword).toMatch(/^\S{20}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(`Nia New ${RUN}`);
    await expectAccessible(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Nia New ${RUN}` }).waitFor();
    expect(await page.getByTestId('one-time-password').count()).toBe(0);

    // A second add with the same email is refused on the email field.
    await page.goto('/admin/users/new');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Full name').fill('Someone else');
    await page.getByRole('radio', { name: 'Viewer', exact: true }).check();
    await page.getByLabel('Password (optional)').fill('password1234');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('#password-error').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Password (optional)').fill('');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('#email-error').filter({ hasText: 'already exists' }).waitFor();

    const { other, context } = await elsewhere(page);
    try {
      await other.goto('/');
      await signInThroughPage(other, email, oneTimePassword);
      await heading(other, 'Change your password');
      await other.getByLabel('Current password').fill(oneTimePassword);
      await other.getByLabel('New password').fill(PASSWORD);
      await other.getByRole('button', { name: 'Change password' }).click();
      await heading(other, 'SEND engagement tracker');
      await other.getByTestId('greeting').filter({ hasText: 'signed in as a recorder' }).waitFor();
    } finally {
      await context.close();
    }
    expect(unexpected(problems)).toEqual([]);
  });

  it('changes a role, showing a conflict when someone else changed it first', async () => {
    const { page } = await signedIn('/');
    const user = await api<{ id: string; version: number }>(page, 'POST', '/api/users', { email: `role-${RUN}@example.test`, name: `Rae Role ${RUN}`, role: 'recorder', password: PASSWORD });
    await page.goto(`/admin/users/${user.id}`);
    await page.getByRole('heading', { level: 1, name: `Rae Role ${RUN}` }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Change Role' }).click();
    await heading(page, 'Change role');
    await page.getByRole('radio', { name: 'Recorder', exact: true }).waitFor();
    await api(page, 'PATCH', `/api/users/${user.id}`, { role: 'viewer' }, { 'If-Match': `"${user.version}"` });
    await page.getByRole('radio', { name: 'Reviewer', exact: true }).check();
    await page.getByRole('button', { name: 'Save role' }).click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.locator('tbody tr').textContent()).toMatch(/Role\s*Reviewer\s*Viewer/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.locator('.govuk-notification-banner--success').filter({ hasText: `Rae Role ${RUN}'s role has been changed to Reviewer` }).waitFor();
    await expectAccessible(page);
  });

  it('deactivates a user after confirmation, ending their session at once, and resets a password', async () => {
    const { page } = await signedIn('/');
    const email = `leaver-${RUN}@example.test`;
    const user = await api<{ id: string }>(page, 'POST', '/api/users', { email, name: `Lee Leaver ${RUN}`, role: 'recorder', password: PASSWORD });
    const { other, context } = await elsewhere(page);
    try {
      await other.goto('/');
      await signInThroughPage(other, email, PASSWORD);
      await heading(other, 'SEND engagement tracker');

      await page.goto(`/admin/users/${user.id}`);
      await page.getByRole('button', { name: 'Deactivate user' }).click();
      await heading(page, 'Deactivate user');
      await page.locator('.govuk-warning-text').filter({ hasText: `Lee Leaver ${RUN} will be signed out straight away` }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Yes, deactivate user' }).click();
      await success(page, 'has been deactivated and signed out');
      await page.getByRole('button', { name: 'Reactivate user' }).waitFor();
      await expectAccessible(page);

      expect(await other.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
      await other.reload();
      await heading(other, 'Sign in');
    } finally {
      await context.close();
    }

    await page.getByRole('button', { name: 'Reset password' }).click();
    await heading(page, 'Reset password');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await page.getByTestId('one-time-password').waitFor();
    await expectAccessible(page);

    await page.goto('/admin/users?role=recorder&includeInactive=true');
    await page.getByRole('row', { name: new RegExp(`Lee Leaver ${RUN}.*Deactivated`) }).waitFor();
    await expectAccessible(page);
  });

  it('edits a theme, with a validation error first', async () => {
    const { page } = await signedIn('/admin/themes');
    await page.getByTestId('themes-table').waitFor();
    await expectAccessible(page);
    const first = await api<{ items: { id: string; name: string }[] }>(page, 'GET', '/api/themes');
    const theme = first.items[0];
    await page.getByRole('link', { name: `Change ${theme.name}` }).click();
    await heading(page, 'Change a theme');
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save theme' }).click();
    await page.locator('#name-error').filter({ hasText: 'Enter a name for the theme' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Name', { exact: true }).fill(`${theme.name} (reworded)`);
    await page.getByRole('button', { name: 'Save theme' }).click();
    await page.locator('.govuk-notification-banner--success').filter({ hasText: `${theme.name} (reworded)` }).waitFor();
    await expectAccessible(page);
    // Other specs may use the theme's name: put it back.
    const saved = await api<{ version: number }>(page, 'GET', `/api/themes/${theme.id}`);
    await api(page, 'PATCH', `/api/themes/${theme.id}`, { name: theme.name }, { 'If-Match': `"${saved.version}"` });
  });

  it('adds and changes a proposal, with a validation error first', async () => {
    const { page } = await signedIn('/admin/proposals');
    await heading(page, 'Proposals');
    await page.getByRole('button', { name: 'Add a proposal' }).click();
    await heading(page, 'Add a proposal');
    await page.getByRole('button', { name: 'Add proposal' }).click();
    await page.locator('#title-error').waitFor();
    await expectAccessible(page);
    const title = `Zoned inclusion bases ${RUN}`;
    await page.getByLabel('Title').fill(title);
    await page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first().check();
    await page.getByRole('radio', { name: 'In white paper' }).check();
    await page.getByRole('button', { name: 'Add proposal' }).click();
    await success(page, 'has been added');
    await expectAccessible(page);

    // Titles sort alphabetically and other specs add proposals: page on until it appears.
    const link = page.getByRole('link', { name: title });
    await page.getByTestId('proposals-table').waitFor();
    for (let next = 2; !(await link.count()); next++) {
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForURL(new RegExp(`page=${next}`));
      await page.getByTestId('proposals-table').waitFor();
    }
    expect(await page.getByRole('row', { name: new RegExp(title) }).locator('.govuk-tag').textContent()).toBe('In white paper');
    await link.click();
    await heading(page, 'Change a proposal');
    await page.getByRole('radio', { name: 'Dropped' }).check();
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await success(page, 'has been saved');
  });

  it('adds, renames, retires and reinstates a minister, with a validation error first', async () => {
    const { page } = await signedIn('/admin/ministers');
    await page.getByTestId('ministers-table').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add a minister' }).click();
    await page.getByRole('button', { name: 'Add minister' }).click();
    await page.locator('#name-error').waitFor();
    await expectAccessible(page);
    const name = `Minister of State for Skills ${RUN}`;
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Add minister' }).click();
    await page.getByRole('row', { name: new RegExp(`${name}.*Active`) }).waitFor();

    await page.getByRole('link', { name: `Change ${name}` }).click();
    await heading(page, 'Change a minister');
    await page.getByLabel('Name').fill(`${name} (renamed)`);
    await page.getByRole('radio', { name: 'Retired' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save minister' }).click();
    await page.getByRole('row', { name: new RegExp(`${name} \\(renamed\\).*Retired`) }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: `Change ${name} (renamed)` }).click();
    await page.getByRole('radio', { name: 'Active' }).check();
    await page.getByRole('button', { name: 'Save minister' }).click();
    await page.getByRole('row', { name: new RegExp(`${name} \\(renamed\\).*Active`) }).waitFor();
  });

  it('changes a phase start date, refusing one out of order on the date field', async () => {
    const { page } = await signedIn('/admin/phases');
    await page.getByTestId('phases-table').waitFor();
    await expectAccessible(page);
    const phases = await api<{ items: { key: string; name: string; startsOn: string }[] }>(page, 'GET', '/api/phases');
    const [before, phase] = [phases.items[1], phases.items[2]];
    await page.getByRole('link', { name: `Change ${phase.name}` }).click();
    await heading(page, 'Change a phase');
    const [year] = before.startsOn.split('-');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('1');
    await page.getByLabel('Year').fill(String(Number(year) - 1));
    await page.getByRole('button', { name: 'Save phase' }).click();
    await page.locator('#startsOn-error').filter({ hasText: `The start date must be after ${before.name}` }).waitFor();
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#startsOn-day');
    await expectAccessible(page);

    const [y, m, d] = phase.startsOn.split('-');
    await page.getByLabel('Day').fill(String(Number(d)));
    await page.getByLabel('Month').fill(String(Number(m)));
    await page.getByLabel('Year').fill(y);
    await page.getByRole('button', { name: 'Save phase' }).click();
    await page.locator('.govuk-notification-banner--success').filter({ hasText: `${phase.name} has been saved` }).waitFor();
    await expectAccessible(page);
  });
});
