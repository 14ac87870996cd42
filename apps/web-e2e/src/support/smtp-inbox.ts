import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  to: string[];
  /** Headers and body as received, quoted-printable undone. */
  text: string;
}

/** A real SMTP server on loopback that keeps every message the tracker sends; `refuseFor(address)` makes it say no. */
export class SmtpInbox {
  readonly mails: Mail[] = [];
  private readonly refused = new Set<string>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (this.refused.has(address.address)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  refuseFor(address: string): void {
    this.refused.add(address);
  }

  /** The mails to `address`, once at least `count` have arrived (delivery runs every second). */
  async waitFor(address: string, count = 1, timeoutMs = 15_000): Promise<Mail[]> {
    const started = Date.now();
    for (;;) {
      const mine = this.mails.filter((m) => m.to.includes(address));
      if (mine.length >= count) return mine;
      if (Date.now() - started > timeoutMs) throw new Error(`no mail to ${address} within ${timeoutMs} ms (have ${this.mails.length})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
