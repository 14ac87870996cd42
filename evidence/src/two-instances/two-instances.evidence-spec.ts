import { onServer } from '../harness/cluster';
import { freshDatabase, type FreshDatabase } from '../harness/database';
import { bound } from '../harness/mode';
import argon2 from 'argon2';
import { startProduct, type Product } from '../harness/product';
import { figure, startCheck, type Figure } from '../harness/record';
import { send, signIn, usersByRole, type Reply, type Session } from '../harness/sessions';
import { watchJobLines, type JobLine } from './job-log';

/** Long enough that only a notification, never the cache running out, can explain a change seen at once. */
const SESSION_CACHE_MS = 30_000;
const SLOT_MS = 2_000;
const AT_ONCE_MS = 1_000;
const SIGN_IN = { email: 'two-instances@example.test', password: 'two instances long password' };

/** A user of this check's own to sign in and out repeatedly (usersByRole's users stay signed in throughout). */
async function addSignInUser(databaseUrl: string): Promise<void> {
  const hash = await argon2.hash(SIGN_IN.password, { type: argon2.argon2id });
  await onServer(databaseUrl, (c) => c.query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Two instances', 'reviewer', $2)`, [SIGN_IN.email, hash]));
}

/** The same session (cookie and XSRF token) sent to another instance. */
const on = (product: Product, s: Session) => ({
  ...s,
  request: (method: string, path: string, options = {}) => send(product.baseUrl, method, path, { ...options, cookie: s.cookie, csrf: s.csrf }),
});

/** Polls until `check` holds; the time it took, and whether it held on the very first try. */
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<{ ms: number; first: boolean }> {
  const started = performance.now();
  let first = true;
  while (performance.now() - started < timeoutMs) {
    if (await check()) return { ms: performance.now() - started, first };
    first = false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: Number.POSITIVE_INFINITY, first: false };
}

const body = (r: Reply) => r.json as { id: string; version: number; name: string; user?: { role: string }; roles?: string[]; items?: { id: string }[] };

describe('check 7: two instances on one database', () => {
  let database: FreshDatabase;
  let a: Product;
  let b: Product;
  const jobLines: JobLine[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    const env = { SESSION_CACHE_MS: String(SESSION_CACHE_MS), HOUSEKEEPING_INTERVAL_MS: String(SLOT_MS), LOG_LEVEL: 'info' };
    // Started together on an empty database: migrations and the first admin must happen once.
    [a, b] = await Promise.all([startProduct({ databaseUrl: database.url, env }), startProduct({ databaseUrl: database.url, env })]);
    watchJobLines(a, 'A', jobLines);
    watchJobLines(b, 'B', jobLines);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  }, 60_000);

  it('shares sessions, sign-out and changes at once, and runs scheduled work once per slot', async () => {
    const check = startCheck('two-instances', 7, 'Two instances on one database');
    const figures: Figure[] = [];
    const details: string[] = [];
    const products = { A: a, B: b };
    const migrations = await onServer(database.url, (c) => c.query<{ n: number; distinct: number }>(`SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM migrations`));
    const applied = migrations.rows[0];
    figures.push(figure('started together on an empty database: migrations recorded / distinct', `${applied?.n} / ${applied?.distinct}`, 'each once', !!applied && applied.n === applied.distinct && applied.n > 0));
    const as = await usersByRole(a.baseUrl, database.url);
    await addSignInUser(database.url);

    // --- a change made on one is read on the other ---
    const changeRounds = bound(5, 50);
    let changeMisses = 0;
    let staleRefused = 0;
    for (let round = 0; round < changeRounds; round++) {
      const [writer, reader] = round % 2 === 0 ? [a, b] : [b, a];
      const name = `Two instances org ${round} ${Date.now()}`;
      const created = await on(writer, as.recorder).request('POST', '/api/organisations', { body: { name, type: 'charity' } });
      const read = await on(reader, as.recorder).request('GET', `/api/organisations/${body(created).id}`);
      const listed = await on(reader, as.viewer).request('GET', `/api/organisations?q=${encodeURIComponent(name)}&pageSize=5`);
      const edited = await on(reader, as.recorder).request('PATCH', `/api/organisations/${body(created).id}`, { body: { name: `${name} edited` }, headers: { 'if-match': `"${body(created).version}"` } });
      const reread = await on(writer, as.reviewer).request('GET', `/api/organisations/${body(created).id}`);
      // The writer still holds the first version: its edit must be refused as stale, not lose the other's.
      const stale = await on(writer, as.recorder).request('PATCH', `/api/organisations/${body(created).id}`, { body: { name: `${name} lost` }, headers: { 'if-match': `"${body(created).version}"` } });
      const ok =
        created.status === 201 &&
        read.status === 200 &&
        body(read).name === name &&
        listed.status === 200 &&
        (body(listed).items ?? []).some((i) => i.id === body(created).id) &&
        edited.status === 200 &&
        reread.status === 200 &&
        body(reread).name === `${name} edited` &&
        body(reread).version === body(created).version + 1;
      if (!ok) {
        changeMisses++;
        process.stderr.write(`change round ${round}: ${created.status} ${read.status} ${listed.status} ${edited.status} ${reread.status} ${reread.text.slice(0, 200)}\n`);
      }
      if (stale.status === 412) staleRefused++;
    }
    figures.push(
      figure('records created on one instance, read, listed and edited on the other, re-read on the first', `${changeRounds - changeMisses} of ${changeRounds}`, 'all', changeMisses === 0),
      figure('stale edits (the version another instance replaced) refused 412', `${staleRefused} of ${changeRounds}`, 'all', staleRefused === changeRounds),
    );

    // --- a role change on one applies on the other at once ---
    const recorderId = body(await on(a, as.recorder).request('GET', '/api/auth/me')).user as unknown as { id: string };
    await on(b, as.recorder).request('GET', '/api/auth/me');
    const user = await as.admin.request('GET', `/api/users/${recorderId.id}`);
    const demoted = await as.admin.request('PATCH', `/api/users/${recorderId.id}`, { body: { role: 'viewer' }, headers: { 'if-match': `"${body(user).version}"` } });
    const roleSeen = await until(async () => body(await on(b, as.recorder).request('GET', '/api/auth/me')).user?.role === 'viewer', AT_ONCE_MS * 5);
    const refusedWrite = await on(b, as.recorder).request('POST', '/api/organisations', { body: { name: `Should be refused ${Date.now()}`, type: 'charity' } });
    figures.push(
      figure('role changed on A: seen on B', demoted.status === 200 && roleSeen.first ? 'on the first request' : `after ${Math.round(roleSeen.ms)} ms`, 'at once', demoted.status === 200 && roleSeen.ms <= AT_ONCE_MS),
      figure('a recorder demoted to viewer on A, creating on B', refusedWrite.status, '403', refusedWrite.status === 403),
    );

    // --- sign in on one, use the session on the other; sign out on one, refused on the other ---
    const signOutRounds = bound(4, 40);
    let usedElsewhere = 0;
    let refusedFirst = 0;
    let slowestRefusal = 0;
    for (let round = 0; round < signOutRounds; round++) {
      const [here, there] = round % 2 === 0 ? [a, b] : [b, a];
      const session = await signIn(here.baseUrl, SIGN_IN.email, SIGN_IN.password, 'reviewer');
      // Both instances have checked the session and trust it for SESSION_CACHE_MS.
      const before = await on(there, session).request('GET', '/api/actions?pageSize=1');
      await on(here, session).request('GET', '/api/auth/me');
      await on(there, session).request('GET', '/api/auth/me');
      if (before.status === 200) usedElsewhere++;
      const out = await on(here, session).request('POST', '/api/auth/logout');
      const refused = await until(async () => (await on(there, session).request('GET', '/api/actions?pageSize=1')).status === 401, AT_ONCE_MS * 5);
      if (out.status === 204 && refused.first) refusedFirst++;
      slowestRefusal = Math.max(slowestRefusal, refused.ms);
    }
    // Deactivation on B ends the viewer's sessions on A too.
    const viewer = body(await on(a, as.viewer).request('GET', '/api/auth/me')).user as unknown as { id: string };
    const deactivated = await on(b, as.admin).request('POST', `/api/users/${viewer.id}/deactivate`);
    const viewerRefused = await until(async () => (await on(a, as.viewer).request('GET', '/api/actions?pageSize=1')).status === 401, AT_ONCE_MS * 5);
    figures.push(
      figure('sessions signed in on one instance and used on the other', `${usedElsewhere} of ${signOutRounds}`, 'all', usedElsewhere === signOutRounds),
      figure('signed out on one: refused on the other on the first request after', `${refusedFirst} of ${signOutRounds}`, 'all', refusedFirst === signOutRounds),
      figure('slowest refusal after sign-out', `${Math.round(slowestRefusal)} ms`, `≤ ${AT_ONCE_MS} ms (cache ${SESSION_CACHE_MS / 1000} s)`, slowestRefusal <= AT_ONCE_MS),
      figure('user deactivated on B: refused on A', deactivated.status === 200 && viewerRefused.first ? 'on the first request' : `after ${Math.round(viewerRefused.ms)} ms`, 'at once', deactivated.status === 200 && viewerRefused.ms <= AT_ONCE_MS),
    );

    figures.push(...(await scheduledWork(database, products, jobLines, details)));
    const result = check.finish(figures, [
      `Two products started together on one fresh database (migrations under the advisory lock, one first admin), each with SESSION_CACHE_MS=${SESSION_CACHE_MS} (an instance trusts a session it checked for ${SESSION_CACHE_MS / 1000} s) and HOUSEKEEPING_INTERVAL_MS=${SLOT_MS}. ` +
        `${changeRounds} organisations were created on one instance and read, searched for in the list, edited on the other and re-read on the first, alternating; ${signOutRounds} sessions of one user were signed in on one, used on both, and signed out on one, then used on the other. A recorder was demoted to viewer on A while signed in on B, and a viewer deactivated on B while signed in on A.`,
      ...details,
    ]);
    expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
  });
});

