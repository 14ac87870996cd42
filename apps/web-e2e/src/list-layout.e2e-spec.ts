import type { Page } from 'playwright-core';
import { axeViolations, signInThroughPage, useBrowser } from './support/browser';
import { DEMO_ADMIN } from './support/every-page';
import { useOwnServer } from './support/own-server';

const LAPTOP = { width: 1280, height: 800 };
/** A 1280-px laptop at 200% zoom lays the page out in 640 CSS pixels. */
const ZOOMED = { width: 640, height: 400 };

interface Layout {
  /** How far the page itself scrolls sideways. */
  pageOverflow: number;
  /** How far the table's own pane scrolls sideways. */
  paneOverflow: number;
  /** Column headers whose right edge lies beyond the window. */
  cutOff: string[];
}

async function layout(page: Page, table: string): Promise<Layout> {
  await page.locator(`[data-testid=${table}] tbody tr`).first().waitFor();
  return page.evaluate((testId) => {
    const pane = document.querySelector(`[data-testid=${testId}]`)?.closest('.app-table-pane') ?? document.querySelector(`[data-testid=${testId}]`);
    const headers = [...document.querySelectorAll(`[data-testid=${testId}] thead th`)] as HTMLElement[];
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      paneOverflow: pane ? pane.scrollWidth - pane.clientWidth : 0,
      cutOff: headers.filter((th) => th.offsetParent && th.getBoundingClientRect().right > window.innerWidth).map((th) => th.textContent?.trim() ?? ''),
    };
  }, table);
}

/** Each cell's label as shown before it (the stacked layout), for the first row of the table. */
function cellLabels(page: Page, table: string): Promise<string[]> {
  return page.locator(`[data-testid=${table}] tbody tr`).first().locator('td').evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
}

async function openSignedIn(browser: ReturnType<typeof useBrowser>, path: string, viewport: { width: number; height: number }) {
  const opened = await browser.open(path, { viewport });
  await signInThroughPage(opened.page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await opened.page.locator('main h1').filter({ hasNotText: 'Sign in' }).waitFor();
  return opened;
}

/** The lists the private office works through all day: full width, every column in view, readable when zoomed. */
describe('list pages at laptop width and at 200% zoom', () => {
  useOwnServer({ DEMO: 'true' });
  const browser = useBrowser();

  it('shows every column of the action log at 1280 px beside the filter, and hides the filter on request', async () => {
    const { page, problems } = await openSignedIn(browser, '/actions', LAPTOP);
    await page.getByRole('heading', { level: 1, name: 'Action log' }).waitFor();
    await page.locator('[data-testid=actions-table] tbody tr').first().waitFor();
    expect(await layout(page, 'actions-table')).toEqual({ pageOverflow: 0, paneOverflow: 0, cutOff: [] });
    const headers = await page.locator('[data-testid=actions-table] thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Reference', 'Title', 'Owner', 'Raised by', 'Themes', 'Due date', 'Status', 'Kind']);
    expect(await axeViolations(page)).toBe('');

    const toggle = page.getByRole('button', { name: 'Hide filter' });
    const tableWidth = () => page.locator('[data-testid=actions-table]').evaluate((t) => t.getBoundingClientRect().width);
    const beside = await tableWidth();
    await toggle.click();
    await page.getByRole('button', { name: 'Show filter' }).waitFor();
    expect(await page.locator('#action-filter').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show filter' }).getAttribute('aria-expanded')).toBe('false');
    expect(await tableWidth()).toBeGreaterThan(beside + 250);
    expect(await axeViolations(page)).toBe('');

    // The choice holds on the next list and after a reload, until it is changed back.
    await page.goto('/meetings');
    await page.getByRole('button', { name: 'Show filter' }).waitFor();
    expect(await page.locator('#meeting-filter').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show filter' }).click();
    await page.locator('#meeting-filter').waitFor();
    await page.goto('/actions');
    await page.locator('#action-filter').waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps the meetings and organisations lists and the positions matrix in the page at 1280 px', async () => {
    const { page, problems } = await openSignedIn(browser, '/meetings', LAPTOP);
    expect(await layout(page, 'meetings-table')).toEqual({ pageOverflow: 0, paneOverflow: 0, cutOff: [] });
    await page.goto('/organisations');
    expect(await layout(page, 'organisations')).toEqual({ pageOverflow: 0, paneOverflow: 0, cutOff: [] });
    await page.goto('/positions');
    await page.getByRole('heading', { level: 1, name: 'Positions' }).waitFor();
    await page.locator('[data-testid=matrix-status]').filter({ hasNotText: 'Loading' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('reflows the lists at 200% zoom: no sideways scrolling, each cell named', async () => {
    const { page, problems } = await openSignedIn(browser, '/actions', ZOOMED);
    await page.getByRole('heading', { level: 1, name: 'Action log' }).waitFor();
    const actions = await layout(page, 'actions-table');
    expect([actions.pageOverflow, actions.paneOverflow]).toEqual([0, 0]);
    expect(await cellLabels(page, 'actions-table')).toEqual(['Reference', 'Title', 'Owner', 'Raised by', 'Themes', 'Due date', 'Status', 'Kind'].map((l) => `"${l}: "`));
    // The sort buttons stay, as a line above the rows.
    expect(await page.locator('#sort-dueOn').isVisible()).toBe(true);
    expect(await axeViolations(page)).toBe('');

    for (const [path, table] of [
      ['/meetings', 'meetings-table'],
      ['/organisations', 'organisations'],
    ]) {
      await page.goto(path);
      const seen = await layout(page, table);
      expect({ path, overflow: [seen.pageOverflow, seen.paneOverflow] }).toEqual({ path, overflow: [0, 0] });
      expect(await axeViolations(page)).toBe('');
    }
    expect(problems).toEqual([]);
  });
});
