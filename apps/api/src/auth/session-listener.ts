import { Client } from 'pg';

const CHANNEL = 'session_changes';
const RETRY_MS = 1000;

export interface SessionListenerEvents {
  /** Listening: changes made anywhere will be heard from now on. */
  up(): void;
  /** Not listening (yet, or any more): changes could be missed. */
  down(): void;
  /** A user's sessions ended or the user changed (payload of the `session_changes` notification). */
  changed(userId: string): void;
}

/**
 * One connection per instance that LISTENs for `session_changes` (sent by triggers on users and sessions at commit).
 * When the connection fails it says so at once, and tries again every second until stopped.
 */
export class SessionListener {
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly events: SessionListenerEvents,
  ) {}

  start(): Promise<void> {
    this.stopped = false;
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    this.events.down();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'send-tracker-sessions' });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.events.down();
      void client.end().catch(() => undefined);
      this.later();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.events.changed(message.payload);
    });
    try {
      this.client = client;
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) await client.end();
      else if (this.client === client) this.events.up();
    } catch {
      lost();
    }
  }

  private later(): void {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RETRY_MS);
    this.retry.unref();
  }
}
