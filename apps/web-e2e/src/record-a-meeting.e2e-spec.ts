import type { Page } from 'playwright-core';
import { useAdminApi } from './support/admin-api';
import { axeViolations, signInThroughPage, useBrowser } from './support/browser';
import { button, field, focused, signInByKeyboard, tabTo } from './support/keyboard';

/** Recording a meeting, the most-used journey: by mouse, by keyboard alone, with errors, and across an expired session. */
const PASSWORD = 'amber lantern river crossing';
const RECORDER = 'record-journey@example.test';
const ORGANISATION = 'Hampshire Parent Carer Forum (record journey)';
const CONTACT = 'Priya Shah';
const PROPOSAL = 'Record journey: local inclusion plans';

const api = useAdminApi();
const seed = { organisationId: '', proposalId: '' };
/** The meeting the first journey submits, carried on by the private office in the next test. */
let submittedMeetingId = '';
const REVIEWER = 'review-journey@example.test';
const VIEWER = 'view-journey@example.test';

beforeAll(async () => {
  await api('POST', '/api/users', { email: RECORDER, name: 'Rita Recorder', role: 'recorder', password: PASSWORD });
  await api('POST', '/api/users', { email: REVIEWER, name: 'Priya Private Office', role: 'reviewer', password: PASSWORD });
  await api('POST', '/api/users', { email: VIEWER, name: 'Val Viewer', role: 'viewer', password: PASSWORD });
  seed.organisationId = (await api('POST', '/api/organisations', { name: ORGANISATION, type: 'parent_carer_forum' }))['id'] as string;
  await api('POST', '/api/contacts', { organisationId: seed.organisationId, name: CONTACT, role: 'Co-chair' });
  seed.proposalId = (await api('POST', '/api/proposals', { title: PROPOSAL }))['id'] as string;
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const editUrl = (step: string) => new RegExp(`/meetings/[0-9a-f-]{36}/edit/${step}$`);
const meetingIdIn = (page: Page) => /\/meetings\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
// Chromium logs each 4xx the journey expects (401 on expiry, 400/422 refusals) as a console error.
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 4\d\d/.test(p));

describe('record a meeting', () => {
  const browser = useBrowser();

  async function signedIn(path: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await browser.open(path);
    await signInThroughPage(opened.page, RECORDER, PASSWORD);
    await opened.page.locator('main h1').waitFor();
    return opened;
  }

  async function onStep(page: Page, url: RegExp, name: string): Promise<void> {
    await page.waitForURL(url);
    await heading(page, name).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toBe(`${name} – Record a meeting – SEND engagement tracker`);
    expect(await axeViolations(page)).toBe('');
  }

  async function fillDetails(page: Page, title: string): Promise<void> {
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('radio', { name: 'Development group meeting' }).check();
    await page.locator('#date-day').fill('10');
    await page.locator('#date-month').fill('6');
    await page.locator('#date-year').fill('2025');
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time (optional)').fill('11:30');
  }

  it('records a meeting with an attendee, agenda, position and action, checks the answers and submits it', async () => {
    const { page, problems } = await signedIn('/meetings/new');
    await onStep(page, /\/meetings\/new\/details$/, 'Meeting details');
    await fillDetails(page, 'Development group: inclusion plans');
    await page.getByRole('group', { name: 'Was the meeting held online?' }).getByRole('radio', { name: 'No' }).check();
    await page.getByLabel('Location (optional)').fill('Sanctuary Buildings, London');
    await page.getByLabel('Purpose of the meeting').fill('To hear views on local inclusion plans');
    await page.getByRole('radio', { name: 'OFFICIAL', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await onStep(page, editUrl('attendees'), 'Who was at the meeting');
    const id = meetingIdIn(page);
    // The browser's Back reopens the draft just created (not a blank new meeting); Continue saves it again.
    await page.goBack();
    await onStep(page, editUrl('details'), 'Meeting details');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Development group: inclusion plans');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, editUrl('attendees'), 'Who was at the meeting');
    await page.getByLabel('Search for an organisation').fill('Hampshire');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('search-status').filter({ hasText: '1 organisation found' }).waitFor();
    await page.getByRole('button', { name: `Add ${ORGANISATION}` }).click();
    await page.getByRole('checkbox', { name: CONTACT }).check();
    expect(await page.getByRole('radio', { name: 'Attended' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Continue' }).click();

    await onStep(page, editUrl('agenda'), 'Agenda and notes');
    await page.getByLabel('Title', { exact: true }).fill('Local inclusion plans');
    await page.getByLabel('Notes (optional)').fill('Members asked how plans will be funded.');
    await page.getByLabel('Summary of the meeting (optional)').fill('Broad support, with worries about funding.');
    await page.getByRole('button', { name: 'Continue' }).click();

    await onStep(page, editUrl('positions'), 'Positions stated');
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: ORGANISATION });
    await page.getByLabel('Proposal', { exact: true }).selectOption({ label: PROPOSAL });
    await page.getByRole('radio', { name: 'Supports with conditions' }).check();
    await page.getByLabel('Summary of what they said').fill('Supportive if funding follows the plans.');
    await page.getByLabel('Quote (optional)').fill('Plans without money are just paper.');
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'Continue' }).click();

    await onStep(page, editUrl('actions'), 'Actions agreed');
    await page.getByLabel('What is to be done').fill('Share the funding model with the forum');
    await page.locator('#actions-0-dueOn-day').fill('1');
    await page.locator('#actions-0-dueOn-month').fill('9');
    await page.locator('#actions-0-dueOn-year').fill('2025');
    await page.getByRole('radio', { name: 'Ministerial commitment' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await onStep(page, editUrl('check-answers'), 'Check your answers before submitting');
    const answers = (await page.locator('main').textContent()) ?? '';
    for (const text of ['10 June 2025', '10am to 11:30am', CONTACT, 'Local inclusion plans', '“Plans without money are just paper.”', 'Share the funding model']) expect(answers).toContain(text);
    await page.getByRole('button', { name: 'Submit for review' }).click();

    // The meeting page confirms, then tidies the flag out of the address.
    await page.getByText('has been submitted for review').waitFor();
    expect(page.url()).toContain(`/meetings/${id}`);
    submittedMeetingId = id;
    const saved = await api('GET', `/api/meetings/${id}`);
    expect(saved).toMatchObject({ status: 'submitted', startsAt: '2025-06-10T09:00:00.000Z', endsAt: '2025-06-10T10:30:00.000Z', classification: 'OFFICIAL' });
    expect(saved['attendees']).toEqual([expect.objectContaining({ organisationId: seed.organisationId, attendance: 'attended', contacts: [expect.objectContaining({ name: CONTACT })] })]);
    expect(saved['agenda']).toEqual([{ title: 'Local inclusion plans', notes: 'Members asked how plans will be funded.' }]);
    expect(saved['positions']).toEqual([expect.objectContaining({ stance: 'support_with_conditions', quote: 'Plans without money are just paper.', statedOn: '2025-06-10' })]);
    expect(saved['actions']).toEqual([expect.objectContaining({ kind: 'ministerial_commitment', dueOn: '2025-09-01', status: 'open' })]);
    expect(unexpected(problems)).toEqual([]);
  });

  it('can be done with the keyboard alone: details, attendees, check answers, save as draft; focus always visible, axe on every state', async () => {
    const { page, problems } = await browser.open('/meetings/new');
    await heading(page, 'Sign in').waitFor();
    expect(await axeViolations(page)).toBe('');
    await signInByKeyboard(page, RECORDER, PASSWORD);

    await heading(page, 'Meeting details').waitFor();
    expect(await axeViolations(page)).toBe('');
    // Continue with nothing filled in: the error summary takes focus, and Enter on its first link reaches the field.
    await tabTo(page, button('Continue'), 'Continue');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary') ?? false);
    expect(await axeViolations(page)).toBe('');
    await tabTo(page, (f) => f.tag === 'a' && f.name.startsWith('Enter'), 'the first error link');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('title');
    await page.keyboard.type('Listening session typed by keyboard');
    await tabTo(page, field('type'), 'the first type of meeting');
    await page.keyboard.press('Space');
    await tabTo(page, field('date-day'), 'Day');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2025');
    await tabTo(page, field('startTime'), 'Start time');
    await page.keyboard.type('2pm');
    await tabTo(page, field('purpose'), 'Purpose');
    await page.keyboard.type('To listen to families');
    await tabTo(page, field('classification'), 'Classification');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab'); // back over the purpose, and forward again
    expect((await focused(page)).id).toBe('purpose');
    await tabTo(page, button('Continue'), 'Continue');
    await page.keyboard.press('Enter');

    await page.waitForURL(editUrl('attendees'));
    await heading(page, 'Who was at the meeting').waitFor();
    expect(await axeViolations(page)).toBe('');
    const id = meetingIdIn(page);
    await tabTo(page, field('organisation-search'), 'the organisation search');
    await page.keyboard.type('Hampshire');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-status').filter({ hasText: '1 organisation found' }).waitFor();
    await tabTo(page, button(`Add ${ORGANISATION}`), 'the Add button');
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: CONTACT }).waitFor();
    expect((await focused(page)).id).toBe('attendee-0'); // focus moved to what was added
    await tabTo(page, field('attendees-0-contacts'), CONTACT);
    await page.keyboard.press('Space');
    for (const step of ['agenda', 'positions', 'actions', 'check-answers']) {
      await tabTo(page, button('Continue'), 'Continue');
      await page.keyboard.press('Enter');
      await page.waitForURL(editUrl(step));
      await page.locator('main h1').waitFor();
      if (step === 'positions') await page.getByRole('heading', { name: 'Position 1' }).waitFor();
      if (step === 'actions') await page.getByRole('heading', { name: 'Action 1' }).waitFor();
      expect(await axeViolations(page)).toBe('');
    }
    await heading(page, 'Check your answers before submitting').waitFor();
    await tabTo(page, button('Save as draft'), 'Save as draft');
    await page.keyboard.press('Enter');

    await page.waitForURL(`**/meetings/${id}?saved=draft`);
    const saved = await api('GET', `/api/meetings/${id}`);
    expect(saved).toMatchObject({ status: 'draft', title: 'Listening session typed by keyboard', type: 'development_group', startsAt: '2025-03-12T14:00:00.000Z', purpose: 'To listen to families' });
    expect(saved['attendees']).toEqual([expect.objectContaining({ attendance: 'attended', contacts: [expect.objectContaining({ name: CONTACT })] })]);
    expect(await axeViolations(page)).toBe('');
    expect(unexpected(problems)).toEqual([]);
  });

  it('is agreed by the private office with the keyboard alone', async () => {
    const created = await api('POST', '/api/meetings', {
      title: 'Roundtable agreed by keyboard',
      purpose: 'To hear how forums want advocacy to work',
      type: 'roundtable',
      startsAt: '2025-04-02T10:00:00Z',
      attendees: [{ organisationId: seed.organisationId, contactIds: [], attendance: 'attended' }],
    });
    const id = String(created['id']);
    await api('POST', `/api/meetings/${id}/submit`);
    const { page, problems } = await browser.open(`/meetings/${id}`);
    await heading(page, 'Sign in').waitFor();
    await signInByKeyboard(page, REVIEWER, PASSWORD);
    await page.getByRole('button', { name: 'Agree' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    // Return asks for a reason: Space opens it, an empty reason is refused with a focused summary, Cancel closes it.
    await tabTo(page, button('Return'), 'Return');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Return'), 'the Return confirmation');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-message').first().waitFor();
    expect(await axeViolations(page)).toBe('');
    await tabTo(page, button('Cancel'), 'Cancel');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Return');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Agree', visible: true });
    await page.keyboard.press('Enter');
    await page.getByText('has been agreed').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(await api('GET', `/api/meetings/${id}`)).toMatchObject({ status: 'agreed' });
    expect(unexpected(problems)).toEqual([]);
  });

  it('shows errors the GOV.UK way on every step: a focused summary whose links move focus to the fields', async () => {
    const { page, problems } = await signedIn('/meetings/new');
    await heading(page, 'Meeting details').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Error: Meeting details – Record a meeting – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');
    // By keyboard: from the focused summary, Tab to its first link and follow it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('title');
    expect(await page.locator('#title-error').textContent()).toContain('Enter the title of the meeting');
    const hrefs = await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(['#title', '#type', '#date-day', '#startTime', '#purpose', '#classification']);
    for (const href of hrefs) {
      await summary.locator(`a[href="${href}"]`).click();
      expect((await focused(page)).id).toBe(href.slice(1));
    }

    // A draft with an attendee but no purpose, to reach the later steps' errors.
    const draft = await api('POST', '/api/meetings', {
      title: 'Roundtable with errors', type: 'roundtable', startsAt: '2025-05-01T09:00:00Z', attendees: [{ organisationId: seed.organisationId, attendance: 'attended' }],
    });
    const base = `/meetings/${draft['id'] as string}/edit`;
    const failOn = async (path: string, name: string, act: () => Promise<void>, expected: string[]) => {
      await page.goto(path);
      await heading(page, name).waitFor();
      await act();
      await page.getByRole('button', { name: path.endsWith('check-answers') ? 'Submit for review' : 'Continue' }).click();
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(expected);
      expect(await axeViolations(page)).toBe('');
    };
    await failOn(`${base}/attendees`, 'Who was at the meeting', () => page.getByRole('button', { name: `Remove ${ORGANISATION}` }).click(), ['#organisation-search']);
    await failOn(`${base}/agenda`, 'Agenda and notes', () => page.getByLabel('Notes (optional)').fill('Notes but no title'), ['#agenda-0-title']);
    await failOn(`${base}/positions`, 'Positions stated', () => page.getByLabel('Summary of what they said').fill('Something'), ['#positions-0-organisation', '#positions-0-proposal', '#positions-0-stance']);
    await failOn(
      `${base}/actions`,
      'Actions agreed',
      async () => {
        await page.getByLabel('What is to be done').fill('Write back');
        await page.locator('#actions-0-dueOn-day').fill('31');
        await page.locator('#actions-0-dueOn-month').fill('2');
        await page.locator('#actions-0-dueOn-year').fill('2026');
      },
      ['#actions-0-dueOn-day'],
    );
    // The server's refusal to submit, each problem linked to the step that fixes it.
    await failOn(`${base}/check-answers`, 'Check your answers before submitting', async () => undefined, [`${base}/details?change=true`]);
    await summary.getByRole('link', { name: 'Enter the purpose of the meeting for the transparency return' }).click();
    await page.waitForURL(`**${base}/details?change=true`);
    await page.getByLabel('Purpose of the meeting').fill('To discuss school transport');
    await page.getByRole('radio', { name: 'OFFICIAL', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, editUrl('check-answers'), 'Check your answers before submitting'); // changing an answer comes back here
    expect(unexpected(problems)).toEqual([]);
  });

  it('loses nothing typed when the session expires: sign in again and the step comes back as it was', async () => {
    const { page, problems } = await signedIn('/meetings/new');
    await heading(page, 'Meeting details').waitFor();
    await fillDetails(page, 'Typed before the session ended');
    await page.getByLabel('Purpose of the meeting').fill('Not to be lost');
    await page.getByRole('radio', { name: 'OFFICIAL-SENSITIVE' }).check();
    await page.context().clearCookies({ name: 'send_session' });
    await page.getByRole('button', { name: 'Continue' }).click();

    await heading(page, 'Sign in').waitFor();
    expect(page.url()).toContain('returnTo=%2Fmeetings%2Fnew%2Fdetails');
    expect(await page.locator('main').textContent()).toContain('Your session ended');
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(stored).toContain('Typed before the session ended');
    expect(stored).not.toMatch(/send_session|XSRF|password/i); // form values only, never tokens
    await signInThroughPage(page, RECORDER, PASSWORD);

    await onStep(page, /\/meetings\/new\/details$/, 'Meeting details');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Typed before the session ended');
    expect(await page.locator('#date-month').inputValue()).toBe('6');
    expect(await page.getByLabel('Start time').inputValue()).toBe('10:00');
    expect(await page.getByLabel('Purpose of the meeting').inputValue()).toBe('Not to be lost');
    expect(await page.getByRole('radio', { name: 'Development group meeting' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'OFFICIAL-SENSITIVE' }).isChecked()).toBe(true);
    await page.getByTestId('restored-notice').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();

    // On a later step of the draft (kept under its id): an organisation added, then the session ends again.
    await onStep(page, editUrl('attendees'), 'Who was at the meeting');
    const attendeesUrl = new URL(page.url()).pathname;
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes(':new:')))).toEqual([]);
    await page.getByLabel('Search for an organisation').fill('Hampshire');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: `Add ${ORGANISATION}` }).click();
    await page.getByRole('checkbox', { name: CONTACT }).check();
    await page.context().clearCookies({ name: 'send_session' });
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Sign in').waitFor();
    await signInThroughPage(page, RECORDER, PASSWORD);
    await page.waitForURL(`**${attendeesUrl}`);
    await page.getByRole('checkbox', { name: CONTACT }).waitFor();
    expect(await page.getByRole('checkbox', { name: CONTACT }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, editUrl('agenda'), 'Agenda and notes');
    const saved = await api('GET', `/api/meetings/${meetingIdIn(page)}`);
    expect(saved).toMatchObject({ title: 'Typed before the session ended', purpose: 'Not to be lost', classification: 'OFFICIAL_SENSITIVE', attendees: [expect.objectContaining({ organisationId: seed.organisationId })] });
    expect(unexpected(problems)).toEqual([]);
  });

  it('then the private office agrees it, closes its action with a note, and finds it by search; a viewer never sees a sensitive meeting', async () => {
    expect(submittedMeetingId).not.toBe('');
    const reviewer = await browser.open(`/meetings/${submittedMeetingId}`);
    await signInThroughPage(reviewer.page, REVIEWER, PASSWORD);
    await reviewer.page.getByRole('button', { name: 'Agree' }).click();
    await reviewer.page.getByText('has been agreed').waitFor();
    expect(await axeViolations(reviewer.page)).toBe('');

    const meeting = await api('GET', `/api/meetings/${submittedMeetingId}`);
    expect(meeting['status']).toBe('agreed');
    const actionId = (meeting['actions'] as { id: string }[])[0].id;
    await reviewer.page.goto(`/actions/${actionId}`);
    const statusForm = reviewer.page.getByTestId('status-form');
    await statusForm.getByLabel('Done').check();
    await statusForm.getByLabel('Completion note').fill('Funding model shared with the forum on 3 September.');
    await reviewer.page.getByRole('button', { name: 'Change status' }).click();
    await reviewer.page.getByTestId('action-tags').filter({ hasText: 'Done' }).waitFor();
    expect(await api('GET', `/api/actions/${actionId}`)).toMatchObject({ status: 'done', completionNote: 'Funding model shared with the forum on 3 September.' });

    await reviewer.page.goto('/search');
    await reviewer.page.getByLabel('Search organisations, meetings, positions and actions').fill('"just paper"');
    await reviewer.page.getByRole('button', { name: 'Search', exact: true }).click();
    const hit = reviewer.page.locator('main li').filter({ hasText: ORGANISATION }).first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/paper/i);
    expect(await axeViolations(reviewer.page)).toBe('');
    expect(unexpected(reviewer.problems)).toEqual([]);

    const sensitive = await api('POST', '/api/meetings', {
      title: 'Sensitive bilateral: a named family',
      type: 'bilateral',
      startsAt: '2025-07-01T09:00:00Z',
      classification: 'OFFICIAL_SENSITIVE',
      attendees: [{ organisationId: seed.organisationId, contactIds: [], attendance: 'attended' }],
    });
    const viewer = await browser.open('/meetings');
    await signInThroughPage(viewer.page, VIEWER, PASSWORD);
    await viewer.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await viewer.page.locator('main table, main .govuk-body').first().waitFor();
    expect(await viewer.page.locator('main').textContent()).not.toContain('Sensitive bilateral');
    await viewer.page.goto(`/meetings/${String(sensitive['id'])}`);
    await viewer.page.getByRole('heading', { level: 1, name: 'Meeting not found' }).waitFor();
    expect(await viewer.page.locator('main').textContent()).not.toContain('named family');
    expect(await axeViolations(viewer.page)).toBe('');
  });
});
