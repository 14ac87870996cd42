import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { NOTIFY_API_KEY, NotifyStandIn, type NotifyEmailRequest } from '../testing/notify-stand-in';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn } from '../testing/test-client';
import { deliverDue } from './delivery';
import { loadConfig } from '../config/app-config';
import { emailTransport, type EmailTransport } from './email-transport';
import { transportOf } from './notification.testing';

const TEMPLATE_ID = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

describe('email through GOV.UK Notify (a local stand-in that checks the request)', () => {
  const notify = new NotifyStandIn();
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    baseUrl = await notify.start();
    t = await startTestApp({ EMAIL_TRANSPORT: 'notify', NOTIFY_API_KEY, NOTIFY_TEMPLATE_ID: TEMPLATE_ID, NOTIFY_BASE_URL: baseUrl, PUBLIC_URL: 'https://tracker.example.test', NOTIFICATIONS_DELIVERY_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await t.close();
    await notify.stop();
  });

  // The delivery runs on its own clock, a little ahead, so a retry can be made due without waiting.
  let clock = new ManualClock();
  const deliver = () => deliverDue(t.app.get(DataSource), clock, transportOf(t), t.config.notifications);

  it('sends a signed request of the documented shape, with the notice as reference and no record text', async () => {
    const recorder = await signIn(t, 'recorder');
    const owner = await signIn(t, 'recorder');
    const action = (await recorder.post('/api/actions', { title: 'Tribunal settlement', description: 'In confidence', ownerUserId: owner.user.id, classification: 'OFFICIAL_SENSITIVE' }).expect(201)).body;
    clock = new ManualClock(new Date(Date.now() + 1_000));
    notify.failNext(1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [afterFailure] = (await owner.get('/api/notifications').expect(200)).body.items;
    expect(afterFailure.lastError).toBe('GOV.UK Notify answered 500 (Exception: Internal server error)');
    clock.advance(t.config.notifications.retryBaseMs);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(notify.refused).toEqual([]);
    expect(notify.accepted).toEqual([
      {
        template_id: TEMPLATE_ID,
        email_address: owner.user.email,
        reference: afterFailure.id,
        personalisation: { subject: 'An action needs your attention', body: expect.stringContaining(`https://tracker.example.test/actions/${action.id}`) },
      },
    ]);
    const { body } = (notify.accepted[0] as NotifyEmailRequest).personalisation;
    for (const word of ['Tribunal', 'settlement', 'confidence', 'SENSITIVE', action.reference]) expect(body).not.toContain(word);
    expect((await owner.get('/api/notifications').expect(200)).body.items[0]).toMatchObject({ delivery: 'sent', attempts: 2, lastError: null });
  });

  it('keeps what Notify says when it refuses a key, for admins to see', async () => {
    const wrongKey = `send_tracker_test-26785a09-ab16-4eb0-8407-a37497a57506-00000000-0000-4000-8000-000000000000`;
    const transport = emailTransport(loadConfig({ EMAIL_TRANSPORT: 'notify', NOTIFY_API_KEY: wrongKey, NOTIFY_TEMPLATE_ID: TEMPLATE_ID, NOTIFY_BASE_URL: baseUrl }).notifications.email);
    await expect((transport as EmailTransport).send({ to: 'someone@example.test', subject: 's', body: 'b', reference: 'r' })).rejects.toThrow('GOV.UK Notify answered 403 (AuthError: Invalid token: signature, api token is not valid)');
    expect(notify.refused).toEqual(['Invalid token: signature, api token is not valid']);
  });
});
