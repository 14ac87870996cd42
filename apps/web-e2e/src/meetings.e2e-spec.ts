import { request, type APIRequestContext, type Page } from 'playwright-core';
import { axeViolations, expectText, baseUrl, signInThroughPage, useBrowser } from './support/browser';
import { useOwnServer } from './support/own-server';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

/** The meetings list and meeting page, as each role uses them, against the built server. */
const PASSWORD = 'quiet orange kettle marching';
const USERS = { recorder: 'recorder@example.test', reviewer: 'reviewer@example.test', viewer: 'viewer@example.test' } as const;
type Json = Record<string, unknown>;

/** What the seed created; the tests read it. */
const seed = { open: { id: '', reference: '' }, sensitive: { id: '', reference: '' }, early: { id: '', reference: '' }, workflow: { id: '', reference: '' }, cdcId: '', actionId: '' };
let admin: APIRequestContext;

// The list is counted exactly, so no other spec's meetings may be on this server.
useOwnServer();

async function call(method: 'GET' | 'POST' | 'PATCH', path: string, data?: Json, headers: Record<string, string> = {}): Promise<Json> {
  const xsrf = (await admin.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await admin.fetch(path, { method, data, headers: { 'X-XSRF-TOKEN': xsrf, ...headers } });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${await res.text()}`);
  return (await res.json()) as Json;
}

async function meeting(body: Json): Promise<{ id: string; reference: string; version: number }> {
  return (await call('POST', '/api/meetings', body)) as unknown as { id: string; reference: string; version: number };
}

beforeAll(async () => {
  admin = await request.newContext({ baseURL: baseUrl() });
  await admin.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  for (const [role, email] of Object.entries(USERS)) await call('POST', '/api/users', { email, name: `E2E ${role}`, role, password: PASSWORD });
  const org = async (name: string) => (await call('POST', '/api/organisations', { name, type: 'charity' }))['id'] as string;
  seed.cdcId = await org('Council for Disabled Children');
  const forums = await org('National Network of Parent Carer Forums');
  const ofsted = await org('Ofsted Research Unit');
  const contact = (await call('POST', '/api/contacts', { organisationId: seed.cdcId, name: 'Sam Jones' }))['id'] as string;
  const group = (await call('POST', '/api/groups', { name: 'SEND Reform Development Group' }))['id'] as string;
  const ministers = (await call('GET', '/api/ministers'))['items'] as { id: string }[];
  const proposals = (await call('GET', '/api/proposals'))['items'] as { id: string }[];
  const proposalId = proposals[0]?.id ?? ((await call('POST', '/api/proposals', { title: 'A national EHCP template' }))['id'] as string);

  const open = await meeting({
    title: 'Development group: EHCP reform', type: 'development_group', startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T11:30:00Z', region: 'london',
    location: 'Sanctuary Buildings', groupId: group, ministerIds: ministers.slice(0, 1).map((m) => m.id), purpose: 'To hear views on EHCPs',
    attendees: [{ organisationId: seed.cdcId, contactIds: [contact], attendance: 'attended' }, { organisationId: forums, attendance: 'apologies' }],
    agenda: [{ title: 'Introductions', notes: 'Welcome from the chair\nRound of names' }, { title: 'EHCP template', notes: 'Concerns about timescales' }],
    summary: 'Members welcomed the direction.\nTimescales were the main worry.',
  });
  seed.open = open;
  await call('POST', '/api/positions', { organisationId: seed.cdcId, proposalId, stance: 'concerns', summary: 'Worried about timescales', quote: 'Too fast for families', meetingId: open.id, statedOn: '2026-03-10' });
  seed.actionId = (await call('POST', '/api/actions', { title: 'Send the draft template to members', meetingId: open.id, dueOn: '2026-12-01' }))['id'] as string;

  const sensitive = await meeting({
    title: 'Bilateral with Ofsted on inspection', type: 'bilateral', startsAt: '2026-05-02T13:00:00Z', classification: 'OFFICIAL_SENSITIVE', purpose: 'Inspection framework',
    attendees: [{ organisationId: ofsted, attendance: 'attended' }],
  });
  seed.sensitive = sensitive;
  await call('POST', `/api/meetings/${sensitive.id}/submit`);
  seed.early = await meeting({ title: 'Listening session in Leeds', type: 'listening_session', startsAt: '2026-01-20T18:00:00Z', region: 'yorkshire_and_the_humber' });
  seed.workflow = await meeting({
    title: 'Roundtable on school transport', type: 'roundtable', startsAt: '2026-04-15T09:30:00Z', purpose: 'Transport for pupils with EHCPs',
    attendees: [{ organisationId: forums, attendance: 'attended' }],
  });
});

afterAll(async () => {
  await admin?.dispose();
});

describe('meetings', () => {
  const browser = useBrowser();

  async function signedIn(path: string, email: string, password = PASSWORD): Promise<{ page: Page; problems: string[] }> {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, email, password);
    await opened.page.locator('main h1').waitFor();
    return opened;
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toBe('');
  }

  const results = (page: Page) => page.getByTestId('results-count');
  const referencesShown = (page: Page) => page.locator('[data-testid=meetings-table] tbody tr td:first-child').allTextContents();

  it('lists meetings newest first, filters and sorts them through the URL, with empty and error states', async () => {
    const { page, problems } = await signedIn('/meetings', ADMIN_EMAIL, ADMIN_PASSWORD);
    await results(page).filter({ hasText: '4 meetings found' }).waitFor();
    expect(await page.title()).toBe('Meetings – SEND engagement tracker');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Record a meeting' }).getAttribute('href')).toBe('/meetings/new');
    expect((await referencesShown(page)).map((r) => r.trim())).toEqual([seed.sensitive.reference, seed.workflow.reference, seed.open.reference, seed.early.reference]);
    await expectAccessible(page);

    await page.getByRole('checkbox', { name: 'Awaiting review' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await results(page).filter({ hasText: '1 meeting found' }).waitFor();
    expect(page.url()).toContain('status=submitted');
    const row = page.locator('[data-testid=meetings-table] tbody tr');
    expect(await row.textContent()).toContain('Sensitive');
    expect(await row.textContent()).toContain('Awaiting review');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await results(page).filter({ hasText: '4 meetings found' }).waitFor();
    await page.getByLabel('Organisation', { exact: true }).fill('Council for Disabled');
    await page.getByRole('button', { name: 'Find organisations' }).click();
    await page.getByTestId('organisation-search-status').filter({ hasText: '1 organisation found' }).waitFor();
    await page.getByRole('radio', { name: 'Council for Disabled Children' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await results(page).filter({ hasText: '1 meeting found' }).waitFor();
    expect(page.url()).toContain(`organisationId=${seed.cdcId}`);
    await page.getByTestId('selected-filters').filter({ hasText: 'Council for Disabled Children' }).waitFor();
    await expectAccessible(page);

    await page.goto('/meetings');
    await results(page).filter({ hasText: '4 meetings found' }).waitFor();
    // Chromium puts a space before the visually hidden part of the name ("Date , sort oldest first").
    await page.getByRole('link', { name: /^Date\b.*sort oldest first$/ }).click();
    await page.waitForURL(/sort=startsAt/);
    await page.locator('th[aria-sort=ascending]', { hasText: 'Date' }).waitFor();
    expect((await referencesShown(page))[3]?.trim()).toBe(seed.sensitive.reference);

    await page.goto('/meetings?q=nothing+like+this+anywhere');
    await results(page).filter({ hasText: 'No meetings found' }).waitFor();
    await page.getByText('No meetings match these filters.').waitFor();
    await expectAccessible(page);

    await page.getByRole('group', { name: 'From' }).getByLabel('Day').fill('31');
    await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill('2');
    await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Error: Meetings – SEND engagement tracker');
    await expectAccessible(page);

    await page.route('**/api/meetings?**', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Error', status: 500, detail: 'Simulated' }) }));
    await page.goto('/meetings?type=bilateral');
    await page.getByText('The meetings could not be loaded.').waitFor();
    await expectAccessible(page);
    expect(problems.filter((p) => !p.includes('500'))).toEqual([]);
  });

  it('shows a meeting with its marking, details, attendees, agenda, positions, actions and history', async () => {
    const { page, problems } = await signedIn(`/meetings/${seed.open.id}`, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByTestId('history').waitFor();
    // The marking comes before anything else on the page, the back link and heading included.
    expect(await page.locator('app-meeting-page > :first-child > :first-child').getAttribute('data-testid')).toBe('classification-marking');
    expect((await page.getByTestId('classification-marking').first().textContent())?.trim()).toBe('Security classification: OFFICIAL');
    expect(await page.locator('h1').textContent()).toContain(`${seed.open.reference}Development group: EHCP reform`);
    expect(await page.title()).toBe(`Meeting ${seed.open.reference} – SEND engagement tracker`);
    const details = await page.getByTestId('meeting-details').innerText();
    expect(details).toContain('10 March 2026, 10am to 11:30am');
    expect(details).toContain('SEND Reform Development Group');
    expect(details).toContain('Draft');
    expect(await page.getByTestId('attendees').getByRole('link', { name: 'Council for Disabled Children' }).getAttribute('href')).toBe(`/organisations/${seed.cdcId}`);
    await expectText(page.getByTestId('attendees'), 'Sam Jones');
    await expectText(page.getByTestId('agenda'), 'Welcome from the chair\nRound of names');
    expect(await page.getByTestId('summary').innerText()).toBe('Members welcomed the direction.\nTimescales were the main worry.');
    await expectText(page.getByTestId('positions'), 'Has concerns');
    await expectText(page.getByTestId('positions'), 'Too fast for families');
    expect(await page.getByTestId('actions').getByRole('link').getAttribute('href')).toBe(`/actions/${seed.actionId}`);
    await expectText(page.getByTestId('history'), 'Meeting recorded');
    await expectAccessible(page);

    await page.goto(`/meetings/${seed.sensitive.id}`);
    const marking = page.getByTestId('classification-marking').first();
    await marking.filter({ hasText: 'OFFICIAL-SENSITIVE' }).waitFor();
    expect(await marking.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(148, 37, 20)');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('takes a meeting through submit, return (with a reason), a stale attempt, resubmit and agree', async () => {
    const path = `/meetings/${seed.workflow.id}`;
    const success = (page: Page, text: string) => page.getByTestId('success-banner').filter({ hasText: text }).waitFor();

    let { page, problems } = await signedIn(path, USERS.recorder);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await success(page, 'has been submitted for review');
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
    await expectAccessible(page);
    expect(problems).toEqual([]);

    ({ page, problems } = await signedIn(path, USERS.reviewer));
    await page.getByRole('button', { name: 'Return' }).click();
    await page.getByRole('button', { name: 'Return meeting' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Enter why you are returning this meeting');
    expect(await page.title()).toContain('Error: ');
    await expectAccessible(page);
    await page.getByLabel('Why are you returning it?').fill('Add who attended from the forums.');
    await page.getByRole('button', { name: 'Return meeting' }).click();
    await success(page, 'has been returned to draft');
    await expectText(page.getByTestId('status-reason'), 'Add who attended from the forums.');
    await page.getByTestId('history').filter({ hasText: 'Reason: Add who attended from the forums.' }).waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);

    ({ page, problems } = await signedIn(path, USERS.recorder));
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await success(page, 'has been submitted for review');

    ({ page, problems } = await signedIn(path, USERS.reviewer));
    await page.getByRole('button', { name: 'Agree' }).waitFor();
    // Someone else changes the meeting after the reviewer opened it: the If-Match version is now stale.
    const current = (await call('GET', `/api/meetings/${seed.workflow.id}`)) as { version: number };
    await call('PATCH', `/api/meetings/${seed.workflow.id}`, { summary: 'Private office tidied the summary.' }, { 'If-Match': `"${current.version}"` });
    await page.getByRole('button', { name: 'Agree' }).click();
    await page.getByTestId('notice-banner').filter({ hasText: 'Someone else changed this meeting' }).waitFor();
    await page.getByTestId('summary').filter({ hasText: 'Private office tidied the summary.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Agree' }).click();
    await success(page, 'has been agreed');
    await expectText(page.getByTestId('meeting-details'), 'Agreed');
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await expectAccessible(page);
    expect(problems.filter((p) => !p.includes('412'))).toEqual([]);
  });

  it('never shows a viewer an OFFICIAL-SENSITIVE meeting, in the list or by its address', async () => {
    const { page, problems } = await signedIn('/meetings', USERS.viewer);
    await results(page).filter({ hasText: '3 meetings found' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Bilateral with Ofsted');
    expect(await page.getByRole('button', { name: 'Record a meeting' }).count()).toBe(0);

    await page.goto(`/meetings/${seed.open.id}`);
    await page.getByTestId('meeting-details').waitFor();
    expect(await page.getByTestId('workflow-buttons').count()).toBe(0);

    await page.goto(`/meetings/${seed.sensitive.id}`);
    await page.getByRole('heading', { level: 1, name: 'Meeting not found' }).waitFor();
    expect(await page.title()).toBe('Meeting not found – SEND engagement tracker');
    expect(await page.getByTestId('classification-marking').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('Ofsted');
    await expectAccessible(page);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
