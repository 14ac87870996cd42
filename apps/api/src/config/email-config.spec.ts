import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/app', '/srv/app/dist/apps/api');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const KEY = 'tracker-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';

describe('email and notices configuration', () => {
  it('starts with email off and links to the address it listens on when nothing is set', () => {
    expect(loadConfig({ PORT: '4000' }, '/srv/app').notifications).toEqual({ email: { transport: 'off' }, publicUrl: 'http://127.0.0.1:4000', deliveryIntervalMs: 60_000, retryBaseMs: 60_000, maxAttempts: 5, inbound: undefined });
  });

  it('reads GOV.UK Notify and SMTP settings, and PUBLIC_URL without a trailing slash', () => {
    const notify = loadConfig({ EMAIL_TRANSPORT: 'notify', NOTIFY_API_KEY: KEY, NOTIFY_TEMPLATE_ID: 't-1', PUBLIC_URL: 'https://send.example.gov.uk/' }, '/srv/app').notifications;
    expect(notify).toMatchObject({ email: { transport: 'notify', apiKey: KEY, templateId: 't-1', baseUrl: 'https://api.notifications.service.gov.uk' }, publicUrl: 'https://send.example.gov.uk' });
    expect(loadConfig({ EMAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtp://mail.internal:25' }, '/srv/app').notifications.email).toEqual({ transport: 'smtp', url: 'smtp://mail.internal:25', from: expect.stringContaining('<') });
  });

  it('listens for email in only when INBOUND_SMTP_PORT is set, and then needs the address', () => {
    expect(loadConfig({ INBOUND_SMTP_PORT: '2525', INBOUND_ADDRESS: 'Notes@Tracker.example' }, '/srv/app').notifications.inbound).toEqual({
      port: 2525,
      host: '127.0.0.1',
      address: 'notes@tracker.example',
      maxMessageBytes: 15_000_000,
      maxAttachmentBytes: 5_000_000,
    });
    expect(problemsOf({ INBOUND_SMTP_PORT: '2525' })).toEqual(['INBOUND_ADDRESS must be the email address notes are forwarded to when INBOUND_SMTP_PORT is set']);
  });

  it('names every missing or malformed setting', () => {
    expect(problemsOf({ EMAIL_TRANSPORT: 'pigeon' })).toEqual(['EMAIL_TRANSPORT must be one of off, notify, smtp (got "pigeon")']);
    expect(problemsOf({ EMAIL_TRANSPORT: 'notify', NOTIFY_API_KEY: 'secret' })).toEqual([
      'NOTIFY_API_KEY must be a GOV.UK Notify API key when EMAIL_TRANSPORT=notify',
      'NOTIFY_TEMPLATE_ID (a template with ((subject)) and ((body))) is required when EMAIL_TRANSPORT=notify',
    ]);
    expect(problemsOf({ EMAIL_TRANSPORT: 'smtp', SMTP_URL: 'http://mail' })).toEqual(['SMTP_URL must be an smtp:// or smtps:// URL when EMAIL_TRANSPORT=smtp']);
    expect(problemsOf({ PUBLIC_URL: 'ftp://x', NOTIFICATIONS_MAX_ATTEMPTS: '0' })).toEqual(['PUBLIC_URL must be an http(s) URL (got "ftp://x")', 'NOTIFICATIONS_MAX_ATTEMPTS must be a whole number from 1 to 20 (got "0")']);
  });
});
