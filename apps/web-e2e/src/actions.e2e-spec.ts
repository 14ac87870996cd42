import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, field, useBrowser } from './support/browser';
import { apiFor, signedIn } from './support/page-api';

/** The references in the action log's table, once they equal `expected` (or the last seen, on timeout). */
async function tableReferences(page: Page, expected: string[]): Promise<string[]> {
  const read = () => page.locator('[data-testid=actions-table] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-reference') ?? ''));
  const until = Date.now() + 10_000;
  let seen = await read();
  while (seen.join() !== expected.join() && Date.now() < until) {
    await page.waitForTimeout(100);
    seen = await read();
  }
  return seen;
}

async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page
    .waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

/** Failed calls the test provokes on purpose; anything else logged is a fault. */
function unexpected(problems: string[]): string[] {
  return problems.filter((p) => !/status of (400|412|422)/.test(p));
}

describe('actions', () => {
  const browser = useBrowser();
  const tag = `zq${Date.now().toString(36)}`;

  it('filters, sorts and searches the action log through the URL, accessibly in every state', async () => {
    const { page, problems } = await signedIn(browser);
    const api = apiFor(page);
    const forum = await api.post('/api/organisations', { name: `Riverside Parent Carer Forum ${tag}`, type: 'parent_carer_forum' });
    const chase = await api.post('/api/actions', { title: `Chase ${tag} forum reply`, dueOn: '2020-01-10' });
    const publish = await api.post('/api/actions', { title: `Publish ${tag} summary`, dueOn: '2099-05-01', status: 'in_progress' });
    const close = await api.post('/api/actions', { title: `Close ${tag} loop`, dueOn: '2020-02-01', status: 'done', completionNote: 'Closed at the meeting' });
    const visit = await api.post('/api/actions', { title: `Book ${tag} visit`, dueOn: '2021-03-03', status: 'blocked', ownerOrganisationId: forum.id });

    await page.goto('/actions');
    await page.getByRole('heading', { level: 1, name: 'Action log' }).waitFor();
    expect(await page.title()).toBe('Action log – SEND engagement tracker');
    await page.locator('[data-testid=actions-table]').waitFor();
    expect(await page.getByRole('button', { name: 'Create an action' }).count()).toBe(1);
    expect(await axeViolations(page)).toBe('');

    // Status and overdue, through the filter form.
    await page.locator(field('q')).fill(tag);
    const status = page.getByRole('group', { name: 'Status' });
    await status.getByLabel('Open').check();
    await status.getByLabel('Blocked').check();
    await page.getByLabel('Only overdue actions').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
    const url = new URL(page.url());
    expect(url.searchParams.getAll('status')).toEqual(['open', 'blocked']);
    expect(url.searchParams.get('q')).toBe(tag);
    expect(await tableReferences(page, [chase.reference, visit.reference])).toEqual([chase.reference, visit.reference]);
    expect(await page.locator('[data-testid=actions-table] tbody tr').filter({ hasText: 'Overdue' }).count()).toBe(2);
    expect(await page.getByTestId('results-count').textContent()).toBe('Showing 1 to 2 of 2 actions');
    expect(await axeViolations(page)).toBe('');

    // A selected-filter tag removes just that filter.
    await page.getByRole('link', { name: 'Remove this filter: Status Blocked' }).click();
    await page.waitForURL((u) => !u.searchParams.getAll('status').includes('blocked'));
    expect(await tableReferences(page, [chase.reference])).toEqual([chase.reference]);

    // Sorting is the API's, by URL; focus stays on the column's button.
    await page.getByRole('link', { name: 'Clear filters' }).first().click();
    await page.waitForURL((u) => !u.searchParams.has('overdue'));
    await page.locator(field('q')).fill(tag);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const byDue = [chase.reference, close.reference, visit.reference, publish.reference];
    expect(await tableReferences(page, byDue)).toEqual(byDue);
    expect(await page.locator('th[aria-sort=ascending]').textContent()).toContain('Due date');
    await page.getByRole('button', { name: 'Due date' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === '-dueOn');
    expect(await tableReferences(page, [...byDue].reverse())).toEqual([...byDue].reverse());
    expect(await page.locator('th[aria-sort=descending]').textContent()).toContain('Due date');
    expect(await isFocused(page, '#sort-dueOn')).toBe(true);

    // Organisation: found by name, chosen, shown as a removable tag.
    await page.locator(field('organisationId')).fill('Riverside');
    await page.locator('#organisationId').press('Enter');
    await page.getByLabel(`Riverside Parent Carer Forum ${tag}`).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('organisationId') === forum.id);
    expect(await tableReferences(page, [visit.reference])).toEqual([visit.reference]);
    await page.getByRole('link', { name: `Remove this filter: Organisation Riverside Parent Carer Forum ${tag}` }).waitFor();
    expect(await axeViolations(page)).toBe('');

    // Nothing matches: say what to change.
    await page.goto(`/actions?q=${tag}&status=cancelled`);
    await page.getByRole('heading', { name: 'No actions match these filters' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    // A query the API refuses.
    await page.goto('/actions?owner=nobody');
    await page.getByText('The action log could not be shown.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Owner must be a user id or me');
    expect(await axeViolations(page)).toBe('');
    expect(unexpected(problems)).toEqual([]);
  });

  it('downloads the filtered action log as a file, saying how it is marked', async () => {
    const { page, problems } = await signedIn(browser);
    const api = apiFor(page);
    // A word of its own: other tests in this file create actions with `tag` too.
    const word = `${tag}export`;
    await api.post('/api/actions', { title: `Export ${word}, with a comma`, dueOn: '2030-01-01' });
    await api.post('/api/actions', { title: `Export ${word} sensitive`, dueOn: '2030-01-02', classification: 'OFFICIAL_SENSITIVE' });
    await page.goto(`/actions?q=${word}&status=open`);
    await page.getByTestId('results-count').waitFor();
    await page.getByText('Download these actions').click();
    expect(await axeViolations(page)).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^actions-\d{4}-\d{2}-\d{2}-official-sensitive\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain(`"Export ${word}, with a comma"`);
    expect(text.split('\r\n').filter((line) => line.includes(word))).toHaveLength(2);
    await page.getByTestId('export-status').getByText('It is marked OFFICIAL-SENSITIVE').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
  });

  it('shows an action, adds an update, and closes it only with a completion note', async () => {
    const { page, problems } = await signedIn(browser);
    const action = await apiFor(page).post('/api/actions', { title: `Reply to the ${tag} letter`, dueOn: '2020-06-01', priority: 'high' });

    await page.goto('/actions');
    await page.locator(field('q')).fill(action.reference);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('link', { name: `Reply to the ${tag} letter` }).click();
    await page.getByRole('heading', { level: 1, name: `${action.reference} Reply to the ${tag} letter` }).waitFor();
    expect(await page.title()).toBe(`${action.reference}: Reply to the ${tag} letter – SEND engagement tracker`);
    expect(await page.getByTestId('action-tags').textContent()).toContain('Overdue');
    expect(await page.getByTestId('no-updates').textContent()).toContain('No updates yet');
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Add an update').fill('Chased by phone; reply promised by Friday.');
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.locator('.moj-timeline__item').filter({ hasText: 'Chased by phone' }).waitFor();
    expect(await page.locator('.moj-timeline__byline').first().textContent()).toBe('by Administrator');
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('Update added');

    const statusForm = page.getByTestId('status-form');
    await statusForm.getByLabel('Done').check();
    await page.getByRole('button', { name: 'Change status' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter a completion note to mark this action as done');
    expect(await isFocused(page, '.govuk-error-summary')).toBe(true);
    expect(await axeViolations(page)).toBe('');

    await statusForm.getByLabel('Completion note').fill('Letter sent on 2 July.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('.govuk-notification-banner--success').filter({ hasText: 'Status changed to done' }).waitFor();
    expect(await page.getByTestId('action-tags').textContent()).toContain('Done');
    expect(await page.getByTestId('action-tags').textContent()).not.toContain('Overdue');
    expect(await summary.count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    expect(unexpected(problems)).toEqual([]);
  });

  it('creates an action, and on a stale edit shows the conflict, keeps the edits and saves over the new version', async () => {
    const { page, problems } = await signedIn(browser);
    await page.goto('/actions/new');
    await page.getByRole('heading', { level: 1, name: 'Create an action' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Create action' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Enter a title' }).waitFor();
    expect(await isFocused(page, '.govuk-error-summary')).toBe(true);
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Title').fill(`Draft the ${tag} reply`);
    await page.getByLabel('A person in the department').check();
    await page.getByLabel('Person who owns the action').selectOption({ label: 'Administrator' });
    await page.getByRole('button', { name: 'Create action' }).click();
    await page.getByRole('heading', { level: 1, name: `Draft the ${tag} reply` }).waitFor();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toMatch(/Action ACT-\d+ created/);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Edit action' }).click();
    await page.getByRole('heading', { level: 1, name: /Edit action/ }).waitFor();
    expect(await page.title()).toBe('Edit action – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');
    await page.getByLabel('Title').fill(`Draft the ${tag} reply to the forum`);

    // Meanwhile someone else saves.
    await apiFor(page).patch(`/api/actions/${id}`, { title: `Draft the ${tag} reply now`, dueOn: '2030-01-31' }, 1);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('changed this record while you were editing it');
    const differences = await notice.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim())));
    expect(differences).toEqual([['Title', `Draft the ${tag} reply to the forum`, `Draft the ${tag} reply now`]]);
    expect(await isFocused(page, '[data-testid=conflict-notice]')).toBe(true);
    expect(await page.getByLabel('Title').inputValue()).toBe(`Draft the ${tag} reply to the forum`);
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: `Draft the ${tag} reply to the forum` }).waitFor();
    expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('Action saved');
    // Their due date survived our save.
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('31 January 2030');
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows viewers no way to change actions, and private office only the fields they may change', async () => {
    const admin = await signedIn(browser);
    const api = apiFor(admin.page);
    const password = 'plum tractor lantern whistle';
    await api.post('/api/users', { email: `viewer-${tag}@example.test`, name: 'Vera Viewer', role: 'viewer', password });
    await api.post('/api/users', { email: `reviewer-${tag}@example.test`, name: 'Rory Reviewer', role: 'reviewer', password });
    const action = await api.post('/api/actions', { title: `Confirm the ${tag} visit`, dueOn: '2099-01-01' });

    const viewer = await signedIn(browser, `viewer-${tag}@example.test`, password, '/actions');
    await viewer.page.getByRole('heading', { level: 1, name: 'Action log' }).waitFor();
    await viewer.page.locator('[data-testid=actions-table]').waitFor();
    expect(await viewer.page.getByRole('button', { name: 'Create an action' }).count()).toBe(0);
    expect(await axeViolations(viewer.page)).toBe('');
    await viewer.page.goto(`/actions/${action.id}`);
    await viewer.page.getByRole('heading', { level: 1, name: `${action.reference} Confirm the ${tag} visit` }).waitFor();
    expect(await viewer.page.getByTestId('status-form').count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: 'Edit action' }).count()).toBe(0);
    expect(await axeViolations(viewer.page)).toBe('');

    const reviewer = await signedIn(browser, `reviewer-${tag}@example.test`, password, `/actions/${action.id}/edit`);
    await reviewer.page.getByRole('heading', { level: 1, name: /Edit action/ }).waitFor();
    await reviewer.page.getByRole('group', { name: 'Status' }).waitFor();
    expect(await reviewer.page.locator('#title').count()).toBe(0);
    expect(await reviewer.page.getByRole('group', { name: 'Priority' }).count()).toBe(1);
    expect(await axeViolations(reviewer.page)).toBe('');
    expect(unexpected([...viewer.problems, ...reviewer.problems])).toEqual([]);
  });
});
