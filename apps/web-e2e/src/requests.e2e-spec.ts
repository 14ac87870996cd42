import { axeViolations, expectText, useBrowser } from './support/browser';
import { daysAgo, enterDate, long, today } from './support/dates';
import { api, signedIn } from './support/page-api';

const VIEWER = { email: 'rita.reader@example.test', password: 'nine amber lanterns drifting' };


interface Request {
  id: string;
  reference: string;
  deadline: string | null;
  version: number;
}

/** The register of information requests: logging one, its deadline, the clock for clarification, responding. */
describe('information requests', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);

  it('logs a request, shows its statutory deadline, stops and restarts the clock, and records the response', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/requests');
    await page.getByRole('heading', { level: 1, name: 'Information requests' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Log a request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log a request' }).waitFor();
    await page.getByRole('button', { name: 'Log request' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Choose the type of request' }).waitFor();
    expect(await page.title()).toBe('Error: Log a request – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');

    const summary = `Every note of the ${run} roundtable on advocacy`;
    await page.getByRole('radio', { name: 'Freedom of Information' }).check();
    const received = daysAgo(8);
    await enterDate(page, 'receivedOn', received);
    await page.getByLabel("Requester's name").fill('Pat Requester');
    await page.getByLabel('What they asked for').fill(summary);
    await page.getByRole('button', { name: 'Log request' }).click();
    await page.getByText('Request logged').waitFor();
    const heading = await page.getByTestId('request-heading').textContent();
    expect(heading).toMatch(/^REQ-\d{4}$/);
    const saved = (await api<{ items: Request[] }>(page, 'GET', `/api/information-requests?q=${heading}`)).items[0] as Request;
    await expectText(page.getByTestId('request-deadline'), `Respond by ${long(saved.deadline as string)}`);
    expect(await axeViolations(page)).toBe('');

    // Stop the clock: no deadline until the requester answers.
    await page.getByRole('button', { name: 'Stop the clock' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Enter the date clarification was asked for' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await enterDate(page, 'from', daysAgo(6));
    await page.getByLabel('What was asked').fill('Which roundtable is meant?');
    await page.getByRole('button', { name: 'Stop the clock' }).click();
    await page.getByTestId('request-deadline').filter({ hasText: 'there is no deadline until they answer' }).waitFor();
    await enterDate(page, 'to', daysAgo(2));
    await page.getByRole('button', { name: 'Restart the clock' }).click();
    await page.getByText('The clock is running again').waitFor();
    const restarted = await api<Request>(page, 'GET', `/api/information-requests/${saved.id}`);
    expect(restarted.deadline && restarted.deadline > (saved.deadline as string)).toBe(true);
    await expectText(page.getByTestId('request-deadline'), `Respond by ${long(restarted.deadline as string)}`);
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('radio', { name: 'Responded' }).check();
    await enterDate(page, 'respondedOn', today);
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('Status changed to Responded').waitFor();
    await expectText(page.getByTestId('request-deadline'), `Closed, responded on ${long(today)}`);
    expect(await page.getByTestId('request-progress').count()).toBe(0);
    expect(await axeViolations(page)).toBe('');

    await page.goto('/requests?view=all');
    await page.getByRole('link', { name: heading as string }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lists overdue requests for the private office, and shows a viewer the register without the requester', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/requests');
    const late = await api<Request>(page, 'POST', '/api/information-requests', { type: 'foi', receivedOn: daysAgo(60), requesterName: 'Quinn Private', summary: `Overdue ${run}` });
    await api(page, 'POST', '/api/users', { email: VIEWER.email, name: 'Rita Reader', role: 'viewer', password: VIEWER.password }).catch(() => undefined);
    await page.getByRole('link', { name: 'Overdue' }).click();
    await page.waitForURL(/view=overdue/);
    const row = page.locator('[data-testid=requests-table] tbody tr', { hasText: late.reference });
    await row.waitFor();
    await expectText(row, 'Overdue');
    expect(await axeViolations(page)).toBe('');

    const reader = await signedIn(browser, VIEWER.email, VIEWER.password, `/requests/${late.id}`);
    await reader.page.getByTestId('request-heading').waitFor();
    await expectText(reader.page.locator('.govuk-summary-list'), 'Hidden: personal data');
    expect(await reader.page.locator('body').innerText()).not.toContain('Quinn Private');
    expect(await reader.page.getByTestId('request-progress').count()).toBe(0);
    expect(await axeViolations(reader.page)).toBe('');
    expect([...problems, ...reader.problems]).toEqual([]);
  });

  it('finds everything about a phrase into the bundle, withholds a record under an exemption and downloads it', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/requests');
    const word = `zephyrine${run}`;
    await api(page, 'POST', '/api/meetings', { title: `Roundtable on ${word} support`, type: 'roundtable', startsAt: '2026-03-01T10:00:00Z', summary: `Partners discussed ${word}.` });
    const request = await api<Request>(page, 'POST', '/api/information-requests', { type: 'foi', receivedOn: daysAgo(1), requesterName: 'Sam Bundle', summary: `Everything on ${word}` });
    await page.goto(`/requests/${request.id}`);
    const bundle = page.getByTestId('request-bundle');
    await bundle.getByRole('heading', { name: 'Bundle' }).waitFor();
    await bundle.getByRole('radio', { name: 'Words or a phrase' }).check();
    await bundle.getByLabel('Words to search for').fill(word);
    await bundle.getByRole('button', { name: 'Add to the bundle' }).click();
    await bundle.getByTestId('gathered').filter({ hasText: 'Added 1 meeting.' }).waitFor();
    const row = bundle.locator('[data-testid=bundle-items] tbody tr', { hasText: `Roundtable on ${word} support` });
    await row.waitFor();
    expect(await axeViolations(page)).toBe('');

    await row.getByLabel('Decision').selectOption('withhold');
    await row.getByRole('button', { name: /^Save/ }).click();
    await bundle.locator('.govuk-error-summary').filter({ hasText: 'Choose the exemption relied on' }).waitFor();
    await row.getByLabel('Exemption').selectOption('s35');
    await row.getByRole('button', { name: /^Save/ }).click();
    await bundle.getByTestId('decision-saved').filter({ hasText: 'Withhold' }).waitFor();
    await bundle.getByTestId('bundle-counts').filter({ hasText: '1 withheld' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    const href = await bundle.getByRole('link', { name: 'a zip of CSV files' }).getAttribute('href');
    const file = await page.request.get(href as string);
    expect(file.headers()['content-type']).toBe('application/zip');
    expect(file.headers()['content-disposition']).toMatch(/bundle-REQ-\d{4}-.*-official\.zip/);
    expect(problems).toEqual([]);
  });
});
