import { axeViolations, expectText, field, useBrowser } from './support/browser';
import { apiFor, type Created } from './support/page-api';
import { signedIn } from './support/page-api';

interface Rule {
  id: string;
  recordType: string;
  periodMonths: number;
  version: number;
}

/** The retention schedule: an admin changes a rule, reviews what is due, disposes of it and finds it in past disposals. */
describe('retention', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);

  it('changes a rule, reviews what is due (one held), disposes of two records and sees them in past disposals', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/admin');
    const api = apiFor(page);
    // Records old enough to be due: meetings from the archive (20 years) and an FOI case closed in 2020 (3 years).
    const org = await api.post('/api/organisations', { name: `Archive Forum ${run}`, type: 'parent_carer_forum' });
    const attendees = [{ organisationId: org.id, contactIds: [], attendance: 'attended' }];
    const old = await api.post('/api/meetings', { title: `Archive roundtable ${run}`, type: 'roundtable', startsAt: '2004-03-01T10:00:00Z', attendees });
    const held = await api.post('/api/meetings', { title: `Archive tribunal session ${run}`, type: 'bilateral', startsAt: '2004-04-01T10:00:00Z', attendees });
    await api.post('/api/legal-holds', { entity: 'meeting', entityId: held.id, reason: `Judicial review ${run}` });
    const request = await api.post('/api/information-requests', { type: 'foi', receivedOn: '2020-01-06', requesterName: 'Pat Requester', summary: `Minutes of the ${run} archive roundtable` });
    await api.patch(`/api/information-requests/${request.id}`, { status: 'responded', respondedOn: '2020-01-20' }, request.version);

    await page.getByRole('link', { name: 'Retention', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Retention schedule' }).waitFor();
    await expectText(page.getByTestId('retention-rules'), '20 years from the meeting date');
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('link', { name: /^Change the rule for Minutes of meetings/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change a retention rule' }).waitFor();
    await expectText(page.getByTestId('rule-name'), 'Minutes of meetings with external stakeholders on policy');
    await page.locator(field('periodYears')).fill('');
    await page.locator(field('periodMonths')).fill('');
    await page.getByRole('button', { name: 'Save rule' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Enter how long to keep it: at least 1 month' }).waitFor();
    expect(await page.title()).toBe('Error: Change a retention rule – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');
    await page.locator(field('periodYears')).fill('21');
    await page.locator(field('periodMonths')).fill('0');
    await page.getByRole('button', { name: 'Save rule' }).click();
    await page.getByText('Minutes of meetings with external stakeholders on policy: kept for 21 years').waitFor();
    await expectText(page.getByTestId('retention-rules'), '21 years from the meeting date');

    await page.getByRole('link', { name: 'Due for disposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Due for disposal' }).waitFor();
    const due = page.getByTestId('due-records');
    await expectText(due, `Archive roundtable ${run}`);
    await expectText(due.locator('tr', { hasText: `Archive tribunal session ${run}` }), `Legal hold: Judicial review ${run}`);
    expect(await due.locator('tr', { hasText: `Archive tribunal session ${run}` }).locator('input[type=checkbox]').count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Choose at least one record to dispose of' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByLabel(`Dispose of ${old.reference}`, { exact: true }).check();
    await page.getByLabel(`Dispose of ${(await api.get<Created>(`/api/information-requests/${request.id}`)).reference}`, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Check what will be disposed of' }).waitFor();
    await expectText(page.getByTestId('confirm-delete'), `Minutes of the ${run} archive roundtable`);
    await expectText(page.getByTestId('confirm-preserve'), `Archive roundtable ${run}`);
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Dispose of 2 records' }).click();

    await page.getByRole('heading', { level: 1, name: 'Past disposals' }).waitFor();
    await page.getByText('2 records have been disposed of').waitFor();
    const past = page.getByTestId('past-disposals');
    await expectText(past.locator('tr', { hasText: old.reference }), 'Selected for preservation');
    await expectText(past, 'Deleted');
    expect(await axeViolations(page)).toBe('');

    // Preserved, not deleted; the request is gone; the held meeting is still waiting on the list.
    await api.get(`/api/meetings/${old.id}`);
    expect((await page.request.get(`/api/information-requests/${request.id}`)).status()).toBe(404);
    const stillDue = await api.get<{ items: { recordId: string }[] }>('/api/retention/due?pageSize=100');
    expect(stillDue.items.map((d) => d.recordId)).toContain(held.id);
    expect(stillDue.items.map((d) => d.recordId)).not.toContain(old.id);

    // The schedule as it was, for the journeys that follow.
    const rule = (await api.get<{ items: Rule[] }>('/api/retention-rules')).items.find((r) => r.recordType === 'meeting') as Rule;
    await api.patch(`/api/retention-rules/${rule.id}`, { periodMonths: 240 }, rule.version);
    expect(problems).toEqual([]);
  });
});
