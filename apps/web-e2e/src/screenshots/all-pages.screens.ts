import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser';
import { DEMO_ADMIN, demoIds, everyPage } from '../support/every-page';
import { startServer, type RunningServer } from '../support/server';

const OUT = resolve(__dirname, '../../../../docs/screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Waits until the page has its h1 and nothing is still loading, then saves the whole page. */
async function shoot(page: Page, file: string, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage: true });
}

describe('screenshots of every page on demonstration data', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ DEMO: 'true' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // A laptop, and a phone (390 px): the list pages reflow into labelled rows there.
  for (const [folder, viewport] of [
    ['', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`saves a PNG of each page at ${viewport.width} px`, async () => {
      const dir = join(OUT, folder);
      mkdirSync(dir, { recursive: true });
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport });
      const page = await context.newPage();
      await shoot(page, join(dir, 'sign-in.png'), '/sign-in');
      await page.getByLabel('Email address').fill(DEMO_ADMIN.email);
      await page.getByLabel('Password').fill(DEMO_ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
      const failed: string[] = [];
      for (const [name, path] of everyPage(await demoIds(page))) {
        await shoot(page, join(dir, `${name}.png`), path).catch((error: unknown) => failed.push(`${name} ${path}: ${String(error)}`));
      }
      await context.close();
      expect(failed).toEqual([]);
    });
  }
});
