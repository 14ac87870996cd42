import { Client } from 'pg';

const CHANNEL = 'session_changes';
const RETRY_MS = 1000;
/** A listener that cannot answer this fast is treated as not hearing: the request asks the database instead. */
const HEARD_TIMEOUT_MS = 1000;

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
  private inFlight: Promise<boolean> | undefined;
  private queued: Promise<boolean> | undefined;

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

  /**
   * True once every change committed before the call has been heard. A notification reaches this process some time
   * after the commit; a busy instance could otherwise trust, for a moment, a session just ended elsewhere. PostgreSQL
   * hands a listening connection the notifications it has been signalled before it answers a query, so one round
   * trip begun after the call is the proof. Callers that arrive while one is in flight share the next, so a burst
   * costs one round trip on this connection, not a pool connection each. False when not listening or too slow.
   */
  heardUpToNow(): Promise<boolean> {
    if (!this.inFlight) return this.roundTrip();
    this.queued ??= this.inFlight.then(() => {
      this.queued = undefined;
      return this.roundTrip();
    });
    return this.queued;
  }

  private roundTrip(): Promise<boolean> {
    const client = this.client;
    let timer: NodeJS.Timeout | undefined;
    const trip = client
      ? Promise.race([
          client.query('SELECT 1').then(() => this.client === client, () => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), HEARD_TIMEOUT_MS))),
        ])
      : Promise.resolve(false);
    this.inFlight = trip;
    void trip.then(() => {
      clearTimeout(timer);
      if (this.inFlight === trip) this.inFlight = undefined;
    });
    return trip;
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
