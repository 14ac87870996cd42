import type { EmailTransportName } from '@send/contracts';
import type { EnvReader } from './app-config';

/** Email out. Unset (`off`): notices are recorded and shown in the dashboard, and none is emailed. */
export type EmailConfig =
  | { transport: 'off' }
  | { transport: 'notify'; apiKey: string; templateId: string; baseUrl: string }
  | { transport: 'smtp'; url: string; from: string };

export interface NotificationsConfig {
  email: EmailConfig;
  /** The dashboard's address as users reach it: the only thing an email links to. */
  publicUrl: string;
  /** How often pending emails are sent. */
  deliveryIntervalMs: number;
  /** The first retry waits this long; each further one twice as long as the last. */
  retryBaseMs: number;
  /** Attempts before a notice's email is given up as failed (admins see it). */
  maxAttempts: number;
  /** Email in: an SMTP listener for forwarded notes; undefined when INBOUND_SMTP_PORT is unset. */
  inbound: InboundConfig | undefined;
}

export interface InboundConfig {
  port: number;
  host: string;
  /** The one address accepted, e.g. notes@send-tracker.education.gov.uk. */
  address: string;
  /** Larger messages are refused while they arrive. */
  maxMessageBytes: number;
  /** A message with any larger attachment is refused whole. */
  maxAttachmentBytes: number;
}

const TRANSPORTS: readonly EmailTransportName[] = ['off', 'notify', 'smtp'];
/** GOV.UK Notify keys end `-<service id>-<secret>`, both uuids. */
const NOTIFY_KEY = /-[0-9a-f-]{36}-[0-9a-f-]{36}$/;

function httpUrl(read: EnvReader, name: string, fallback: string): string {
  const value = read.raw(name) ?? fallback;
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  read.problems.push(`${name} must be an http(s) URL (got "${value}")`);
  return fallback;
}

function email(read: EnvReader): EmailConfig {
  const transport = read.oneOf('EMAIL_TRANSPORT', TRANSPORTS, 'off');
  if (transport === 'notify') {
    const apiKey = read.raw('NOTIFY_API_KEY');
    const templateId = read.raw('NOTIFY_TEMPLATE_ID');
    if (!apiKey || !NOTIFY_KEY.test(apiKey)) read.problems.push('NOTIFY_API_KEY must be a GOV.UK Notify API key when EMAIL_TRANSPORT=notify');
    if (!templateId) read.problems.push('NOTIFY_TEMPLATE_ID (a template with ((subject)) and ((body))) is required when EMAIL_TRANSPORT=notify');
    return { transport, apiKey: apiKey ?? '', templateId: templateId ?? '', baseUrl: httpUrl(read, 'NOTIFY_BASE_URL', 'https://api.notifications.service.gov.uk') };
  }
  if (transport === 'smtp') {
    const url = read.raw('SMTP_URL');
    if (!url || !/^smtps?:\/\/[^/]+/.test(url)) read.problems.push('SMTP_URL must be an smtp:// or smtps:// URL when EMAIL_TRANSPORT=smtp');
    return { transport, url: url ?? '', from: read.raw('EMAIL_FROM') ?? 'SEND engagement tracker <no-reply@send-tracker.invalid>' };
  }
  return { transport: 'off' };
}

function inbound(read: EnvReader): InboundConfig | undefined {
  if (read.raw('INBOUND_SMTP_PORT') === undefined) return undefined;
  const address = read.raw('INBOUND_ADDRESS')?.toLowerCase();
  if (!address || !/^[^\s@]+@[^\s@]+$/.test(address)) read.problems.push('INBOUND_ADDRESS must be the email address notes are forwarded to when INBOUND_SMTP_PORT is set');
  return {
    port: read.int('INBOUND_SMTP_PORT', 2525, 0, 65535),
    host: read.raw('INBOUND_SMTP_HOST') ?? '127.0.0.1',
    address: address ?? '',
    maxMessageBytes: read.int('INBOUND_MAX_MESSAGE_BYTES', 15_000_000, 10_000, 100_000_000),
    maxAttachmentBytes: read.int('INBOUND_MAX_ATTACHMENT_BYTES', 5_000_000, 1_000, 50_000_000),
  };
}

export function notificationsConfig(read: EnvReader, port: number, host: string): NotificationsConfig {
  return {
    email: email(read),
    publicUrl: httpUrl(read, 'PUBLIC_URL', `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`),
    deliveryIntervalMs: read.int('NOTIFICATIONS_DELIVERY_INTERVAL_MS', 60_000, 1_000, 3_600_000),
    retryBaseMs: read.int('NOTIFICATIONS_RETRY_BASE_MS', 60_000, 1_000, 86_400_000),
    maxAttempts: read.int('NOTIFICATIONS_MAX_ATTEMPTS', 5, 1, 20),
    inbound: inbound(read),
  };
}
