// @ts-check
// Two ways to measure the same work: over HTTP with autocannon, and as SQL straight through pg (no HTTP, no ORM).
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/**
 * @typedef {{ p50: number; p99: number; perSecond: number; requests: number; errors: number; statuses: Record<string, number> }} Measured
 * @typedef {{ method: 'GET' | 'POST'; path(n: number): string; body?(n: number): object }} HttpLoad
 */

/**
 * Each connection is its own signed-in user (session), as on a real day: one session shared by every connection
 * would queue all requests on the one sessions row the API touches per request.
 * @param {string} baseUrl
 * @param {{ cookie: string; csrf: string }[]} sessions
 * @param {HttpLoad} load
 * @param {{ connections: number; seconds: number }} run
 * @returns {Promise<Measured>}
 */
export async function measureHttp(baseUrl, sessions, load, { connections, seconds }) {
  let n = 0;
  let assigned = 0;
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (load.method !== 'GET') headers['content-type'] = 'application/json';
  /** @type {Record<string, number>} */
  const statuses = {};
  /** @type {import('autocannon').Options} */
  const options = {
    url: baseUrl,
    connections,
    duration: seconds,
    headers,
    requests: [
      {
        method: load.method,
        // Every request its own path (a different organisation, other words) or body (distinct actions).
        setupRequest: (req, context) => {
          const client = /** @type {{ session?: { cookie: string; csrf: string } }} */ (context);
          client.session ??= sessions[assigned++ % sessions.length];
          n += 1;
          const auth = { cookie: client.session.cookie, ...(load.method === 'GET' ? {} : { 'x-xsrf-token': client.session.csrf }) };
          return { ...req, path: load.path(n), headers: { ...req.headers, ...auth }, ...(load.body ? { body: JSON.stringify(load.body(n)) } : {}) };
        },
      },
    ],
  };
  /** @type {import('autocannon').Result} */
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses,
  };
}

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * Runs `once` back to back on `connections` pooled clients for `seconds`.
 * @param {import('pg').Pool} pool
 * @param {(client: import('pg').PoolClient, n: number) => Promise<unknown>} once
 * @param {{ connections: number; seconds: number }} run
 * @returns {Promise<Measured>}
 */
export async function measureDirect(pool, once, { connections, seconds }) {
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await once(client, (n += 1));
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  clients.forEach((c) => c.release());
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: latencies.length / elapsed, requests: latencies.length, errors, statuses: {} };
}
