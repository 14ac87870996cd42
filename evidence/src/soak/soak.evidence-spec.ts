import { bound, runSetting, ADMIN_URL_VAR } from '../harness/mode';
import { figure, startCheck } from '../harness/record';
import { useProduct } from '../harness/use-product';
import { officeMix } from './mix';
import { median, percentile, startSampler, type Sample } from './samples';

const RATE = 20; // requests per second, steady
const DURATION_MS = bound(30_000, 20 * 60_000);
const BUCKET_S = bound(5, 60);
const SAMPLE_MS = bound(1_000, 5_000);
/** In flight at most: beyond it a tick is skipped (counted), so a slow product is seen as a lower rate, not a pile-up. */
const MAX_IN_FLIGHT = 32;
const POOL_SIZE = 10;

interface Done {
  label: string;
  at: number;
  ms: number;
  status: number;
  ok: boolean;
}

describe('check 8: soak, mixed reads and writes at a steady rate', () => {
  const env = { DATABASE_POOL_SIZE: String(POOL_SIZE) };
  const put = useProduct({ env });

  it('serves every request, with memory and database connections flat', async () => {
    const check = startCheck('soak', 8, 'Soak');
    const { product, database, as } = put.current;
    const pid = product.child.pid as number;
    const mix = officeMix(as);
    // Something to read and edit from the first second: a few organisations and actions.
    for (let i = 0; i < 10; i++) {
      await mix.operations.find((o) => o.label.startsWith('POST /api/organisations'))?.run();
      await mix.operations.find((o) => o.label.startsWith('POST /api/actions ('))?.run();
    }
    expect(mix.organisations.length).toBe(10);
    expect(mix.actions.length).toBe(10);

    const sampler = await startSampler(runSetting(ADMIN_URL_VAR), database.name, pid, SAMPLE_MS);
    const done: Done[] = [];
    const inFlight = new Set<Promise<void>>();
    let skipped = 0;
    let sent = 0;
    const started = Date.now();
    // Ticks on a fixed timetable: tick k is due at started + k/RATE, whatever the answers' speed.
    for (let k = 0; Date.now() - started < DURATION_MS; k++) {
      const due = started + (k * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      const { operation, reply } = mix.next();
      sent++;
      const at = (Date.now() - started) / 1000;
      const request = reply.then(
        (r) => void done.push({ label: operation.label, at, ms: r.ms, status: r.status, ok: r.status === operation.ok }),
        (error: unknown) => void done.push({ label: `${operation.label}: ${String(error)}`, at, ms: NaN, status: 0, ok: false }),
      );
      const tracked = request.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
    const seconds = (Date.now() - started) / 1000;
    const samples = await sampler.stop();

    const errors = done.filter((d) => !d.ok);
    const fiveXx = done.filter((d) => d.status >= 500).length;
    for (const e of errors.slice(0, 10)) process.stderr.write(`soak error: ${e.label} answered ${e.status}\n`);
    const latencies = done.filter((d) => d.ok).map((d) => d.ms);
    const third = (i: number) => samples.filter((s) => s.at >= (i * seconds) / 3 && s.at < ((i + 1) * seconds) / 3 + (i === 2 ? 1 : 0));
    const secondMedian = median(third(1).map((s) => s.rssMb));
    const lastMedian = median(third(2).map((s) => s.rssMb));
    const rssValues = samples.map((s) => s.rssMb);
    const maxConnections = Math.max(...samples.map((s) => s.connections));
    const connectionLimit = POOL_SIZE + 1;
    const growth = (lastMedian - secondMedian) / secondMedian;

    const result = check.finish(
      [
        figure('duration', `${Math.round(seconds)} s`, bound('30 s (fast)', '20 min')),
        figure('requests sent', sent),
        figure('rate achieved', `${(sent / seconds).toFixed(1)} requests/s`, `${RATE} requests/s steady`, sent / seconds >= RATE * 0.95),
        figure('ticks skipped (more than 32 requests in flight)', skipped, '0', skipped === 0),
        figure('errors (not the expected 2xx, or no answer)', errors.length, '0', errors.length === 0),
        figure('5xx answers', fiveXx, '0', fiveXx === 0),
        figure('latency p50 / p99', `${Math.round(percentile(latencies, 50))} ms / ${Math.round(percentile(latencies, 99))} ms`),
        figure('API RSS start / end / max', `${rssValues[0]} / ${rssValues[rssValues.length - 1]} / ${Math.max(...rssValues)} MB`),
        figure('API RSS median, last third vs second third', `${lastMedian} vs ${secondMedian} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`, 'within 15%', Math.abs(growth) <= 0.15),
        figure("database connections of the product's database, max", maxConnections, `≤ ${connectionLimit} (pool ${POOL_SIZE} + session listener)`, maxConnections <= connectionLimit),
      ],
      [
        `${Math.round(seconds)} s at ${RATE} requests/s on a fixed timetable (open loop: a request is due every ${1000 / RATE} ms whatever the answers' speed), as a viewer, recorder and reviewer. ` +
          `Memory is the API process's VmRSS from /proc/<pid>/status and connections are pg_stat_activity rows for the product's database, sampled every ${SAMPLE_MS / 1000} s. ` +
          `Flat means: the last third's median RSS within 15% of the second third's, and connections never above the pool (DATABASE_POOL_SIZE=${POOL_SIZE}) plus the session listener.`,
        operationsTable(done),
        curveTable(done, samples, BUCKET_S),
      ],
    );
    expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
  });
});

function operationsTable(done: Done[]): string {
  const labels = [...new Set(done.map((d) => d.label))].sort();
  const rows = labels.map((label) => {
    const mine = done.filter((d) => d.label === label);
    const ms = mine.filter((d) => d.ok).map((d) => d.ms);
    return `| ${label} | ${mine.length} | ${mine.filter((d) => !d.ok).length} | ${Math.round(percentile(ms, 50))} | ${Math.round(percentile(ms, 99))} |`;
  });
  return ['| request | sent | errors | p50 ms | p99 ms |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function curveTable(done: Done[], samples: Sample[], bucketS: number): string {
  const end = Math.max(...samples.map((s) => s.at));
  const rows: string[] = [];
  for (let from = 0; from < end; from += bucketS) {
    const inBucket = <T extends { at: number }>(items: T[]) => items.filter((i) => i.at >= from && i.at < from + bucketS);
    const answers = inBucket(done);
    const taken = inBucket(samples);
    if (taken.length === 0 && answers.length === 0) continue;
    const ms = answers.filter((d) => d.ok).map((d) => d.ms);
    rows.push(
      `| ${from}–${from + bucketS} s | ${answers.length} | ${answers.filter((d) => !d.ok).length} | ${Math.round(percentile(ms, 50))} | ${Math.round(percentile(ms, 99))} | ${median(taken.map((s) => s.rssMb))} | ${Math.max(...taken.map((s) => s.rssMb))} | ${Math.max(...taken.map((s) => s.connections))} |`,
    );
  }
  return [`| ${bucketS === 60 ? 'minute' : 'interval'} | requests | errors | p50 ms | p99 ms | RSS median MB | RSS max MB | connections max |`, '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
