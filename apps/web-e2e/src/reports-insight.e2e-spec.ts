import type { Locator, Page } from 'playwright-core';
import { axeViolations, field, signInThroughPage, useBrowser } from './support/browser';
import { api } from './support/page-api';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

const ORG = 'Wombat Insight Parent Forum';
const PROPOSAL = 'Insight test: portable support plans';

/** A proposal, an organisation that raised a concern at a meeting, and an action raised in answer. */
async function seed(page: Page): Promise<void> {
  const id = async (path: string, body: unknown) => (await api<{ id: string }>(page, 'POST', path, body)).id;
  const proposal = await id('/api/proposals', { title: PROPOSAL });
  const org = await id('/api/organisations', { name: ORG, type: 'parent_carer_forum', regions: ['south_west'] });
  const meeting = await id('/api/meetings', { title: 'Insight roundtable', type: 'roundtable', startsAt: '2026-03-10T10:00:00Z', region: 'south_west', attendees: [{ organisationId: org, attendance: 'attended' }] });
  await id('/api/positions', { organisationId: org, proposalId: proposal, stance: 'concerns', summary: 'Plans must move with the child between areas.', statedOn: '2026-03-10', meetingId: meeting });
  await id('/api/actions', { title: 'Write guidance on moving plans', raisedByOrganisationId: org, proposalIds: [proposal], meetingId: meeting });
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('insight reports and the calendar feed', () => {
  const browser = useBrowser();
  let seeded = false;

  async function signedIn(path: string) {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await opened.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    if (!seeded) {
      await seed(opened.page);
      seeded = true;
      await opened.page.reload();
    }
    return opened;
  }

  it('lists the reports, and shows "you said, we did" with a CSV of the same view', async () => {
    const { page, problems } = await signedIn('/reports');
    await page.getByRole('link', { name: 'You said, we did' }).click();
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    expect(await page.title()).toBe('You said, we did – SEND engagement tracker');
    await page.locator('[data-testid=report-status]', { hasText: 'with something done in answer' }).waitFor();
    const table = page.locator('table', { has: page.locator('caption', { hasText: PROPOSAL }) });
    const row = table.locator('tbody tr', { has: page.locator('th', { hasText: ORG }) });
    expect(await text(row.locator('td').nth(0))).toContain('Plans must move with the child between areas.');
    expect(await text(row.locator('td').nth(1))).toContain('Write guidance on moving plans');
    expect(await text(row.locator('td').nth(1))).toContain('Open');
    expect(await axeViolations(page)).toBe('');

    await page.locator(field('proposalId')).selectOption({ label: PROPOSAL });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/proposalId=/);
    await page.locator('[data-testid=report-status]', { hasText: '1 organisation’s points on a proposal' }).waitFor();
    const href = await page.locator('[data-testid=csv-link]').getAttribute('href');
    expect(href).toMatch(/proposalId=.*&format=csv$/);
    const csv = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '');
      return { status: res.status, marking: res.headers.get('x-classification'), body: await res.text() };
    }, href);
    expect(csv).toMatchObject({ status: 200, marking: 'OFFICIAL' });
    expect(csv.body).toContain('Write guidance on moving plans');
    expect(await axeViolations(page)).toBe('');

    await page.route('**/api/reports/you-said-we-did*', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }) }));
    await page.goto('/reports/you-said-we-did');
    await page.locator('[data-testid=report-error]').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('500'))).toEqual([]);
  });

  it('shows coverage as charts with data tables, for a date range kept in the URL', async () => {
    const { page, problems } = await signedIn('/reports/coverage?from=2026-03-01&to=2026-03-31');
    await page.getByRole('heading', { level: 1, name: 'Engagement coverage' }).waitFor();
    expect(await page.title()).toBe('Engagement coverage – SEND engagement tracker');
    await page.locator('[data-testid=coverage-status]', { hasText: 'from 1 March 2026 to 31 March 2026' }).waitFor();
    expect(await page.locator('app-bar-chart').count()).toBe(6);
    const march = page.locator('[data-testid=meetings-table] tbody tr', { hasText: 'March 2026' });
    expect(Number((await text(march.locator('td'))) || '0')).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Principles and regions' }).getAttribute('tabindex')).toBe('0');
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Day').first().fill('31');
    await page.getByLabel('Month').first().fill('2');
    await page.getByRole('button', { name: 'Show coverage' }).click();
    await page.locator('.govuk-error-summary', { hasText: 'From must be a real date' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Day').first().fill('1');
    await page.getByRole('button', { name: 'Show coverage' }).click();
    await page.waitForURL(/from=2026-02-01/);
    await page.locator('[data-testid=coverage-status]', { hasText: 'from 1 February 2026' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
  });

  it('creates a secret calendar link that serves an iCalendar file, and stops it', async () => {
    const { page, problems } = await signedIn('/reports/calendar');
    await page.getByRole('heading', { level: 1, name: 'Calendar feed' }).waitFor();
    expect(await page.title()).toBe('Calendar feed – SEND engagement tracker');
    expect(await text(page.locator('.govuk-warning-text'))).toContain('The link is secret');
    await page.locator('[data-testid=feed-status]', { hasText: 'link' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: /^Create a (calendar|new) link$/ }).click();
    const url = await page.getByLabel('Calendar link').inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await axeViolations(page)).toBe('');
    const feed = await page.evaluate(async (u) => {
      const res = await fetch(u, { credentials: 'omit' });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');

    await page.getByRole('button', { name: 'Stop the link' }).click();
    await page.getByText('Your calendar link has been stopped.').waitFor();
    const after = await page.evaluate(async (u) => (await fetch(u, { credentials: 'omit' })).status, url);
    expect(after).toBe(404);
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
