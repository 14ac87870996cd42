import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { TooManyRequests } from '../common/errors';
import { sql } from '../common/sql';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Per account: enough for honest typos, too few for guessing. Per address: an office shares one address. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Counts failed sign-ins in PostgreSQL, so every instance sees the same count. */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const rows = await sql<{ key: string; n: number; oldest: Date }>(
      this.db,
      `SELECT key, count(*)::int AS n, min(failed_at) AS oldest FROM sign_in_failures
        WHERE key = ANY($1) AND failed_at > $2 GROUP BY key`,
      [[accountKey(email), addressKey(address)], since],
    );
    for (const row of rows) {
      const limit = row.key === accountKey(email) ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
      if (row.n >= limit) {
        const retryAfter = Math.max(1, Math.ceil((row.oldest.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
        throw new TooManyRequests('Too many failed sign-in attempts. Wait and try again.', retryAfter);
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    await this.db.query(`INSERT INTO sign_in_failures (key, failed_at) VALUES ($1, $3), ($2, $3)`, [accountKey(email), addressKey(address), now]);
    // Old rows are worthless: keep the table small as it goes.
    await this.db.query(`DELETE FROM sign_in_failures WHERE failed_at < $1`, [new Date(now.getTime() - 2 * THROTTLE_WINDOW_MS)]);
  }

  async clearAccount(email: string): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE key = $1`, [accountKey(email)]);
  }
}

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;
