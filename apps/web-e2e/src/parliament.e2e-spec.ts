import { axeViolations, expectText, useBrowser } from './support/browser';
import { daysAgo, enterDate, long, today } from './support/dates';
import { apiFor, signedIn } from './support/page-api';

const VIEWER = { email: `pam.parliament.${Date.now().toString(36)}@example.test`, password: 'nine amber lanterns drifting' };

/** Failed calls the test provokes on purpose; anything else logged is a fault. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|422)/.test(p));

/** The Parliament and public register: a committee report, its recommendations, what bears on them, our response. */
describe('Parliament and public register', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);

  it('adds a committee report, answers a recommendation, links the record to it, and publishes our response', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/parliament');
    const api = apiFor(page);
    const action = await api.post<{ id: string; reference: string }>('/api/actions', { title: `Draft the ${run} committee response`, dueOn: '2099-01-01' });
    const proposal = await api.post<{ id: string }>('/api/proposals', { title: `Inclusion in inspection ${run}` });

    await page.getByRole('heading', { level: 1, name: 'Parliament and public' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Add to the register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add to the register' }).waitFor();
    await page.getByRole('button', { name: 'Add to the register' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Choose what it is' }).waitFor();
    expect(await page.title()).toBe('Error: Add to the register – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');

    const published = daysAgo(70);
    await page.getByRole('radio', { name: 'Select Committee report' }).check();
    await page.getByLabel('Title').fill(`Solving the SEND crisis ${run}`);
    await page.getByLabel('From').fill('Education Committee');
    await enterDate(page, 'publishedOn', published);
    await page.getByRole('button', { name: 'Add to the register' }).click();
    await page.getByText('Added to the register').waitFor();
    const item = (await api.get<{ items: { id: string; responseDue: string }[] }>(`/api/parliament?q=${run}&kind=committee_report`)).items[0] as { id: string; responseDue: string };
    await expectText(page.getByTestId('response-due'), `Due by ${long(item.responseDue)} Overdue`);
    expect(await axeViolations(page)).toBe('');

    // A recommendation, then the government's answer to it.
    await page.getByLabel('Number in the report').fill('4');
    await page.getByLabel('Recommendation', { exact: true }).fill('Make inclusion part of school inspection.');
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await page.getByText('Recommendation 4 added').waitFor();
    await page.getByRole('combobox', { name: 'Recommendation', exact: true }).selectOption({ label: 'Recommendation 4' });
    await page.getByRole('radio', { name: 'Accepted', exact: true }).check();
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'an accepted or rejected recommendation needs the answer given' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByLabel('What the government said').fill('Inclusion will be part of the new inspection framework.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('Answer to recommendation 4 saved').waitFor();
    await expectText(page.getByTestId('recommendations').locator('tbody'), /Accepted\s+Inclusion will be part of the new inspection framework/);

    // What bears on it: the proposal against the recommendation, the action by its reference.
    await page.getByRole('radio', { name: 'Proposal' }).check();
    await page.getByRole('combobox', { name: 'Proposal' }).selectOption({ label: `Inclusion in inspection ${run}` });
    await page.getByLabel('Link it to').selectOption({ label: 'Recommendation 4' });
    await page.getByRole('button', { name: 'Link record' }).click();
    await page.getByText('Proposal linked').waitFor();
    await page.getByRole('radio', { name: 'Action' }).check();
    await page.getByLabel('Reference').fill('ACT-99999');
    await page.getByRole('button', { name: 'Link record' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'There is no action with the reference ACT-99999' }).waitFor();
    await page.getByLabel('Reference').fill(action.reference);
    await page.getByRole('button', { name: 'Link record' }).click();
    await page.getByText('Action linked').waitFor();
    const links = page.getByTestId('links').locator('tbody');
    await expectText(links, new RegExp(`Proposal\\s+Inclusion in inspection ${run}\\s+Recommendation 4`));
    await expectText(links, `${action.reference}: Draft the ${run} committee response`);
    expect(await axeViolations(page)).toBe('');
    expect((await api.get<{ items: { id: string }[] }>(`/api/parliament?proposalId=${proposal.id}`)).items.map((i) => i.id)).toEqual([item.id]);

    // Publishing the response ends the overdue flag.
    await page.getByRole('radio', { name: 'Published' }).check();
    await page.getByRole('button', { name: 'Save response' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Enter the response that was published' }).waitFor();
    await page.getByLabel('The response, or a summary of it').fill('The government accepts 60 of the 95 recommendations.');
    await enterDate(page, 'respondedOn', today);
    await page.getByRole('button', { name: 'Save response' }).click();
    await page.getByText('Response saved: Published').waitFor();
    await expectText(page.getByTestId('response-due'), `Published ${long(today)}; it was due ${long(item.responseDue)}.`);
    expect(await page.getByTestId('response-due').innerText()).not.toContain('Overdue');
    expect(await axeViolations(page)).toBe('');
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows a viewer the register and an item without a way to change them', async () => {
    const admin = await signedIn(browser, undefined, undefined, '/parliament');
    await apiFor(admin.page).post('/api/users', { email: VIEWER.email, name: 'Pam Reader', role: 'viewer', password: VIEWER.password });
    const item = await apiFor(admin.page).post<{ id: string }>('/api/parliament', { kind: 'petition', title: `Fund advocacy ${run}`, source: 'Petitions Committee', publishedOn: daysAgo(30), petitionNumber: 700000 + (Date.now() % 99999), signatures: 104_000 });
    const { page, problems } = await signedIn(browser, VIEWER.email, VIEWER.password, `/parliament?view=all&q=${run}`);
    const row = page.locator('[data-testid=parliament-table] tbody tr', { hasText: `Fund advocacy ${run}` });
    await row.waitFor();
    await expectText(row, /104,000 signatures[\s\S]*Debate threshold/);
    expect(await page.getByRole('button', { name: 'Add to the register' }).count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    await row.getByRole('link').click();
    await page.getByTestId('parliament-heading').waitFor();
    await expectText(page.getByTestId('response-due'), 'Past 10,000 signatures: the government responds. No date is set yet.');
    await expectText(page.locator('.govuk-summary-list'), 'Past 100,000: considered for debate');
    expect(await page.locator('main form').count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
    expect(item.id).toBeTruthy();
  });
});
