import { DataSource } from 'typeorm';
import { ManualClock, systemClock } from '../common/clock';
import { createDataSource } from '../database/data-source';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';
import { JobScheduler, type JobLog } from './job-scheduler';
import { slotOf, type Job } from './job';

const quiet: JobLog = { info: () => undefined, error: () => undefined };

interface RunRow {
  job: string;
  slot: Date;
  instance: string;
  outcome: string;
  detail: Record<string, unknown>;
  finished_at: Date | null;
}

describe('job scheduler on real PostgreSQL', () => {
  let db: TestDatabase;
  let first: DataSource;
  let second: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    first = await createDataSource(db.url, 3).initialize();
    second = await createDataSource(db.url, 3).initialize();
  });
  afterAll(async () => {
    await first.destroy();
    await second.destroy();
    await db.drop();
  });

  const runsOf = (job: string) => first.query<RunRow[]>(`SELECT * FROM job_runs WHERE job = $1 ORDER BY slot`, [job]);

  /** A job that counts its runs and takes a little while, so two instances really overlap. */
  function countingJob(name: string, everyMs: number, counter: { n: number }): Job {
    return {
      name,
      everyMs,
      run: async () => {
        counter.n += 1;
        await new Promise((r) => setTimeout(r, 30));
        return { run: counter.n };
      },
    };
  }

  it('runs a job once per slot when two schedulers on one database tick together', async () => {
    const clock = new ManualClock(new Date('2026-12-01T10:00:00Z'));
    const counter = { n: 0 };
    const a = new JobScheduler(first, clock, quiet, 'instance-a');
    const b = new JobScheduler(second, clock, quiet, 'instance-b');
    a.register(countingJob('count-together', 60_000, counter));
    b.register(countingJob('count-together', 60_000, counter));
    for (let slot = 0; slot < 5; slot++) {
      const results = await Promise.all([a.tick('count-together'), b.tick('count-together'), a.tick('count-together')]);
      expect(results.filter((r) => r.ran)).toHaveLength(1);
      // Ticking again within the same slot runs nothing.
      expect((await b.tick('count-together')).ran).toBe(false);
      clock.advance(60_000);
    }
    expect(counter.n).toBe(5);
    const runs = await runsOf('count-together');
    expect(runs.map((r) => r.slot.toISOString())).toEqual([0, 1, 2, 3, 4].map((i) => new Date(Date.parse('2026-12-01T10:00:00Z') + i * 60_000).toISOString()));
    expect(runs.every((r) => r.outcome === 'succeeded' && r.finished_at !== null && ['instance-a', 'instance-b'].includes(r.instance))).toBe(true);
    expect(runs.map((r) => r.detail['run'])).toEqual([1, 2, 3, 4, 5]);
  });

  it('records a failed run with its error, and runs the next slot as usual', async () => {
    const clock = new ManualClock(new Date('2026-12-01T11:00:00Z'));
    let fail = true;
    const scheduler = new JobScheduler(first, clock, quiet, 'instance-f');
    scheduler.register({
      name: 'sometimes-fails',
      everyMs: 60_000,
      run: async () => {
        if (fail) throw new Error('the mail server said no');
        return { sent: 1 };
      },
    });
    expect(await scheduler.tick('sometimes-fails')).toMatchObject({ ran: true, outcome: 'failed', detail: { error: 'the mail server said no' } });
    fail = false;
    // The failed slot is not retried: once per slot means once, whatever the outcome.
    expect((await scheduler.tick('sometimes-fails')).ran).toBe(false);
    clock.advance(60_000);
    expect(await scheduler.tick('sometimes-fails')).toMatchObject({ ran: true, outcome: 'succeeded', detail: { sent: 1 } });
    expect((await runsOf('sometimes-fails')).map((r) => [r.outcome, r.detail])).toEqual([
      ['failed', { error: 'the mail server said no' }],
      ['succeeded', { sent: 1 }],
    ]);
  });

  it('on its own timers, two schedulers with a one-second slot run each slot once and nothing after stop()', async () => {
    const counter = { n: 0 };
    const a = new JobScheduler(first, systemClock, quiet, 'timer-a');
    const b = new JobScheduler(second, systemClock, quiet, 'timer-b');
    a.register(countingJob('every-second', 1_000, counter));
    b.register(countingJob('every-second', 1_000, counter));
    const startedAt = new Date();
    a.start();
    b.start();
    await new Promise((r) => setTimeout(r, 3_500));
    await Promise.all([a.stop(), b.stop()]);
    const runs = await runsOf('every-second');
    // Nothing runs at start-up; each boundary after it runs once: three (or four, on a slow machine, never more per slot).
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(runs.map((r) => r.slot.getTime())).size).toBe(runs.length);
    expect(runs.every((r) => r.slot.getTime() > slotOf(startedAt, 1_000).getTime())).toBe(true);
    expect(runs.every((r) => r.outcome === 'succeeded')).toBe(true);
    expect(counter.n).toBe(runs.length);
    const settled = counter.n;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(counter.n).toBe(settled);
  });

  it('stop() waits for a run in flight, so the pool is not closed under it', async () => {
    const clock = new ManualClock(new Date('2026-12-01T12:00:00Z'));
    const scheduler = new JobScheduler(first, clock, quiet, 'instance-s');
    let finished = false;
    scheduler.register({
      name: 'slow',
      everyMs: 60_000,
      run: async () => {
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
        return {};
      },
    });
    const run = scheduler.tick('slow');
    await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();
    expect(finished).toBe(true);
    expect(await run).toMatchObject({ ran: true, outcome: 'succeeded' });
    expect((await runsOf('slow'))[0]?.finished_at).not.toBeNull();
  });

  it('refuses two jobs of one name and slots shorter than a second', () => {
    const scheduler = new JobScheduler(first, systemClock, quiet);
    scheduler.register({ name: 'once', everyMs: 1_000, run: async () => ({}) });
    expect(() => scheduler.register({ name: 'once', everyMs: 1_000, run: async () => ({}) })).toThrow('already registered');
    expect(() => scheduler.register({ name: 'too-often', everyMs: 10, run: async () => ({}) })).toThrow('at most once a second');
  });
});
