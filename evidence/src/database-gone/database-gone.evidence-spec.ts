import { startCluster, type Cluster } from '../harness/cluster';
import { freshDatabase, type FreshDatabase } from '../harness/database';
import { bound } from '../harness/mode';
import { startProduct, type Product } from '../harness/product';
import { figure, startCheck } from '../harness/record';
import { usersByRole, type Reply, type Session } from '../harness/sessions';

const LIMIT_MS = 5_000;

/** What a user does while the database is away: reads, a search, a change. */
const readActions = (s: Session) => s.request('GET', '/api/actions?pageSize=5', { timeoutMs: 15_000 });
const probes: { label: string; run: (s: Session) => Promise<Reply> }[] = [
  { label: 'GET /api/actions', run: readActions },
  { label: 'GET /api/search', run: (s) => s.request('GET', '/api/search?q=advocacy', { timeoutMs: 15_000 }) },
  { label: 'POST /api/organisations', run: (s) => s.request('POST', '/api/organisations', { body: { name: `Org during outage ${Date.now()}`, type: 'charity' }, timeoutMs: 15_000 }) },
];

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Number.POSITIVE_INFINITY;
}

const healthIs = (product: Product, status: number) => () =>
  fetch(`${product.baseUrl}/api/health`, { signal: AbortSignal.timeout(LIMIT_MS) }).then((r) => r.status === status, () => false);

describe('check 5: the database goes away under a running API', () => {
  let cluster: Cluster;
  let database: FreshDatabase;
  let product: Product;
  let recorder: Session;

  beforeAll(async () => {
    // A cluster of this check's own: stopping the run's server would stop every other check's database.
    cluster = await startCluster('evidence-gone');
    database = await freshDatabase(cluster.adminUrl);
    product = await startProduct({ databaseUrl: database.url });
    recorder = (await usersByRole(product.baseUrl, database.url)).recorder;
  }, 180_000);
  afterAll(async () => {
    await product?.stop();
    await cluster?.remove();
  }, 60_000);

  it('answers 503 fast while PostgreSQL is down and serves again when it is back, with no restart', async () => {
    const check = startCheck('database-gone', 5, 'Database gone');
    const outages = bound(1, 3);
    const pid = product.child.pid;
    const rows: string[] = ['| outage | health 503 after | slowest refused request | refused requests | health 200 again after | first request served after |', '| --- | --- | --- | --- | --- | --- |'];
    let worstHealthMs = 0;
    let worstRequestMs = 0;
    let worstRecoveryMs = 0;
    let badRefusals = 0;
    let refused = 0;
    for (let outage = 1; outage <= outages; outage++) {
      expect((await readActions(recorder)).status).toBe(200);
      await cluster.stop();
      const healthMs = await until(healthIs(product, 503), LIMIT_MS + 1_000);
      let slowest = 0;
      for (let round = 0; round < 3; round++) {
        for (const probe of probes) {
          const reply = await probe.run(recorder).catch((error: unknown) => ({ status: 0, headers: new Headers(), text: String(error), json: undefined, ms: 15_000 }));
          refused++;
          slowest = Math.max(slowest, reply.ms);
          const isProblem = reply.headers.get('content-type')?.includes('application/problem+json');
          if (reply.status !== 503 || !isProblem) {
            badRefusals++;
            process.stderr.write(`${probe.label} while down: ${reply.status} ${reply.text.slice(0, 300)}\n`);
          }
        }
      }
      await cluster.start();
      const recoveryMs = await until(healthIs(product, 200), 30_000);
      const servedMs = await until(async () => (await readActions(recorder)).status === 200, 30_000);
      rows.push(`| ${outage} | ${healthMs} ms | ${Math.round(slowest)} ms | ${probes.length * 3} | ${recoveryMs} ms | ${servedMs} ms |`);
      worstHealthMs = Math.max(worstHealthMs, healthMs);
      worstRequestMs = Math.max(worstRequestMs, slowest);
      worstRecoveryMs = Math.max(worstRecoveryMs, recoveryMs, servedMs);
    }
    const written = await recorder.request('POST', '/api/organisations', { body: { name: `Org after outage ${Date.now()}`, type: 'charity' } });
    const samePid = product.child.pid === pid && product.child.exitCode === null;
    const result = check.finish(
      [
        figure('outages (PostgreSQL stopped, then started again)', outages),
        figure('/api/health answered 503 after (worst)', `${worstHealthMs} ms`, '≤ 5,000 ms', worstHealthMs <= LIMIT_MS),
        figure('slowest request while down', `${Math.round(worstRequestMs)} ms`, '≤ 5,000 ms', worstRequestMs <= LIMIT_MS),
        figure('requests while down not 503 problem+json', `${badRefusals} of ${refused}`, '0', badRefusals === 0),
        figure('serving again after PostgreSQL returned (worst)', `${worstRecoveryMs} ms`, 'serves again', Number.isFinite(worstRecoveryMs)),
        figure('a change saved after the outages', written.status, '201', written.status === 201),
        figure('same API process throughout (no restart)', samePid ? 'yes' : 'no', 'yes', samePid),
      ],
      [
        'The API ran on a PostgreSQL cluster of the check\'s own, stopped (fast shutdown) and started again under it. While it was down each of ' +
          probes.map((p) => `\`${p.label}\``).join(', ') +
          ' was sent three times as a signed-in recorder.',
        rows.join('\n'),
      ],
    );
    expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
  });
});
