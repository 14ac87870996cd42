// @ts-check
// npm run bench: latency and throughput of the main reads and one write, over HTTP and as direct SQL.
// BENCH_SECONDS (default 10) sets each measurement's length. Run it on an otherwise quiet machine.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { signIn, startApi } from './api-server.mjs';
import { BENCH_SCALES, BENCH_USER, benchScale, ensureBenchUser, ensureData, openBenchDatabase, settle } from './database.mjs';
import { measureDirect, measureHttp } from './measure.mjs';
import { growth, report } from './report.mjs';
import { scenarios } from './scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Throughput on a shared 2-core machine drifts by ±15% from one window to the next (the same work cost 30% more CPU in
// one window than the next), so the 16-connection API and direct figures are taken in short alternating rounds and
// the round with the median ratio is reported: more, shorter rounds pair each API window with a closer SQL one.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? Math.min(6, SECONDS));
const WARM_UP = Math.min(3, SECONDS);
// Warm-ups run at the highest concurrency measured, so both connection pools (the API's and the direct one) have grown
// to full size and their server backends have warm caches before any figure is taken.
const WARM_CONNECTIONS = 16;

/** @param {pg.Pool} pool */
async function fixtures(pool) {
  const one = async (/** @type {string} */ text) => (await pool.query(text)).rows;
  // The organisations at most meetings: their timelines are the longest to build.
  const busy = await one(`SELECT organisation_id AS id FROM meeting_attendees GROUP BY 1 ORDER BY count(*) DESC LIMIT 20`);
  const proposals = await one(`SELECT id FROM proposals WHERE status <> 'dropped' ORDER BY lower(title)`);
  const [meeting] = await one(`SELECT id FROM meetings WHERE status = 'agreed' AND classification = 'OFFICIAL' ORDER BY starts_at DESC LIMIT 1`);
  const [owner] = await one(`SELECT id FROM users WHERE email = '${BENCH_USER}'`);
  return { busyOrganisations: busy.map((r) => r.id), proposalIds: proposals.map((r) => r.id), meetingId: meeting?.id, ownerUserId: owner.id, runId: randomBytes(3).toString('hex') };
}

async function main() {
  const scale = benchScale(process.argv.slice(2));
  const db = await openBenchDatabase(root, scale);
  /** @type {{ stop(): Promise<void> } | undefined} */
  let api;
  const pool = new pg.Pool({ connectionString: db.url, max: 16 });
  pool.on('error', () => undefined);
  try {
    const organisations = await ensureData(db, root, scale);
    process.stdout.write(`Database: ${db.describe} (${organisations.toLocaleString('en-GB')} organisations)\n`);
    await settle(db.url);
    const user = await ensureBenchUser(db.url);
    const started = await startApi(root, db.url);
    api = started;
    // One session per connection; BENCH_SHARED_SESSION=1 puts every connection on one session instead.
    const sessions = [];
    for (let i = 0; i < (process.env.BENCH_SHARED_SESSION === '1' ? 1 : 16); i += 1) sessions.push(await signIn(started.baseUrl, user));
    const session = sessions[0];
    const fx = await fixtures(pool);
    const results = [];
    const only = process.env.BENCH_ONLY?.split(',').map((key) => key.trim()).filter(Boolean);
    for (const scenario of scenarios(fx).filter((s) => !only?.length || only.includes(s.key))) {
      process.stdout.write(`${scenario.label}…\n`);
      const probe = await fetch(`${started.baseUrl}${scenario.http.path(0)}`, {
        method: scenario.http.method,
        headers: { cookie: session.cookie, 'content-type': 'application/json', 'x-xsrf-token': session.csrf },
        body: scenario.http.body ? JSON.stringify(scenario.http.body(0)) : undefined,
      });
      if (probe.status === 404) {
        results.push({ key: scenario.key, label: scenario.label, kind: scenario.kind, available: false, probeStatus: 404 });
        continue;
      }
      const probeText = probe.ok ? undefined : (await probe.text()).slice(0, 300);
      await measureHttp(started.baseUrl, sessions, scenario.http, { connections: WARM_CONNECTIONS, seconds: WARM_UP });
      const http1 = await measureHttp(started.baseUrl, sessions, scenario.http, { connections: 1, seconds: SECONDS });
      const direct = scenario.direct;
      if (!direct) {
        const http16 = await measureHttp(started.baseUrl, sessions, scenario.http, { connections: 16, seconds: SECONDS });
        results.push({ key: scenario.key, label: scenario.label, kind: scenario.kind, available: true, probeStatus: probe.status, probeError: probeText, p99TargetMs: scenario.p99TargetMs, http1, http16 });
        continue;
      }
      await measureDirect(pool, direct, { connections: WARM_CONNECTIONS, seconds: WARM_UP });
      const direct1 = await measureDirect(pool, direct, { connections: 1, seconds: SECONDS });
      const rounds = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const api = await measureHttp(started.baseUrl, sessions, scenario.http, { connections: 16, seconds: ROUND_SECONDS });
        const sql = await measureDirect(pool, direct, { connections: 16, seconds: ROUND_SECONDS });
        rounds.push({ api, sql, ratio: api.perSecond / sql.perSecond });
      }
      const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
      // Errors from every round count, not only the median one's.
      const http16 = { ...median.api, errors: rounds.reduce((sum, r) => sum + r.api.errors, 0) };
      results.push({ key: scenario.key, label: scenario.label, kind: scenario.kind, available: true, probeStatus: probe.status, probeError: probeText, p99TargetMs: scenario.p99TargetMs, http1, http16, direct1, direct16: median.sql, rounds: rounds.map((r) => ({ apiPerSecond: r.api.perSecond, sqlPerSecond: r.sql.perSecond, ratio: r.ratio })) });
    }
    const output = report(results, { scale, seconds: SECONDS, rounds: ROUNDS, roundSeconds: ROUND_SECONDS, database: db.describe, organisations, sessions: sessions.length });
    process.stdout.write(output.text);
    // A larger scale is read against the national figures: how each grew with the data.
    const nationalFile = join(root, 'bench', BENCH_SCALES.national.results);
    if (scale !== 'national' && existsSync(nationalFile)) process.stdout.write(growth(output.json, JSON.parse(readFileSync(nationalFile, 'utf8'))));
    const resultsFile = `bench/${BENCH_SCALES[scale].results}`;
    if (only?.length) {
      process.stdout.write(`\nBENCH_ONLY ran part of the bench: ${resultsFile} left as it was\n`);
    } else {
      writeFileSync(join(root, resultsFile), `${JSON.stringify(output.json, null, 2)}\n`);
      process.stdout.write(`\nWrote ${resultsFile}\n`);
    }
  } finally {
    await api?.stop();
    await pool.end();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
