import { axeViolations, expectText, useBrowser } from './support/browser';
import { api, signedIn } from './support/page-api';

/** Duplicate organisations found, reviewed and merged by an admin; a legal hold stopping erasure until released. */
describe('duplicate organisations', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);

  it('lists a likely duplicate, merges it into the older record and shows the duplicate as merged', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/organisations');
    const keep = await api<{ id: string }>(page, 'POST', '/api/organisations', { name: `Quillfeather Parent Carer Forum ${run}`, type: 'parent_carer_forum' });
    const copy = await api<{ id: string }>(page, 'POST', '/api/organisations', { name: `Quillfeather Parent Carers Forum ${run}`, type: 'parent_carer_forum' });
    await api(page, 'POST', '/api/contacts', { organisationId: copy.id, name: 'Robin Quill', email: `robin@quill-${run}.example.org` });

    await page.getByTestId('duplicates-link').click();
    await page.getByRole('heading', { level: 1, name: 'Possible duplicate organisations' }).waitFor();
    const row = page.locator('[data-testid=duplicates] tbody tr', { hasText: `Quillfeather Parent Carers Forum ${run}` });
    await row.waitFor();
    await expectText(row, 'Names alike');
    expect(await axeViolations(page)).toBe('');

    await row.getByRole('link', { name: /^Merge/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Merge these organisations?' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Merge organisations' }).click();
    await page.getByText(`Quillfeather Parent Carers Forum ${run} has been merged into Quillfeather Parent Carer Forum ${run}`).waitFor();
    expect(page.url()).toContain(`/organisations/${keep.id}`);
    await page.locator('[data-testid=contacts]', { hasText: 'Robin Quill' }).waitFor();

    await page.goto(`/organisations/${copy.id}`);
    await page.getByTestId('merged-banner').waitFor();
    expect(await page.getByRole('link', { name: 'Restore organisation' }).count()).toBe(0);
    expect(await axeViolations(page)).toBe('');
    await page.goto('/organisations/duplicates');
    await page.locator('[data-testid=merges] li', { hasText: `Quillfeather Parent Carers Forum ${run} merged into` }).waitFor();
    expect(problems).toEqual([]);
  });

  it('places a legal hold from the organisation’s page, refuses to anonymise its contacts, and releases it', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/organisations');
    const org = await api<{ id: string }>(page, 'POST', '/api/organisations', { name: `Heldfast Trust ${run}`, type: 'charity' });
    const contact = await api<{ id: string }>(page, 'POST', '/api/contacts', { organisationId: org.id, name: 'Hollis Held' });
    await page.goto(`/organisations/${org.id}`);
    await page.getByRole('button', { name: 'Place a legal hold' }).click();
    await page.getByRole('heading', { level: 1, name: 'Place a legal hold' }).waitFor();
    await page.getByLabel('Why the record must be kept').fill(`Tribunal case ${run}`);
    await page.getByRole('button', { name: 'Place legal hold' }).click();
    await page.getByText(`Heldfast Trust ${run} is under a legal hold`).waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.goto(`/organisations/${org.id}`);
    await page.getByTestId('legal-hold-banner').filter({ hasText: `Tribunal case ${run}` }).waitFor();
    await page.goto(`/organisations/${org.id}/contacts/${contact.id}/anonymise`);
    await page.getByRole('button', { name: /Anonymise/ }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'is under a legal hold' }).waitFor();

    await page.goto('/admin/legal-holds');
    await page.getByRole('link', { name: `Release the hold on Heldfast Trust ${run}` }).click();
    await page.getByLabel('Why the hold can be released').fill('Case closed');
    await page.getByRole('button', { name: 'Release legal hold' }).click();
    await page.getByText(`The legal hold on Heldfast Trust ${run} has been released`).waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });
});
