import { createTransport, type Transporter } from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';
import type { EmailConfig } from '../config/email-config';

/** One email: plain text with no record text in it (email-wording.ts builds every one). */
export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
  /** The notice's id: Notify keeps it as the reference, SMTP as a header, so a delivery can be traced back. */
  reference: string;
}

export interface EmailTransport {
  readonly name: 'notify' | 'smtp';
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/** A failed send, with only what is safe to keep: the status and the service's own words, never the message. */
export class EmailRejected extends Error {
  override name = 'EmailRejected';
}

/** GOV.UK Notify: one template whose subject is ((subject)) and whose body is ((body)). */
class NotifyTransport implements EmailTransport {
  readonly name = 'notify';
  private readonly client: NotifyClient;
  constructor(private readonly config: Extract<EmailConfig, { transport: 'notify' }>) {
    this.client = new NotifyClient(config.baseUrl, config.apiKey);
  }

  async send(message: EmailMessage): Promise<void> {
    try {
      await this.client.sendEmail(this.config.templateId, message.to, { personalisation: { subject: message.subject, body: message.body }, reference: message.reference });
    } catch (error) {
      throw new EmailRejected(notifyError(error));
    }
  }

  close(): void {
    // Notify is plain HTTPS: nothing held open.
  }
}

/** Notify answers `{ status_code, errors: [{ error, message }] }`; anything else is a network failure. */
function notifyError(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: { errors?: { error?: string; message?: string }[] } } }).response;
  if (response?.status) {
    const detail = (response.data?.errors ?? []).map((e) => `${e.error ?? ''}: ${e.message ?? ''}`).join('; ');
    return `GOV.UK Notify answered ${response.status}${detail ? ` (${detail})` : ''}`.slice(0, 1000);
  }
  return `GOV.UK Notify could not be reached: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000);
}

class SmtpTransport implements EmailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;
  constructor(private readonly config: Extract<EmailConfig, { transport: 'smtp' }>) {
    this.transporter = createTransport(config.url, { from: config.from });
  }

  async send(message: EmailMessage): Promise<void> {
    try {
      await this.transporter.sendMail({ to: message.to, subject: message.subject, text: message.body, headers: { 'X-Notice-Reference': message.reference } });
    } catch (error) {
      throw new EmailRejected(`The mail server refused the message: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000));
    }
  }

  close(): void {
    this.transporter.close();
  }
}

/** The configured transport, or undefined when email is off. */
export function emailTransport(config: EmailConfig): EmailTransport | undefined {
  if (config.transport === 'notify') return new NotifyTransport(config);
  if (config.transport === 'smtp') return new SmtpTransport(config);
  return undefined;
}
