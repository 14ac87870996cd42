import { axeViolations, field, useBrowser } from './support/browser';
import { apiFor, signedIn } from './support/page-api';

describe('transparency return and briefing pack', () => {
  const browser = useBrowser();
  const tag = `tb${Date.now().toString(36)}`;

  it('checks a quarter, offers the file, lets an admin see the headings, and briefs on a meeting — accessibly', async () => {
    const { page, problems } = await signedIn(browser);
    const api = apiFor(page);
    const ministers = await api.get<{ items: { id: string; name: string }[] }>('/api/ministers');
    const forum = await api.post('/api/organisations', { name: `Riverside Parent Carer Forum ${tag}`, type: 'parent_carer_forum' });
    const proposal = await api.post('/api/proposals', { title: `Local inclusion bases ${tag}`, summary: 'For the briefing pack.' });
    const earlier = await api.post('/api/meetings', {
      title: `Earlier forum visit ${tag}`,
      type: 'bilateral',
      startsAt: '2025-10-02T10:00:00Z',
      purpose: 'Hear the forum’s views',
      ministerIds: [ministers.items[0].id],
      attendees: [{ organisationId: forum.id, contactIds: [], attendance: 'attended' }],
    });
    await api.post('/api/positions', { organisationId: forum.id, proposalId: proposal.id, stance: 'concerns', summary: 'Worried about places', meetingId: earlier.id, statedOn: '2025-10-02' });
    // A draft with a minister and no purpose: the check must list it.
    const draft = await api.post('/api/meetings', { title: `Unfinished note ${tag}`, type: 'roundtable', startsAt: '2025-11-05T10:00:00Z', ministerIds: [ministers.items[0].id] });
    const planned = await api.post('/api/meetings', {
      title: `Planned roundtable ${tag}`,
      type: 'roundtable',
      startsAt: '2099-03-01T10:00:00Z',
      purpose: 'Inclusion bases',
      attendees: [{ organisationId: forum.id, contactIds: [], attendance: 'attended' }],
    });

    // The reports index links to the return.
    await page.goto('/reports');
    await page.getByRole('link', { name: 'Ministers’ meetings transparency return' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ministers’ meetings transparency return' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    // The quarter is chosen through the form and lands in the URL.
    await page.getByLabel('Quarter').selectOption('2025-Q4');
    await page.getByRole('button', { name: 'Show quarter' }).click();
    await page.waitForURL((u) => u.searchParams.get('quarter') === '2025-Q4');
    expect(await page.title()).toBe('Transparency return, October to December 2025 – SEND engagement tracker');
    const row = page.locator(`[data-testid=check-table] tbody tr[data-reference="${draft.reference}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('No purpose recorded');
    expect(await row.locator('a').getAttribute('href')).toBe(`/meetings/${draft.id}`);
    expect(await page.getByTestId('download-return').getAttribute('href')).toBe('/api/reports/transparency-return?quarter=2025-Q4');
    expect(await axeViolations(page)).toBe('');

    // The file itself, as the browser would fetch it.
    const file = await page.request.get('/api/reports/transparency-return?quarter=2025-Q4');
    expect(file.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await file.text()).split('\r\n')[0]).toBe('\ufeffMinister,Date,Name of organisation or individual,Purpose of meeting');

    // Admins can see and change the headings.
    await page.getByRole('link', { name: 'Change the column headings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transparency return column headings' }).waitFor();
    await page.locator('#minister').waitFor();
    expect(await page.locator('#organisations').inputValue()).toBe('Name of organisation or individual');
    await page.locator(field('date')).fill('');
    await page.getByRole('button', { name: 'Save headings' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await axeViolations(page)).toBe('');

    // The briefing pack, from the meeting page.
    await page.goto(`/meetings/${planned.id}`);
    await page.getByTestId('briefing-pack-link').click();
    await page.waitForURL(`**/reports/briefing-pack/${planned.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(planned.reference) }).waitFor();
    const section = page.locator('[data-testid=briefing-organisation]').first();
    expect(await section.locator('h2').textContent()).toContain(`Riverside Parent Carer Forum ${tag}`);
    expect(await section.locator('[data-testid=positions]').textContent()).toContain(`Local inclusion bases ${tag}`);
    expect(await section.locator('[data-testid=interactions]').textContent()).toContain(earlier.reference);
    expect(await page.getByTestId('download-ods').getAttribute('href')).toBe(`/api/reports/briefing-pack/${planned.id}/file?format=ods`);
    expect(await axeViolations(page)).toBe('');

    // On paper: no buttons or links back.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print this pack' }).isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const workbook = await page.request.get(`/api/reports/briefing-pack/${planned.id}/file?format=xlsx`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['x-classification']).toBe('OFFICIAL');
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });
});
