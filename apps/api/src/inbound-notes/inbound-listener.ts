import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { InboundConfig } from '../config/email-config';
import type { InboundStore } from './inbound-store';
import { domainsIn } from './organisation-match';

export interface InboundLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** The most attachments one message may carry. */
export const MAX_ATTACHMENTS = 20;

class Refused extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * An SMTP listener for notes forwarded to the tracker's one address. It takes mail only from the address of an active
 * user, to that address, with a From header matching the sender, within the size limits; every other message is
 * refused during the SMTP conversation (so the sending server reports it) and recorded with its reason. The sender's
 * identity is the envelope and From address: run it behind the department's mail gateway, which checks SPF, DKIM and
 * DMARC and relays only what passes.
 */
export class InboundListener {
  private readonly server: SMTPServer;

  constructor(
    private readonly config: InboundConfig,
    private readonly store: InboundStore,
    private readonly log: InboundLog,
  ) {
    this.server = new SMTPServer({
      name: 'send-tracker',
      size: config.maxMessageBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onMailFrom: (address, session, callback) => {
        void this.senderCheck(address.address, session).then(() => callback(), callback);
      },
      onRcptTo: (address, session, callback) => {
        if (address.address.toLowerCase() === config.address) return callback();
        void this.refuse(session, address.address, 550, `no mailbox ${address.address} here: notes go to ${config.address}`).then(callback, callback);
      },
      onData: (stream, session, callback) => {
        void this.receive(stream, session).then(() => callback(), callback);
      },
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.port, this.config.host, () => resolve());
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async senderCheck(address: string, session: SMTPServerSession): Promise<void> {
    if (!(await this.store.activeUser(address))) throw await this.refuse(session, this.config.address, 550, `${address} is not a user of the tracker`, address);
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : '';
    const parsed = await simpleParser(stream, { skipHtmlToText: false, skipTextLinks: true });
    if (stream.sizeExceeded) throw await this.refuse(session, this.config.address, 552, `the message is larger than ${this.config.maxMessageBytes} bytes`);
    const from = parsed.from?.value[0]?.address?.toLowerCase();
    if (from !== sender) throw await this.refuse(session, this.config.address, 550, `the From header (${from ?? 'none'}) is not the sender ${sender}`);
    const userId = await this.store.activeUser(sender);
    if (!userId) throw await this.refuse(session, this.config.address, 550, `${sender} is not a user of the tracker`);
    if (parsed.attachments.length > MAX_ATTACHMENTS) throw await this.refuse(session, this.config.address, 552, `more than ${MAX_ATTACHMENTS} attachments`);
    const tooLarge = parsed.attachments.find((a) => a.size > this.config.maxAttachmentBytes);
    if (tooLarge) throw await this.refuse(session, this.config.address, 552, `the attachment ${tooLarge.filename ?? '(unnamed)'} is larger than ${this.config.maxAttachmentBytes} bytes`);
    const body = parsed.text ?? '';
    const headerAddresses = [parsed.replyTo, ...(Array.isArray(parsed.cc) ? parsed.cc : [parsed.cc])].flatMap((a) => a?.value.map((v) => v.address ?? '') ?? []);
    const id = await this.store.save({
      senderUserId: userId,
      subject: parsed.subject ?? '',
      body,
      domains: domainsIn([body, headerAddresses.join(' ')], [domainOf(sender), domainOf(this.config.address)]),
      attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType, content: a.content })),
    });
    this.log.info({ noteId: id, sender, attachments: parsed.attachments.length }, 'Inbound note stored as a draft');
  }

  /** Records the refusal and returns the error that makes the SMTP server answer with `code`. */
  private async refuse(session: SMTPServerSession, to: string, code: number, reason: string, fromAddress?: string): Promise<Refused> {
    const from = fromAddress ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : '');
    await this.store.refuse({ remoteAddress: session.remoteAddress ?? '', fromAddress: from, toAddress: to, reason });
    this.log.warn({ from, to, reason, remoteAddress: session.remoteAddress }, 'Inbound email refused');
    return new Refused(code, `Refused: ${reason}`);
  }
}
