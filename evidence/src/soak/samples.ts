import { readFileSync } from 'node:fs';
import { Client } from 'pg';

export interface Sample {
  /** Seconds since the soak began. */
  at: number;
  rssMb: number;
  connections: number;
  /** Of which the instance's session listener. */
  listeners: number;
}

/** VmRSS of a process, in MB, from /proc. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * Samples the API's memory and its database connections every `everyMs`. The sampler's own connection is to the
 * server's admin database, so it is not among the product's.
 */
export async function startSampler(adminUrl: string, database: string, pid: number, everyMs: number) {
  const client = new Client({ connectionString: adminUrl, application_name: 'evidence-soak-sampler' });
  await client.connect();
  const samples: Sample[] = [];
  const started = Date.now();
  const take = async () => {
    const { rows } = await client.query<{ n: number; listeners: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE application_name = 'send-tracker-sessions')::int AS listeners FROM pg_stat_activity WHERE datname = $1`,
      [database],
    );
    samples.push({ at: (Date.now() - started) / 1000, rssMb: rssMb(pid), connections: rows[0]?.n ?? 0, listeners: rows[0]?.listeners ?? 0 });
  };
  await take();
  let pending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => (pending = take().catch(() => undefined)), everyMs);
  return {
    samples,
    async stop(): Promise<Sample[]> {
      clearInterval(timer);
      await pending;
      await take();
      await client.end();
      return samples;
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
