import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { sql } from '../common/sql';
import { slotOf, type Job, type TickResult } from './job';

export interface JobLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Which process claimed a run: host, process id and a random suffix (a restarted process is another instance). */
export function instanceName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
}

/**
 * Runs named jobs on every instance; each job runs once per slot across all of them. At each slot boundary every
 * instance tries to insert (job, slot) into job_runs: the one whose insert lands runs the job and records how it
 * ended, the others find the row there and do nothing. Nothing runs at start-up: a run waits for the next boundary,
 * so restarts never repeat a slot. A run still going when its next slot comes is not started twice by the same
 * instance; jobs must tolerate another instance running the next slot alongside (purges do).
 */
export class JobScheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<TickResult>>();
  private started = false;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly log: JobLog,
    readonly instance = instanceName(),
  ) {}

  register(job: Job): void {
    if (this.jobs.has(job.name)) throw new Error(`a job named ${job.name} is already registered`);
    if (!(job.everyMs >= 1000)) throw new Error(`job ${job.name} must run at most once a second (everyMs ${job.everyMs})`);
    this.jobs.set(job.name, job);
    if (this.started) this.schedule(job);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const job of this.jobs.values()) this.schedule(job);
  }

  /** Stops scheduling and waits for runs in flight, so the pool is not closed under them. */
  async stop(): Promise<void> {
    this.started = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled(this.running.values());
  }

  /** Claims the current slot of `name` and runs it if the claim landed; tests call it directly. */
  tick(name: string): Promise<TickResult> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no job named ${name}`);
    const slot = slotOf(this.clock.now(), job.everyMs);
    const inFlight = this.running.get(name);
    if (inFlight) return Promise.resolve({ ran: false, slot });
    const run = this.claimAndRun(job, slot).finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  private schedule(job: Job): void {
    const now = this.clock.now().getTime();
    const next = slotOf(new Date(now), job.everyMs).getTime() + job.everyMs;
    const timer = setTimeout(() => {
      if (!this.started) return;
      // The next wake-up is set before this run, so a slow run never shifts the schedule.
      this.schedule(job);
      void this.tick(job.name).catch((error: unknown) => this.log.error({ job: job.name, err: error }, 'Scheduled job could not be claimed or recorded'));
    }, next - now);
    // The HTTP server keeps the process alive; a pending job alone must not.
    timer.unref();
    this.timers.set(job.name, timer);
  }

  private async claimAndRun(job: Job, slot: Date): Promise<TickResult> {
    const claimed = await sql(
      this.db,
      `INSERT INTO job_runs (job, slot, instance, started_at) VALUES ($1, $2, $3, $4) ON CONFLICT (job, slot) DO NOTHING RETURNING job`,
      [job.name, slot, this.instance, this.clock.now()],
    );
    if (claimed.length === 0) return { ran: false, slot };
    const started = Date.now();
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let detail: Record<string, unknown>;
    try {
      detail = await job.run(slot);
    } catch (error) {
      outcome = 'failed';
      detail = { error: error instanceof Error ? error.message : String(error) };
    }
    const ms = Date.now() - started;
    await this.db.query(`UPDATE job_runs SET finished_at = $3, outcome = $4, detail = $5 WHERE job = $1 AND slot = $2`, [job.name, slot, this.clock.now(), outcome, JSON.stringify(detail)]);
    const fields = { job: job.name, slot: slot.toISOString(), instance: this.instance, ms, ...detail };
    if (outcome === 'succeeded') this.log.info(fields, 'Scheduled job ran');
    else this.log.error(fields, 'Scheduled job failed');
    return { ran: true, slot, outcome, detail };
  }
}
