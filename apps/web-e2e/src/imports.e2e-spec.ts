import type { Page } from 'playwright-core';
import { axeViolations, expectText, signInThroughPage, useBrowser } from './support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

const HEADINGS = 'Organisation name,Organisation type,Regions,Website,Description,Tags,Contact name,Contact role,Contact email,Contact phone,Contact notes';

/** Importing organisations and contacts from a CSV file: check, correct, import, and who may do it. */
describe('import organisations and contacts', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);

  async function signedIn(path: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, email, password);
    await opened.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return opened;
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toBe('');
  }

  async function heading(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('main h1').count()).toBe(1);
  }

  const upload = (page: Page, text: string, name = 'contacts.csv') => page.locator('#file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

  it('checks a file, lists its errors by line and column, then imports the corrected file all at once', async () => {
    const { page, problems } = await signedIn('/organisations');
    await page.getByRole('link', { name: 'Import organisations and contacts' }).click();
    await heading(page, 'Import organisations and contacts');
    expect(await page.title()).toBe('Import organisations and contacts – SEND engagement tracker');
    expect(await page.getByRole('link', { name: 'Download the template (CSV)' }).getAttribute('href')).toBe('/api/imports/organisations-and-contacts/template');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Check file' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.filter({ hasText: 'Select a CSV file' }).waitFor();
    expect(await page.title()).toBe('Error: Import organisations and contacts – SEND engagement tracker');
    await expectAccessible(page);

    const forum = `Eastshire Parent Carer Forum ${run}`;
    const broken = [HEADINGS, `${forum},Parent carer forum,East of England,,,,Ada Lovell,Chair,not-an-email,,`, `${forum},,,,,,Ben Hart,,,,`].join('\r\n');
    await upload(page, broken);
    await page.getByRole('button', { name: 'Check file' }).click();
    await summary.filter({ hasText: 'The file has 1 error' }).waitFor();
    expect(await page.getByTestId('errors').locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^2\s+Contact email\s+Contact email must be an email address/)]);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file');
    await expectAccessible(page);

    await upload(page, broken.replace('not-an-email', 'ada@eastshire.example'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByTestId('preview').waitFor();
    await expectText(page.locator('.govuk-summary-list'), /Organisations to add\s+1[\s\S]*Contacts to add\s+2/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await heading(page, 'Import complete');
    await expectText(page.getByTestId('done'), '1 organisation added');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Go to organisations' }).click();
    await page.getByLabel('Search by name or description').fill(forum);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByTestId('organisations').getByRole('link', { name: forum }).click();
    await heading(page, forum);
    await page.getByTestId('contacts').getByRole('cell', { name: 'Ben Hart', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('is not offered to viewers, and sends them home if they follow a link to it', async () => {
    const admin = await signedIn('/organisations');
    const email = `import-viewer-${run}@example.test`;
    const password = 'a viewer password long enough';
    const token = (await admin.page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const status = await admin.page.evaluate(
      async ({ email, password, token }) =>
        (await fetch('/api/users', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token }, body: JSON.stringify({ email, name: 'Ivy Viewer', role: 'viewer', password }) })).status,
      { email, password, token },
    );
    expect(status).toBe(201);

    const { page, problems } = await signedIn('/organisations', email, password);
    await heading(page, 'Organisations');
    await page.getByTestId('count').waitFor();
    expect(await page.getByRole('link', { name: 'Import organisations and contacts' }).count()).toBe(0);
    await page.goto('/import');
    await page.waitForURL((url) => url.pathname === '/');
    expect(problems).toEqual([]);
  });
});
