import { signInThroughPage, useBrowser } from './support/browser';
import { DEMO_ADMIN, demoIds, everyPage } from './support/every-page';
import { useOwnServer } from './support/own-server';

/**
 * A clean console on every page: no error logged, no uncaught exception, no CSP violation, signed out or in. A page
 * that logs an error is a page that failed somewhere a user cannot see; asking "am I signed in?" must not be one.
 */
describe('the browser console on every page', () => {
  useOwnServer({ DEMO: 'true' });
  const browser = useBrowser();

  async function pagesToVisit(): Promise<[string, string][]> {
    const { page } = await browser.open('/sign-in');
    await signInThroughPage(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
    return everyPage(await demoIds(page));
  }

  it('stays clean on every page signed out: each one asks the visitor to sign in', async () => {
    const pages = await pagesToVisit();
    const { page, problems } = await browser.open('/sign-in');
    const seen: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      seen.push(...problems.splice(0).map((problem) => `${name} ${path}: ${problem}`));
    }
    expect(seen).toEqual([]);
  });

  it('stays clean on every page signed in as an admin', async () => {
    const pages = await pagesToVisit();
    const { page, problems } = await browser.open('/sign-in');
    await signInThroughPage(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
    const seen: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.locator('main h1').first().waitFor();
      seen.push(...problems.splice(0).map((problem) => `${name} ${path}: ${problem}`));
    }
    expect(seen).toEqual([]);
  });
});
