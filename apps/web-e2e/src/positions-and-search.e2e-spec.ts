import type { Locator, Page } from 'playwright-core';
import { axeViolations, field, signInThroughPage, useBrowser } from './support/browser';
import { api } from './support/page-api';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

const VIEWER = { email: 'vera.viewer@example.test', password: 'seven purple kettles humming' };
const AGENDA_PHRASE = 'quixotic waiting lists';
const QUOTE = 'We back it only if the marmalade guarantee of funding follows the child.';

interface Seeded {
  zebra: string;
  quokka: string;
  inclusion: string;
  tribunal: string;
}

/** Two proposals, two organisations, an OFFICIAL and an OFFICIAL_SENSITIVE meeting, three statements and a viewer. */
async function seed(page: Page): Promise<Seeded> {
  const id = async (path: string, body: unknown) => (await api<{ id: string }>(page, 'POST', path, body)).id;
  const inclusion = await id('/api/proposals', { title: 'Inclusion bases in every mainstream school' });
  const tribunal = await id('/api/proposals', { title: 'Tribunal reform' });
  const zebra = await id('/api/organisations', { name: 'Zebra Parent Carer Forum', type: 'parent_carer_forum' });
  const quokka = await id('/api/organisations', { name: 'Quokka Confidential Trust', type: 'charity' });
  const meeting = await id('/api/meetings', {
    title: 'Autumn round table on therapies',
    type: 'roundtable',
    startsAt: '2025-10-15T10:00:00Z',
    attendees: [{ organisationId: zebra, attendance: 'attended' }],
    agenda: [{ title: 'Therapies', notes: `Parents described ${AGENDA_PHRASE} for occupational therapy.` }],
  });
  const secret = await id('/api/meetings', { title: 'Private bilateral', type: 'bilateral', startsAt: '2026-03-12T10:00:00Z', classification: 'OFFICIAL_SENSITIVE', attendees: [{ organisationId: quokka, attendance: 'attended' }] });
  const statement = { organisationId: zebra, proposalId: inclusion };
  await id('/api/positions', { ...statement, stance: 'concerns', summary: 'Worried that bases will become segregated units.', statedOn: '2025-10-15', meetingId: meeting, phase: 'national_conversation' });
  await id('/api/positions', { ...statement, stance: 'support_with_conditions', summary: 'Supports bases if funded properly.', quote: QUOTE, statedOn: '2026-03-10', phase: 'consultation' });
  await id('/api/positions', { organisationId: quokka, proposalId: tribunal, stance: 'oppose', summary: 'A gooseberry objection made in confidence.', statedOn: '2026-03-12', meetingId: secret });
  await api(page, 'POST', '/api/users', { email: VIEWER.email, name: 'Vera Viewer', role: 'viewer', password: VIEWER.password });
  return { zebra, quokka, inclusion, tribunal };
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** Each row's cells, ' | ' between them. */
const rowsOf = (rows: Locator) => rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ')));

/** The count line appears only once the matrix for the current URL has loaded (never while "Loading positions…"). */
async function matrixLoaded(page: Page): Promise<void> {
  await page.locator('[data-testid=matrix-status]', { hasText: / organisations?\s*$/ }).waitFor();
  await page.locator('[data-testid=matrix]').waitFor();
}

/** The matrix cell of an organisation (row header) and a proposal (column header). */
async function cell(page: Page, organisation: string, proposal: string): Promise<Locator> {
  const headers = await page.locator('[data-testid=matrix] thead th').allTextContents();
  const column = headers.findIndex((h) => h.trim() === proposal);
  if (column < 1) throw new Error(`no column for ${proposal} in ${headers.join(' | ')}`);
  return page.locator('[data-testid=matrix] tbody tr', { has: page.locator('th', { hasText: organisation }) }).locator('td').nth(column - 1);
}

describe('positions and search', () => {
  const browser = useBrowser();
  let seeded: Seeded | undefined;

  async function signedIn(path: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, email, password);
    await opened.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    if (!seeded && email === ADMIN_EMAIL) {
      seeded = await seed(opened.page);
      await opened.page.reload();
    }
    return opened;
  }

  it('shows stances as words in the matrix, compares phases through the URL, and Back restores the view', async () => {
    const { page, problems } = await signedIn('/positions');
    await page.getByRole('heading', { level: 1, name: 'Positions' }).waitFor();
    expect(await page.title()).toBe('Positions – SEND engagement tracker');
    await matrixLoaded(page);
    const zebra = await cell(page, 'Zebra Parent Carer Forum', 'Inclusion bases in every mainstream school');
    expect(await text(zebra)).toBe('Supports with conditions, stated 10 March 2026');
    expect(await text(await cell(page, 'Zebra Parent Carer Forum', 'Tribunal reform'))).toBe('No position');
    expect(await text(await cell(page, 'Quokka Confidential Trust', 'Tribunal reform'))).toBe('Opposes, stated 12 March 2026');
    expect(await page.getByRole('region', { name: /by organisation and proposal/ }).getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('button', { name: 'Record a position' }).count()).toBe(1);
    expect(await axeViolations(page)).toBe('');

    await page.locator(field('phase')).selectOption('national_conversation');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/phase=national_conversation/);
    await page.locator('#matrix-title', { hasText: 'National conversation' }).waitFor();
    await matrixLoaded(page);
    expect(await text(await cell(page, 'Zebra Parent Carer Forum', 'Inclusion bases in every mainstream school'))).toBe('Has concerns, stated 15 October 2025');
    expect(await page.locator('[data-testid=matrix] tbody th', { hasText: 'Quokka' }).count()).toBe(0);
    expect(await axeViolations(page)).toBe('');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('phase='));
    await page.locator('#matrix-title', { hasText: 'Current position' }).waitFor();
    await matrixLoaded(page);
    expect(await text(await cell(page, 'Zebra Parent Carer Forum', 'Inclusion bases in every mainstream school'))).toBe('Supports with conditions, stated 10 March 2026');
    expect(await page.locator('#phase').inputValue()).toBe('');

    await page.locator(field('q')).fill('no such organisation anywhere');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('[data-testid=matrix-empty]').waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.route('**/api/positions/matrix*', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }) }));
    await page.goto('/positions');
    await page.locator('[data-testid=matrix-error]').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('500'))).toEqual([]);
  });

  it('opens a pair’s history from its cell, newest first with the quote, and says when a pair cannot be found', async () => {
    const { page, problems } = await signedIn('/positions');
    await matrixLoaded(page);
    await (await cell(page, 'Zebra Parent Carer Forum', 'Inclusion bases in every mainstream school')).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Zebra Parent Carer Forum on Inclusion bases in every mainstream school' }).waitFor();
    expect(await page.title()).toBe('Position history – SEND engagement tracker');
    const statements = page.locator('[data-testid=statements] > li');
    await statements.first().locator('dd', { hasText: 'Administrator' }).waitFor();
    expect(await statements.count()).toBe(2);
    expect(await text(statements.nth(0).locator('h3'))).toBe('Stated on 10 March 2026');
    expect(await text(statements.nth(0).locator('blockquote'))).toBe(QUOTE);
    expect(await text(statements.nth(1).locator('h3'))).toBe('Stated on 15 October 2025');
    expect(await text(statements.nth(1))).toContain('National conversation');
    expect(await statements.nth(1).getByRole('link', { name: /^Meeting MTG-/ }).count()).toBe(1);
    expect(await text(page.locator('[data-testid=current-position]'))).toContain('Supports with conditions since 10 March 2026');
    expect(await page.getByRole('link', { name: 'Correct the statement of 10 March 2026' }).count()).toBe(1);
    expect(await axeViolations(page)).toBe('');

    await page.goto(`/positions/history?organisationId=${seeded?.quokka}&proposalId=${seeded?.inclusion}`);
    await page.locator('[data-testid=history-empty]').waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.goto('/positions/history?organisationId=00000000-0000-4000-8000-000000000000&proposalId=00000000-0000-4000-8000-000000000001');
    await page.locator('[data-testid=history-error]').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('lists what moved in a phase, and draws an organisation’s stance across the phases beside its table', async () => {
    const { page, problems } = await signedIn('/positions');
    const moved = page.locator('[data-testid=what-moved]');
    await moved.getByRole('heading', { level: 2, name: 'What moved' }).waitFor();
    await moved.getByLabel('Period').selectOption('consultation');
    await moved.getByRole('button', { name: 'Show moves' }).click();
    await page.waitForURL(/moved=consultation/);
    const zebra = moved.locator('tbody tr', { hasText: 'Zebra Parent Carer Forum' });
    await zebra.waitFor();
    expect(await rowsOf(zebra)).toEqual([
      "Zebra Parent Carer Forum | Inclusion bases in every mainstream school: Zebra Parent Carer Forum's history | Has concerns 15 October 2025 | Supports with conditions 10 March 2026 | 2 steps towards support",
    ]);
    // Quokka was first heard from in the period: new, not moved.
    expect(await moved.locator('tbody tr', { hasText: 'Quokka' }).count()).toBe(0);
    expect(await axeViolations(page)).toBe('');

    await zebra.getByRole('link', { name: 'Zebra Parent Carer Forum', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Zebra Parent Carer Forum' }).waitFor();
    const figure = page.locator('[data-testid=stance-over-phases] [data-testid=stance-figure]');
    await figure.first().waitFor();
    expect(await figure.count()).toBe(1);
    expect(await rowsOf(figure.locator('tbody tr'))).toEqual([
      'National conversation | Has concerns | 15 October 2025',
      'White Paper | Nothing recorded',
      'Consultation | Supports with conditions | 10 March 2026',
      'Government response | Nothing recorded',
      'Implementation | Nothing recorded',
    ]);
    // The chart: a point per phase with a statement, joined by one line, drawn where the table says.
    const chart = figure.locator('svg');
    expect(await chart.getAttribute('aria-hidden')).toBe('true');
    expect(await chart.locator('circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-stance')))).toEqual(['concerns', 'support_with_conditions']);
    const [table, drawing] = [await figure.locator('table').boundingBox(), await chart.boundingBox()];
    expect(drawing && table && drawing.width > 300 && table.x > drawing.x).toBe(true);
    expect(await axeViolations(page)).toBe('');

    await page.locator('[data-testid=stance-over-phases] h3 a').click();
    await page.getByRole('heading', { level: 1, name: 'Zebra Parent Carer Forum on Inclusion bases in every mainstream school' }).waitFor();
    await page.locator('[data-testid=stance-over-phases] svg circle').nth(1).waitFor();
    expect(await page.locator('[data-testid=stance-over-phases] h3').count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
  });

  it('records a position: errors first, then saved and shown in the history', async () => {
    const { page, problems } = await signedIn('/positions/new');
    await page.getByRole('heading', { level: 1, name: 'Record a position' }).waitFor();
    expect(await page.title()).toBe('Record a position – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: 'Save position' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text(summary)).toContain('Choose the organisation');
    expect(await text(summary)).toContain('Enter the date it was said');
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Organisation', { exact: true }).fill('zebra');
    await page.getByRole('button', { name: 'Find organisation' }).click();
    await page.getByRole('radio', { name: 'Zebra Parent Carer Forum' }).check();
    await page.getByLabel('Proposal', { exact: true }).selectOption({ label: 'Tribunal reform' });
    await page.getByRole('radio', { name: 'Neutral' }).check();
    await page.getByLabel('Summary', { exact: true }).fill('Neither for nor against tribunal changes yet.');
    await page.getByLabel('Day').fill('2');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Save position' }).click();

    await page.getByRole('heading', { level: 1, name: 'Zebra Parent Carer Forum on Tribunal reform' }).waitFor();
    await page.getByText('Position recorded').waitFor();
    expect(await text(page.locator('[data-testid=current-position]'))).toContain('Neutral since 2 November 2026');
    expect(await axeViolations(page)).toBe('');

    await page.goto('/positions/00000000-0000-4000-8000-000000000000/edit');
    await page.locator('[data-testid=record-error]').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('finds agenda notes and quotes with the matched words marked, says when nothing matches, and refuses an empty search', async () => {
    const { page, problems } = await signedIn('/search');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(await page.title()).toBe('Search – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await text(summary)).toContain('Enter what you want to search for');
    expect(await axeViolations(page)).toBe('');

    const box = page.getByLabel('Search organisations, meetings, positions and actions');
    await box.fill(`"${AGENDA_PHRASE}"`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=/);
    const results = page.locator('[data-testid=search-results] > li');
    await results.first().waitFor();
    const meeting = results.filter({ hasText: 'Autumn round table on therapies' });
    expect(await meeting.locator('mark').allTextContents()).toEqual([AGENDA_PHRASE]);
    expect(await axeViolations(page)).toBe('');

    await box.fill('marmalade');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=marmalade/);
    const position = results.filter({ hasText: 'Zebra Parent Carer Forum on Inclusion bases in every mainstream school' });
    await position.waitFor();
    expect(await position.locator('mark').allTextContents()).toEqual(['marmalade']);
    await page.getByRole('link', { name: /^Positions \(1\)$/ }).click();
    await page.waitForURL(/type=position/);
    await position.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Zebra Parent Carer Forum on Inclusion bases in every mainstream school' }).waitFor();

    await page.goto('/search?q=gooseberry');
    await results.first().waitFor();
    expect(await text(results.first())).toContain('Sensitive');

    await page.goto('/search?q=xylophonically');
    await page.locator('[data-testid=search-empty]').waitFor();
    expect(await text(page.locator('[data-testid=search-status]'))).toBe('No results for “xylophonically”');
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
  });

  it('never shows a viewer a position from an OFFICIAL-SENSITIVE meeting, in the matrix or in search', async () => {
    if (!seeded) throw new Error('the earlier tests seed the data');
    const { page, problems } = await signedIn('/positions', VIEWER.email, VIEWER.password);
    await matrixLoaded(page);
    expect(await page.locator('[data-testid=matrix] tbody th', { hasText: 'Zebra Parent Carer Forum' }).count()).toBe(1);
    expect(await page.locator('[data-testid=matrix] tbody th', { hasText: 'Quokka' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record a position' }).count()).toBe(0);
    expect(await axeViolations(page)).toBe('');

    await page.goto('/search?q=gooseberry');
    await page.locator('[data-testid=search-empty]').waitFor();
    await page.goto('/search?q=marmalade');
    await page.locator('[data-testid=search-results] > li').first().waitFor();
    expect(problems).toEqual([]);
  });
});
