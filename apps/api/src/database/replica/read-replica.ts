import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock';
import type { ReadSource } from '../../common/sql';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { parseLsn } from './lsn';

/** How long the replica's replayed position is trusted before asking again: lag is checked at most this often. */
export const REPLAY_CHECK_MS = 100;
/** After a failed read the replica is left alone this long, and reads go to the primary. */
export const REPLICA_RETRY_MS = 5_000;

/**
 * The optional read replica (DATABASE_READ_URL). A read goes to it only when it has replayed the caller's own last
 * write (the primary's WAL position when that write committed); otherwise, or while it cannot be reached, to the
 * primary. Writes never come here: the services write through the primary's data source.
 */
@Injectable()
export class ReadReplica implements OnModuleDestroy {
  private readonly log = new Logger(ReadReplica.name);
  private readonly pool: Pool | null;
  private replayed: { lsn: bigint; at: number } | null = null;
  private downUntil = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly primary: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.pool = config.databaseReadUrl ? new Pool({ connectionString: config.databaseReadUrl, max: config.databasePoolSize, application_name: 'send-tracker-reads' }) : null;
    this.pool?.on('error', (error) => this.log.warn(`Read replica connection lost: ${error.message}`));
  }

  get enabled(): boolean {
    return this.pool !== null;
  }

  /** Where to read for a caller whose last write committed at `after` (null: none we know of). */
  async sourceFor(after: bigint | null): Promise<ReadSource> {
    if (!this.pool || this.clock.now().getTime() < this.downUntil) return this.primary;
    return (await this.replayedAtLeast(after ?? 0n)) ? this.pool : this.primary;
  }

  /** The primary's WAL position now: a write that has committed is at or before it. */
  async primaryPosition(): Promise<string> {
    const [{ lsn }] = await this.primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
    return lsn as string;
  }

  /** A read on the replica failed: the primary serves reads for a while. */
  markDown(error: unknown): void {
    this.downUntil = this.clock.now().getTime() + REPLICA_RETRY_MS;
    this.log.warn(`Read replica unavailable, reading from the primary for ${REPLICA_RETRY_MS / 1000} s: ${error instanceof Error ? error.message : String(error)}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }

  /** Asked at most every REPLAY_CHECK_MS, which also notices a replica that has gone away. */
  private async replayedAtLeast(lsn: bigint): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (this.replayed && now - this.replayed.at < REPLAY_CHECK_MS) return this.replayed.lsn >= lsn;
    try {
      const { rows } = await (this.pool as Pool).query<{ lsn: string | null }>(`SELECT pg_last_wal_replay_lsn()::text AS lsn`);
      this.replayed = { lsn: parseLsn(rows[0]?.lsn) ?? 0n, at: now };
      return this.replayed.lsn >= lsn;
    } catch (error) {
      this.markDown(error);
      return false;
    }
  }
}
