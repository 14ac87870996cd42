import { axeViolations, expectText, useBrowser } from './support/browser';
import { api, signedIn } from './support/page-api';
import { BASE_URL_VAR } from './support/run-env';
import { startServer, type RunningServer } from './support/server';
import { SmtpInbox } from './support/smtp-inbox';

const OWNER = { email: 'olu.owner@example.test', name: 'Olu Owner', password: 'seven violet kites rising' };
/** The loopback mail server refuses this address, so its email fails. */
const UNREACHABLE = { email: 'una.unreachable@example.test', name: 'Una Unreachable', password: 'four amber gates closing' };
const TITLE = 'Tribunal settlement briefing for the Minister';

interface Notice {
  id: string;
  kind: string;
  delivery: string;
  userEmail: string;
}

/** Notices and email: an assigned action emailed through a real SMTP server, the notifications page, email choices, failures for admins. */
describe('notifications', () => {
  const inbox = new SmtpInbox();
  let server: RunningServer | undefined;
  let shared: string | undefined;
  beforeAll(async () => {
    const smtpUrl = await inbox.start();
    shared = process.env[BASE_URL_VAR];
    // Delivery every second; one attempt, so a refused email shows as failed at once.
    server = await startServer({ EMAIL_TRANSPORT: 'smtp', SMTP_URL: smtpUrl, NOTIFICATIONS_DELIVERY_INTERVAL_MS: '1000', NOTIFICATIONS_MAX_ATTEMPTS: '1' });
    process.env[BASE_URL_VAR] = server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    process.env[BASE_URL_VAR] = shared;
    await server?.stop();
    await inbox.stop();
  }, 60_000);
  const browser = useBrowser();

  it('emails an assigned action with only a link, lists it on the notifications page, and lets the owner turn such emails off', async () => {
    const admin = await signedIn(browser);
    const owner = await api<{ id: string }>(admin.page, 'POST', '/api/users', { ...OWNER, role: 'recorder' });
    await api(admin.page, 'POST', '/api/users', { ...UNREACHABLE, role: 'recorder' });
    inbox.refuseFor(UNREACHABLE.email);
    const action = await api<{ id: string; reference: string }>(admin.page, 'POST', '/api/actions', { title: TITLE, description: 'In confidence', ownerUserId: owner.id, classification: 'OFFICIAL_SENSITIVE' });

    const [mail] = await inbox.waitFor(OWNER.email);
    expect(mail?.text).toContain('Subject: An action needs your attention');
    const link = `${process.env[BASE_URL_VAR]}/actions/${action.id}`;
    expect(mail?.text).toContain(link);
    for (const secret of ['Tribunal', 'confidence', 'SENSITIVE', action.reference]) expect(mail?.text).not.toContain(secret);

    const { page, problems } = await signedIn(browser, OWNER.email, OWNER.password, '/');
    await expectText(page.getByTestId('needs-me'), /Needs me\s*1/);
    await page.getByTestId('needs-me').click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const row = page.getByTestId('notifications').locator('tbody tr').first();
    await expectText(row, /New\s+An action was assigned to you/);
    await expectText(row, /Emailed/);
    expect(await axeViolations(page)).toBe('');

    // The link opens the action and marks the notice read.
    await row.getByRole('link', { name: 'Open the action' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.goto('/notifications');
    await expectText(page.getByTestId('notifications').locator('tbody tr').first(), /^\s*An action was assigned to you/);
    await expectText(page.getByTestId('needs-me'), /Needs me\s*0/);

    await page.getByRole('link', { name: 'Choose which emails you get' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose which emails you get' }).waitFor();
    const assigned = page.getByRole('group', { name: 'When an action is assigned to me' });
    expect(await assigned.getByRole('radio', { name: 'Email me straight away' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'What is due' }).getByRole('radio').count()).toBe(2);
    expect(await axeViolations(page)).toBe('');
    await assigned.getByRole('radio', { name: 'Do not tell me' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.getByTestId('saved').filter({ hasText: 'Your email choices have been saved' }).waitFor();
    expect(await axeViolations(page)).toBe('');
    const saved = await api<{ preferences: { kind: string; mode: string }[] }>(page, 'GET', '/api/notifications/preferences');
    expect(saved.preferences.find((p) => p.kind === 'action_assigned')?.mode).toBe('off');

    // The owner hands an action to a colleague whose mailbox refuses it: that failure is for admins to see.
    await api(page, 'POST', '/api/actions', { title: 'Hand-over', ownerUserId: (await api<{ items: { id: string; email: string }[] }>(page, 'GET', `/api/users?q=una`)).items.find((u) => u.email === UNREACHABLE.email)?.id });
    expect(problems).toEqual([]);
  });

  it('shows admins the emails that failed, and sends nothing to a user who turned that kind off', async () => {
    const { page, problems } = await signedIn(browser, undefined, undefined, '/notifications/deliveries');
    await page.getByRole('heading', { level: 1, name: 'Email deliveries' }).waitFor();
    const failed = page.getByTestId('deliveries').locator('tbody tr').filter({ hasText: UNREACHABLE.email });
    await expectText(failed, /Email failed/);
    await expectText(failed.getByTestId('last-error'), /550/);
    expect(await axeViolations(page)).toBe('');

    const owner = (await api<{ items: { id: string; email: string }[] }>(page, 'GET', '/api/users?q=olu')).items.find((u) => u.email === OWNER.email);
    const before = (await api<{ items: Notice[] }>(page, 'GET', '/api/notifications/deliveries?pageSize=100')).items.filter((n) => n.userEmail === OWNER.email);
    await api(page, 'POST', '/api/actions', { title: 'Quietly assigned', ownerUserId: owner?.id });
    await new Promise((r) => setTimeout(r, 2_500));
    const after = (await api<{ items: Notice[] }>(page, 'GET', '/api/notifications/deliveries?pageSize=100')).items.filter((n) => n.userEmail === OWNER.email);
    expect(after).toHaveLength(before.length);
    expect(await inbox.waitFor(OWNER.email)).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
