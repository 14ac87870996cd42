import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { signInThroughPage, useBrowser } from './support/browser';
import { DEMO_ADMIN } from './support/every-page';
import { useOwnServer } from './support/own-server';

interface Meeting {
  id: string;
  reference: string;
  title: string;
  classification: string;
  status: string;
}

interface Pdf {
  marking: string | null;
  name: string;
  /** The text of each page, as pdftotext lays it out. */
  pages: string[];
}

/** Downloads a PDF the product makes, and turns it into text with poppler's pdftotext. */
async function pdfOf(page: Page, url: string, dir: string): Promise<Pdf> {
  const res = await page.request.get(url);
  if (!res.ok()) throw new Error(`${url} answered ${res.status()}: ${await res.text()}`);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const file = join(dir, 'out.pdf');
  writeFileSync(file, await res.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const name = /filename="([^"]+)"/.exec(res.headers()['content-disposition'] ?? '')?.[1] ?? '';
  return { marking: res.headers()['x-classification'] ?? null, name, pages: text.split('\f').filter((p) => p.trim()) };
}

/** Every page marked at its top and at its bottom, and nothing of the dashboard's navigation on paper. */
function expectPaper(pdf: Pdf, marking: string): void {
  expect(pdf.pages.length).toBeGreaterThan(0);
  for (const [i, text] of pdf.pages.entries()) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect({ page: i + 1, first: lines[0], last: lines.at(-1)?.replace(/\s+Page \d+ of \d+$/, '') }).toEqual({ page: i + 1, first: marking, last: marking });
    expect(text).not.toMatch(/Sign out|Skip to main content|Service available/);
  }
}

/** Meeting records, briefing packs and the action log on paper: printed by the product from its own pages. */
describe('records printed to PDF', () => {
  useOwnServer({ DEMO: 'true' });
  const browser = useBrowser();
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'send-pdf-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function signedIn(): Promise<Page> {
    const { page } = await browser.open('/sign-in');
    await signInThroughPage(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
    return page;
  }

  async function meetings(page: Page): Promise<Meeting[]> {
    return ((await (await page.request.get('/api/meetings?status=agreed&pageSize=100')).json()) as { items: Meeting[] }).items;
  }

  it('prints a meeting record with its marking on every page and none of the navigation', async () => {
    const page = await signedIn();
    const all = await meetings(page);
    for (const [classification, marking] of [
      ['OFFICIAL', 'OFFICIAL'],
      ['OFFICIAL_SENSITIVE', 'OFFICIAL-SENSITIVE'],
    ]) {
      const meeting = all.find((m) => m.classification === classification);
      if (!meeting) throw new Error(`the demonstration data has no agreed ${classification} meeting`);
      const pdf = await pdfOf(page, `/api/print/meetings/${meeting.id}`, dir);
      expect(pdf.marking).toBe(marking);
      expect(pdf.name).toMatch(new RegExp(`^meeting-${meeting.reference}-\\d{4}-\\d{2}-\\d{2}-${marking.toLowerCase()}\\.pdf$`));
      expectPaper(pdf, marking);
      const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain(meeting.reference);
      expect(text).toContain(meeting.title);
      expect(text).not.toContain('History');
      const audit = (await (await page.request.get(`/api/audit?entity=export&entityId=${meeting.id}`)).json()) as { items: { action: string; changes: { details?: { format?: string } } }[] };
      expect(audit.items.map((e) => [e.action, e.changes.details?.format])).toContainEqual(['meeting-record', 'pdf']);
    }
  });

  it('prints a briefing pack with each organisation on a fresh page', async () => {
    const page = await signedIn();
    const all = await meetings(page);
    type Pack = { meeting: { reference: string }; organisations: { name: string }[] };
    let chosen: { meeting: Meeting; pack: Pack } | undefined;
    for (const meeting of all) {
      const pack = (await (await page.request.get(`/api/reports/briefing-pack/${meeting.id}`)).json()) as Pack;
      if (pack.organisations.length >= 2) {
        chosen = { meeting, pack };
        break;
      }
    }
    if (!chosen) throw new Error('the demonstration data has no agreed meeting with two organisations attending');
    const pdf = await pdfOf(page, `/api/print/briefing-pack/${chosen.meeting.id}`, dir);
    expectPaper(pdf, pdf.marking ?? '');
    // The first organisation follows the meeting's summary; each after it starts a fresh page (its name under the marking).
    const [first, ...rest] = chosen.pack.organisations;
    expect(pdf.pages[0]).toContain(first?.name);
    const starts = rest.map((o) => pdf.pages.findIndex((text) => text.split('\n').map((l) => l.trim()).filter(Boolean)[1]?.startsWith(o.name)));
    expect(starts.every((index) => index > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const text = pdf.pages.join('\n');
    expect(text).toContain(chosen.pack.meeting.reference);
    expect(text).not.toContain('(/organisations/');
  });

  it('prints the action log as filtered, and the dashboard offers each PDF', async () => {
    const page = await signedIn();
    const overdue = ((await (await page.request.get('/api/actions?overdue=true&sort=dueOn&pageSize=25')).json()) as { items: { reference: string }[] }).items;
    const pdf = await pdfOf(page, '/api/print/actions?overdue=true&sort=dueOn&pageSize=25', dir);
    expectPaper(pdf, pdf.marking ?? '');
    const text = pdf.pages.join('\n');
    expect(text).toContain('Action log');
    expect(overdue.length).toBeGreaterThan(0);
    for (const { reference } of overdue) expect(text).toContain(reference);

    await page.goto('/actions?overdue=true&sort=dueOn');
    const link = page.getByTestId('actions-pdf');
    expect(await link.getAttribute('href')).toContain('/api/print/actions?');
    expect(await link.getAttribute('href')).toContain('overdue=true');
    // In the browser's own print preview the navigation and filter are gone too.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.locator('#action-filter').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'Action log' }).isVisible()).toBe(true);
  });

  it('refuses a bad filter with a problem naming the field, before printing anything', async () => {
    const page = await signedIn();
    const res = await page.request.get('/api/print/actions?dueFrom=not-a-date');
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(await res.json())).toContain('dueFrom');
  });
});
