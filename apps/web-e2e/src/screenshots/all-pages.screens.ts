import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const OUT = resolve(__dirname, '../../../../docs/screenshots');
const DEMO_ADMIN = { email: 'admin@demo.example.org', password: 'demo-password-1234' };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Ids {
  meeting: string;
  draftMeeting: string | undefined;
  action: string;
  organisation: string;
  pair: { organisationId: string; proposalId: string } | undefined;
}

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  if (!res.ok()) throw new Error(`${url} answered ${res.status()}`);
  return (await res.json()) as T;
}

/** Real ids from the demonstration data, so every page shows a realistic record. */
async function demoIds(page: Page): Promise<Ids> {
  type Items = { items: { id: string; organisationId?: string; proposalId?: string }[] };
  const agreed = await json<Items>(page, '/api/meetings?status=agreed&pageSize=1');
  const drafts = await json<Items>(page, '/api/meetings?status=draft&pageSize=1');
  const actions = await json<Items>(page, '/api/actions?overdue=true&pageSize=1');
  const orgs = await json<Items>(page, '/api/organisations?q=Council%20for%20Disabled%20Children&pageSize=1');
  const positions = await json<Items>(page, '/api/positions?pageSize=1');
  const position = positions.items[0];
  return {
    meeting: agreed.items[0].id,
    draftMeeting: drafts.items[0]?.id,
    action: actions.items[0]?.id ?? (await json<Items>(page, '/api/actions?pageSize=1')).items[0].id,
    organisation: orgs.items[0]?.id ?? (await json<Items>(page, '/api/organisations?pageSize=1')).items[0].id,
    pair: position?.organisationId && position.proposalId ? { organisationId: position.organisationId, proposalId: position.proposalId } : undefined,
  };
}

function pages(ids: Ids): [string, string][] {
  const list: [string, string][] = [
    ['home', '/'],
    ['actions', '/actions'],
    ['actions-overdue', '/actions?overdue=true'],
    ['action', `/actions/${ids.action}`],
    ['action-edit', `/actions/${ids.action}/edit`],
    ['action-new', '/actions/new'],
    ['meetings', '/meetings'],
    ['meeting', `/meetings/${ids.meeting}`],
    ['record-a-meeting', '/meetings/new'],
    ['organisations', '/organisations'],
    ['organisation', `/organisations/${ids.organisation}`],
    ['organisation-edit', `/organisations/${ids.organisation}/edit`],
    ['organisation-new', '/organisations/new'],
    ['positions-matrix', '/positions'],
    ['position-new', '/positions/new'],
    ['search', '/search?q=advocacy'],
    ['reports', '/reports'],
    ['report-transparency-return', '/reports/transparency-return?quarter=2026-Q1'],
    ['report-transparency-headings', '/reports/transparency-return/headings'],
    ['report-briefing-pack', `/reports/briefing-pack/${ids.meeting}`],
    ['report-you-said-we-did', '/reports/you-said-we-did'],
    ['report-coverage', '/reports/coverage'],
    ['report-calendar', '/reports/calendar'],
    ['import', '/import'],
    ['admin', '/admin'],
    ['admin-users', '/admin/users'],
    ['admin-themes', '/admin/themes'],
    ['admin-proposals', '/admin/proposals'],
    ['admin-ministers', '/admin/ministers'],
    ['admin-phases', '/admin/phases'],
    ['change-password', '/change-password'],
    ['not-found', '/no-such-page'],
  ];
  if (ids.draftMeeting) list.push(['record-a-meeting-check-answers', `/meetings/${ids.draftMeeting}/edit`]);
  if (ids.pair) list.push(['position-history', `/positions/history?organisationId=${ids.pair.organisationId}&proposalId=${ids.pair.proposalId}`]);
  return list;
}

/** Waits until the page has its h1 and nothing is still loading, then saves the whole page. */
async function shoot(page: Page, name: string, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

describe('screenshots of every page on demonstration data', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer({ DEMO: 'true' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves a PNG of each page', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await shoot(page, 'sign-in', '/sign-in');
    await page.getByLabel('Email address').fill(DEMO_ADMIN.email);
    await page.getByLabel('Password').fill(DEMO_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
    const failed: string[] = [];
    for (const [name, path] of pages(await demoIds(page))) {
      await shoot(page, name, path).catch((error: unknown) => failed.push(`${name} ${path}: ${String(error)}`));
    }
    await context.close();
    expect(failed).toEqual([]);
  });
});