/** Housekeeping every SLOT_MS on both instances: each slot runs once, on one of them, and goes on when one stops. */
async function scheduledWork(database: FreshDatabase, products: Record<'A' | 'B', Product>, lines: JobLine[], details: string[]): Promise<Figure[]> {
  // Something for the purge to find: a session past its end, an Idempotency-Key from two days ago.
  await onServer(database.url, async (c) => {
    await c.query(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
       SELECT 'evidence-expired-' || g, (SELECT id FROM users ORDER BY created_at LIMIT 1), 'x', now() - interval '13 hours', now() - interval '1 hour', now() - interval '1 hour' FROM generate_series(1, 25) g`,
    );
    await c.query(`INSERT INTO idempotency_keys (scope, key, request_hash, created_at) SELECT 'evidence', 'old-' || g, 'h', now() - interval '2 days' FROM generate_series(1, 25) g`);
  });
  const bothMs = bound(12_000, 120_000);
  const aloneMs = bound(3 * SLOT_MS, 10 * SLOT_MS);
  const from = Date.now();
  await new Promise((r) => setTimeout(r, bothMs));
  const stoppedAt = Date.now();
  await products.A.stop();
  const aloneFrom = Date.now();
  await new Promise((r) => setTimeout(r, aloneMs));
  const until = Date.now();

  // A run is claimed (its row inserted) before it runs, then finished and logged: one caught between those steps is
  // still under way, so read again until each recorded run is finished and its log line is through the pipe (bounded).
  const readRuns = () =>
    onServer(database.url, (c) =>
      c.query<{ slot: Date; instance: string; outcome: string | null; detail: Record<string, number> }>(`SELECT slot, instance, outcome, detail FROM job_runs WHERE job = 'housekeeping' ORDER BY slot`),
    ).then((r) => r.rows);
  const loggedSlots = () => new Set(lines.filter((l) => l.job === 'housekeeping').map((l) => l.slot));
  let runs = await readRuns();
  for (let waited = 0; waited < 3_000 && runs.some((r) => r.outcome === null || !loggedSlots().has(r.slot.toISOString())); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    runs = await readRuns();
  }
  const leftovers = await onServer(database.url, (c) =>
    c.query<{ n: number }>(`SELECT (SELECT count(*) FROM sessions WHERE id_hash LIKE 'evidence-expired-%') + (SELECT count(*) FROM idempotency_keys WHERE scope = 'evidence') AS n`),
  ).then((r) => Number(r.rows[0]?.n));

  // Slot boundaries inside each window; a run is recorded under its slot's start, its boundary.
  const boundaries = (start: number, end: number) => Math.floor((end - 1) / SLOT_MS) - Math.ceil(start / SLOT_MS) + 1;
  const inWindow = (start: number, end: number) => runs.filter((r) => r.slot.getTime() >= start && r.slot.getTime() < end);
  const logged = new Map<string, JobLine[]>();
  for (const line of lines.filter((l) => l.job === 'housekeeping')) logged.set(line.slot, [...(logged.get(line.slot) ?? []), line]);
  const executedTwice = [...logged.values()].filter((l) => l.length > 1).length;
  const linesIn = (label: string, start: number, end: number) =>
    lines.filter((l) => l.job === 'housekeeping' && l.product === label && Date.parse(l.slot) >= start && Date.parse(l.slot) < end).length;
  const byProduct = (label: string) => lines.filter((l) => l.job === 'housekeeping' && l.product === label).length;
  const both = inWindow(from, stoppedAt);
  const alone = inWindow(aloneFrom, until);
  const expectedBoth = boundaries(from, stoppedAt);
  const expectedAlone = boundaries(aloneFrom, until);
  const failed = runs.filter((r) => r.outcome !== 'succeeded').length;
  const instances = new Set(both.map((r) => r.instance)).size;
  const unlogged = runs.filter((r) => !logged.has(r.slot.toISOString())).length;
  const bad = runs.filter((r) => r.outcome !== 'succeeded' || !logged.has(r.slot.toISOString()));
  if (bad.length) {
    const around = (r: (typeof runs)[number]) => ({ aStoppedMsAfterSlot: stoppedAt - r.slot.getTime(), logged: logged.get(r.slot.toISOString()) ?? [] });
    details.push(`Runs not succeeded or not logged: ${JSON.stringify(bad.map((r) => ({ slot: r.slot.toISOString(), instance: r.instance, outcome: r.outcome, ...around(r) })))}`);
  }
  const purged = runs.reduce((n, r) => n + Number(r.detail['sessions'] ?? 0) + Number(r.detail['idempotencyKeys'] ?? 0), 0);

  details.push(
    [
      '| window | slot boundaries | runs recorded (job_runs) | runs logged by A | runs logged by B | slots executed more than once (whole run) |',
      '| --- | --- | --- | --- | --- | --- |',
      `| both instances, ${bothMs / 1000} s | ${expectedBoth} | ${both.length} | ${linesIn('A', from, stoppedAt)} | ${linesIn('B', from, stoppedAt)} | ${executedTwice} |`,
      `| B alone after A stopped, ${Math.round((until - aloneFrom) / 100) / 10} s | ${expectedAlone} | ${alone.length} | ${linesIn('A', aloneFrom, until)} | ${linesIn('B', aloneFrom, until)} | — |`,
    ].join('\n'),
  );
  return [
    figure('housekeeping slots executed more than once (log lines of both instances per slot)', executedTwice, '0', executedTwice === 0),
    // The last boundary of a window may be a few milliseconds from its end, its run not yet recorded: one may be missing.
    figure('housekeeping runs recorded vs slot boundaries, both instances up', `${both.length} of ${expectedBoth}`, 'one per slot', both.length >= expectedBoth - 1 && both.length <= expectedBoth),
    figure('instances that won a slot', instances, 'both schedule (1 or 2 win)', instances >= 1),
    figure('runs recorded that no instance logged, or failed', unlogged + failed, '0', unlogged + failed === 0),
    figure('after A stopped, B alone ran', `${alone.length} of ${expectedAlone} slots`, 'every slot', alone.length >= expectedAlone - 1 && alone.length <= expectedAlone && alone.every((r) => lines.some((l) => l.product === 'B' && l.slot === r.slot.toISOString()))),
    figure('expired sessions and Idempotency-Keys seeded / left after housekeeping', `50 / ${leftovers} (purged ${purged})`, '0 left', leftovers === 0 && purged >= 50),
    figure('housekeeping runs over the whole check, logged by A / by B', `${byProduct('A')} / ${byProduct('B')}`),
  ];
}
