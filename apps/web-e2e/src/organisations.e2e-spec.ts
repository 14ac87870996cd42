import type { Page } from 'playwright-core';
import { axeViolations, expectText, signInThroughPage, useBrowser } from './support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

/** Organisations: the list, one organisation's page, the forms and confirmations, for editors and for viewers. */
describe('organisations', () => {
  const browser = useBrowser();
  let counter = 0;
  /** Names unique to this run, so tests never see each other's records. */
  const unique = (name: string) => `${name} ${Date.now().toString(36)}${++counter}`;

  async function signedIn(path: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, email, password);
    await opened.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return opened;
  }

  /** Calls the API from the signed-in page, as the dashboard does (session cookie plus the XSRF header). */
  async function api<T>(page: Page, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<T> {
    const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const result = await page.evaluate(
      async ({ method, path, body, headers }) => {
        const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: res.status, body: await res.text() };
      },
      { method, path, body, headers: { 'X-XSRF-TOKEN': token, ...headers } },
    );
    if (result.status >= 300) throw new Error(`${method} ${path} answered ${result.status}: ${result.body}`);
    return JSON.parse(result.body) as T;
  }

  const createOrganisation = (page: Page, body: object) => api<{ id: string; name: string; version: number }>(page, 'POST', '/api/organisations', body);

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toBe('');
  }

  async function heading(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('main h1').count()).toBe(1);
  }

  /** Chromium logs every failed response as a console error: only the ones a test provoked on purpose are expected. */
  const unexpected = (problems: string[], ...allowed: string[]) => problems.filter((problem) => !allowed.some((status) => problem.includes(status)));

  function londonDate(daysAgo = 0): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() - daysAgo * 86_400_000));
  }

  it('filters the list through the URL, so Back works, and shows empty and error states accessibly', async () => {
    const { page, problems } = await signedIn('/organisations');
    const tag = unique('e2e-tag').replace(/\s/g, '-');
    const charity = await createOrganisation(page, { name: unique('Filter Charity'), type: 'charity', regions: ['london'], tags: [tag] });
    await createOrganisation(page, { name: unique('Filter Council'), type: 'local_authority', regions: ['north_west'], tags: [tag] });

    await page.goto(`/organisations?tag=${encodeURIComponent(tag)}`);
    await heading(page, 'Organisations');
    expect(await page.title()).toBe('Organisations – SEND engagement tracker');
    await page.getByTestId('count').filter({ hasText: '2 organisations' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Type').selectOption('charity');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=charity/);
    await page.getByTestId('count').filter({ hasText: '1 organisation' }).waitFor();
    expect(await page.getByTestId('organisations').locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining(charity.name)]);

    await page.getByRole('link', { name: /^Name/ }).click();
    await page.waitForURL(/sort=-name/);
    await expectText(page.locator('th[aria-sort=descending]'), 'Name');

    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('type='));
    await page.getByTestId('count').filter({ hasText: '2 organisations' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('#type') as HTMLSelectElement | null)?.value === '');

    await page.getByLabel('Search by name or description').fill('no such organisation anywhere');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=no/);
    await page.getByTestId('empty').filter({ hasText: 'No organisations match these filters.' }).waitFor();
    await expectAccessible(page);

    await page.route('**/api/organisations?**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Error', status: 500, detail: 'The service is not answering.' }) }),
    );
    await page.reload();
    await page.getByTestId('list-error').filter({ hasText: 'The service is not answering.' }).waitFor();
    await heading(page, 'Organisations');
    await expectAccessible(page);
    expect(unexpected(problems, '500')).toEqual([]);
  });

  it('adds an organisation after a validation error, and puts a duplicate name error on the name field', async () => {
    const { page, problems } = await signedIn('/organisations');
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await heading(page, 'Add an organisation');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Add organisation' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.filter({ hasText: "Enter the organisation's name" }).waitFor();
    await expectText(summary, 'Select the type of organisation');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Error: Add an organisation – SEND engagement tracker');
    await expectAccessible(page);

    const name = unique('Southshire Parent Carer Forum');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Parent carer forum').check();
    await page.getByLabel('South East').check();
    await page.getByLabel('Website (optional)').fill('https://southshire-pcf.example.org');
    await page.getByLabel('Tags (optional)').fill('early years, post-16');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await heading(page, name);
    await page.getByText(`${name} has been added`).waitFor();
    await expectText(page.getByTestId('details'), /Parent carer forum[\s\S]*South East[\s\S]*early years/);
    await expectAccessible(page);

    await page.goto('/organisations/new');
    await heading(page, 'Add an organisation');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Charity').check();
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.locator('#name-error').filter({ hasText: 'An organisation with this name already exists.' }).waitFor();
    expect(await summary.locator('a').getAttribute('href')).toBe('#name');
    await expectAccessible(page);
    expect(unexpected(problems, '409')).toEqual([]);
  });

  it('shows an organisation with its contacts, groups, current position, actions and timeline', async () => {
    const { page, problems } = await signedIn('/organisations');
    await heading(page, 'Organisations');
    const org = await createOrganisation(page, { name: unique('Eastshire Parent Carer Forum'), type: 'parent_carer_forum', regions: ['east_of_england'] });
    const contact = await api<{ id: string }>(page, 'POST', '/api/contacts', { organisationId: org.id, name: 'Priya Shah', role: 'Chair', email: 'priya@example.org' });
    const proposal = await api<{ id: string; title: string }>(page, 'POST', '/api/proposals', { title: unique('National standards for SEND provision') });
    const meeting = await api<{ id: string; reference: string }>(page, 'POST', '/api/meetings', {
      title: 'Listening session with parents',
      type: 'listening_session',
      startsAt: `${londonDate(3)}T10:00:00Z`,
      attendees: [{ organisationId: org.id, contactIds: [contact.id], attendance: 'attended' }],
    });
    await api(page, 'POST', '/api/positions', { organisationId: org.id, proposalId: proposal.id, stance: 'concerns', summary: 'Worried about funding in the transition', meetingId: meeting.id, statedOn: londonDate(3) });
    const raised = await api<{ id: string; reference: string }>(page, 'POST', '/api/actions', { title: 'Write back about transition funding', raisedByOrganisationId: org.id, dueOn: londonDate(1) });
    const group = await api<{ id: string }>(page, 'POST', '/api/groups', { name: unique('SEND Reform Development Group') });
    await api(page, 'POST', `/api/groups/${group.id}/members`, { organisationId: org.id, joinedOn: londonDate(30), reason: 'Parent voice in the east' });

    await page.goto(`/organisations/${org.id}`);
    await heading(page, org.name);
    expect(await page.title()).toBe(`${org.name} – SEND engagement tracker`);
    await page.getByTestId('contacts').getByRole('cell', { name: 'Priya Shah', exact: true }).waitFor();
    await page.getByTestId('groups').getByText('Parent voice in the east').waitFor();
    const position = page.getByTestId('positions').locator('tbody tr');
    await position.waitFor();
    await expectText(position, /Has concerns[\s\S]*MTG-/);
    expect(await position.getByRole('link', { name: meeting.reference }).getAttribute('href')).toBe(`/meetings/${meeting.id}`);
    expect(await position.getByRole('link', { name: /History/ }).getAttribute('href')).toBe(`/positions/history?organisationId=${org.id}&proposalId=${proposal.id}`);
    const action = page.getByTestId('actions-raised').locator('tbody tr');
    await action.waitFor();
    await expectText(action, /Open[\s\S]*Overdue/);
    expect(await action.getByRole('link', { name: raised.reference }).getAttribute('href')).toBe(`/actions/${raised.id}`);
    const timeline = page.getByTestId('timeline');
    await timeline.locator('.moj-timeline__item').nth(2).waitFor();
    expect(await timeline.locator('.moj-timeline__title').allInnerTexts()).toEqual([
      `Action: ${raised.reference} Write back about transition funding`,
      `Meeting: ${meeting.reference} Listening session with parents`,
      `Position on ${proposal.title}`,
    ]);
    await expectAccessible(page);

    // A section that fails says so, and the rest of the page still works.
    await page.route('**/api/contacts?**', (route) => route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, detail: 'Try again later.' }) }));
    await page.reload();
    await page.getByTestId('contacts').getByTestId('load-failed').waitFor();
    await page.getByTestId('timeline').locator('.moj-timeline__item').first().waitFor();
    await expectAccessible(page);

    await page.goto('/organisations/00000000-0000-4000-8000-000000000000');
    await heading(page, 'Organisation not found');
    await expectAccessible(page);
    expect(unexpected(problems, '503', '404')).toEqual([]);
  });

  it('keeps the edits when someone else saves first, shows what differs, and saves again', async () => {
    const { page, problems } = await signedIn('/organisations');
    await heading(page, 'Organisations');
    const org = await createOrganisation(page, { name: unique('Westshire Council'), type: 'local_authority', description: 'The original description' });
    await page.goto(`/organisations/${org.id}/edit`);
    await heading(page, 'Edit organisation');
    await expectAccessible(page);
    await page.getByLabel('Description (optional)').fill('My better description');

    await api(page, 'PATCH', `/api/organisations/${org.id}`, { description: 'Changed by a colleague', tags: ['high needs'] }, { 'If-Match': `"${org.version}"` });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/Description\s+My better description\s+Changed by a colleague/)]);
    expect(await page.getByLabel('Description (optional)').inputValue()).toBe('My better description');
    expect(await page.getByLabel('Tags (optional)').inputValue()).toBe('high needs');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, org.name);
    await page.getByText('Organisation updated').waitFor();
    await expectText(page.getByTestId('details'), /My better description[\s\S]*high needs/);
    expect(unexpected(problems, '412')).toEqual([]);
  });

  it('anonymises a contact after explaining what is removed and what is kept', async () => {
    const { page, problems } = await signedIn('/organisations');
    await heading(page, 'Organisations');
    const org = await createOrganisation(page, { name: unique('Northshire Carers Trust'), type: 'charity' });
    await api(page, 'POST', '/api/contacts', { organisationId: org.id, name: 'Jo Bloggs', role: 'Policy officer', email: 'jo@example.org', phone: '0113 496 0000' });

    await page.goto(`/organisations/${org.id}`);
    await page.getByRole('link', { name: 'Anonymise Jo Bloggs' }).click();
    await heading(page, 'Anonymise this contact?');
    await expectText(page.locator('main'), /removes Jo Bloggs's personal details for good[\s\S]*links are kept/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Anonymise contact' }).click();

    await heading(page, org.name);
    await page.getByText('The contact has been anonymised').waitFor();
    const row = page.getByTestId('contacts').locator('tbody tr');
    await expectText(row, /Anonymised contact\s*Anonymised/);
    expect(await row.getByRole('link').count()).toBe(0);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('archives and restores an organisation, each after a confirmation', async () => {
    const { page, problems } = await signedIn('/organisations');
    await heading(page, 'Organisations');
    const org = await createOrganisation(page, { name: unique('Southshire Schools Trust'), type: 'education_provider' });

    await page.goto(`/organisations/${org.id}`);
    await page.getByRole('button', { name: 'Archive organisation' }).click();
    await heading(page, 'Archive this organisation?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Archive organisation' }).click();
    await heading(page, org.name);
    await page.getByTestId('archived-banner').waitFor();
    await expectAccessible(page);

    await page.goto(`/organisations?q=${encodeURIComponent(org.name)}`);
    await page.getByTestId('empty').waitFor();
    await page.getByLabel('Include archived organisations').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/includeArchived=true/);
    await expectText(page.getByTestId('organisations').locator('tbody tr'), /Archived/);

    await page.getByRole('link', { name: org.name }).click();
    await heading(page, org.name);
    // Back returns to the list as it was filtered.
    expect(await page.locator('.govuk-back-link').getAttribute('href')).toContain('includeArchived=true');
    await page.getByRole('button', { name: 'Restore organisation' }).click();
    await heading(page, 'Restore this organisation?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore organisation' }).click();
    await page.getByText(`${org.name} has been restored`).waitFor();
    expect(await page.getByTestId('archived-banner').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows a viewer everything but no way to change it', async () => {
    const admin = await signedIn('/organisations');
    await heading(admin.page, 'Organisations');
    const email = `viewer-${Date.now()}@example.test`;
    const password = 'a viewer password long enough';
    await api(admin.page, 'POST', '/api/users', { email, name: 'Vic Viewer', role: 'viewer', password });
    const org = await createOrganisation(admin.page, { name: unique('Midshire Parent Carer Forum'), type: 'parent_carer_forum' });
    await api(admin.page, 'POST', '/api/contacts', { organisationId: org.id, name: 'Sam Jones', role: 'Co-chair' });

    const { page, problems } = await signedIn('/organisations', email, password);
    await heading(page, 'Organisations');
    await page.getByTestId('count').waitFor();
    expect(await page.getByRole('button', { name: 'Add an organisation' }).count()).toBe(0);
    await page.goto(`/organisations/${org.id}`);
    await heading(page, org.name);
    await page.getByTestId('contacts').getByRole('cell', { name: 'Sam Jones', exact: true }).waitFor();
    for (const name of ['Edit organisation', 'Archive organisation', 'Add a contact']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^(Edit|Anonymise) Sam Jones/ }).count()).toBe(0);
    await expectAccessible(page);

    // The edit page is for editors: a viewer who follows a link to it lands on the home page.
    await page.goto(`/organisations/${org.id}/edit`);
    await page.waitForURL((url) => url.pathname === '/');
    expect(problems).toEqual([]);
  });
});
