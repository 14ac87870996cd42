import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import { axeViolations, expectText, useBrowser } from './support/browser';
import { api, signedIn } from './support/page-api';
import { BASE_URL_VAR } from './support/run-env';
import { ADMIN_EMAIL, startServer, type RunningServer } from './support/server';

const ADDRESS = 'notes@tracker.example.test';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Email in: a letter forwarded to the tracker's address becomes a draft, filed against a meeting; a stranger's is refused. */
describe('inbox', () => {
  let server: RunningServer | undefined;
  let shared: string | undefined;
  let smtpPort = 0;
  beforeAll(async () => {
    smtpPort = await freePort();
    shared = process.env[BASE_URL_VAR];
    server = await startServer({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ADDRESS: ADDRESS });
    process.env[BASE_URL_VAR] = server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    process.env[BASE_URL_VAR] = shared;
    await server?.stop();
  }, 60_000);
  const browser = useBrowser();

  it('files a forwarded letter against the meeting, and lists a stranger’s email as refused', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/');
    const org = await api<{ id: string }>(page, 'POST', '/api/organisations', { name: 'Harbour Parent Carer Forum', type: 'parent_carer_forum' });
    await api(page, 'POST', '/api/contacts', { organisationId: org.id, name: 'Hana Chair', email: 'hana@harbour-forum.org.uk' });
    const meeting = await api<{ id: string; reference: string }>(page, 'POST', '/api/meetings', {
      title: 'Harbour forum roundtable',
      type: 'roundtable',
      startsAt: '2026-11-30T10:00:00Z',
      attendees: [{ organisationId: org.id, attendance: 'attended' }],
    });
    const mailer = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    await mailer.sendMail({
      from: ADMIN_EMAIL,
      to: ADDRESS,
      subject: 'Fwd: Letter from the Harbour forum',
      text: 'For the roundtable.\n\nFrom: Hana Chair <hana@harbour-forum.org.uk>\nWhat families told us.',
      attachments: [{ filename: 'letter.txt', content: 'The letter itself.' }],
    });
    const refused = await mailer.sendMail({ from: 'stranger@example.org', to: ADDRESS, subject: 'Hello', text: 'x' }).then(
      () => 'accepted',
      (e: { responseCode?: number }) => e.responseCode,
    );
    mailer.close();
    expect(refused).toBe(550);

    await page.getByRole('link', { name: 'Inbox' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    const row = page.getByTestId('inbox').locator('tbody tr').first();
    await expectText(row, /Fwd: Letter from the Harbour forum.*Harbour Parent Carer Forum/s);
    expect(await axeViolations(page)).toBe('');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Fwd: Letter from the Harbour forum' }).waitFor();
    await expectText(page.getByTestId('note-body'), /What families told us\./);
    await page.getByRole('link', { name: 'letter.txt' }).waitFor();
    await page.getByRole('radio', { name: `${meeting.reference}: Harbour forum roundtable` }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('button', { name: 'File note' }).click();
    await page.locator('.govuk-error-summary').filter({ hasText: 'Select the meeting or position to file it against' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByRole('radio', { name: `${meeting.reference}: Harbour forum roundtable` }).check();
    await page.getByRole('button', { name: 'File note' }).click();
    await page.getByTestId('empty').filter({ hasText: 'Nothing here.' }).waitFor();
    await page.getByRole('link', { name: 'Filed' }).click();
    await expectText(page.getByTestId('inbox').locator('tbody tr').first(), /Fwd: Letter from the Harbour forum/);

    await page.getByRole('link', { name: 'See the emails that were refused' }).click();
    await page.getByRole('heading', { level: 1, name: 'Refused emails' }).waitFor();
    await expectText(page.getByTestId('refusals').locator('tbody tr').first(), /stranger@example\.org.*not a user of the tracker/s);
    expect(await axeViolations(page)).toBe('');
    expect(problems).toEqual([]);
  });
});
