// @ts-check
// The table printed after a run, with the targets beside the figures, and the same as JSON.

export const TARGETS = {
  p99ListMs: 25,
  p99MatrixSearchMs: 60,
  // The median round's API/SQL throughput, and the floor for every round (issue 13).
  minApiToDirect: 0.8,
  minRoundApiToDirect: 0.7,
  maxErrors: 0,
};

/** @param {number | undefined} n @param {number} [digits] */
const fmt = (n, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
/** @param {Record<string, number>[]} all */
const sumStatuses = (...all) => {
  /** @type {Record<string, number>} */
  const sum = {};
  for (const statuses of all) for (const [code, n] of Object.entries(statuses)) sum[code] = (sum[code] ?? 0) + n;
  return sum;
};
/** @param {string} s @param {number} w */
const pad = (s, w) => s.padEnd(w);
/** @param {string} s @param {number} w */
const lpad = (s, w) => s.padStart(w);

/**
 * @typedef {import('./measure.mjs').Measured} Measured
 * @typedef {{ key: string; label: string; kind: string; available: boolean; probeStatus: number; probeError?: string;
 *   p99TargetMs?: number | null; http1?: Measured; http16?: Measured; direct1?: Measured; direct16?: Measured;
 *   rounds?: { apiPerSecond: number; sqlPerSecond: number; ratio: number }[] }} Result
 */

/**
 * @param {Result[]} results
 * @param {{ scale: string; seconds: number; rounds: number; roundSeconds: number; database: string; organisations: number; sessions: number }} run
 */
export function report(results, run) {
  const head = [pad('scenario', 44), lpad('API 1 conn p50/p99 ms', 22), lpad('target', 8), lpad('API 16 conn req/s', 18), lpad('errors', 8), lpad('SQL 1 p50/p99 ms', 17), lpad('SQL 16 q/s', 11), lpad('API/SQL', 8), lpad('≥0.80, rounds ≥0.70', 20)];
  const lines = [head.join(' '), '-'.repeat(head.join(' ').length)];
  const json = [];
  for (const r of results) {
    const { http1, http16 } = r;
    if (!r.available || !http1 || !http16) {
      lines.push(`${pad(r.label, 44)} not available (the endpoint answered 404)`);
      json.push({ scenario: r.key, label: r.label, available: false });
      continue;
    }
    const target = r.p99TargetMs ?? null;
    const errors = http1.errors + http16.errors;
    const ratio = r.direct16 ? http16.perSecond / r.direct16.perSecond : undefined;
    const latencyOk = target === null ? undefined : http1.p99 <= target;
    const lowestRound = r.rounds?.length ? Math.min(...r.rounds.map((x) => x.ratio)) : ratio;
    const ratioOk = ratio === undefined || lowestRound === undefined ? undefined : ratio >= TARGETS.minApiToDirect && lowestRound >= TARGETS.minRoundApiToDirect;
    const mark = (/** @type {boolean | undefined} */ ok) => (ok === undefined ? '' : ok ? ' ok' : ' MISS');
    lines.push(
      [
        pad(r.label, 44),
        lpad(`${fmt(http1.p50)} / ${fmt(http1.p99)}`, 22),
        lpad(target === null ? '—' : `≤${target}${mark(latencyOk)}`, 8),
        lpad(fmt(http16.perSecond, 0), 18),
        lpad(`${errors}${errors > TARGETS.maxErrors ? ' MISS' : ''}`, 8),
        lpad(r.direct1 ? `${fmt(r.direct1.p50)} / ${fmt(r.direct1.p99)}` : '—', 17),
        lpad(r.direct16 ? fmt(r.direct16.perSecond, 0) : '—', 11),
        lpad(ratio === undefined ? '—' : fmt(ratio, 2), 8),
        lpad(mark(ratioOk).trim() || '—', 20),
      ].join(' '),
    );
    if (r.rounds && r.rounds.length > 1) lines.push(`${' '.repeat(46)}16-connection rounds, API/SQL: ${r.rounds.map((x) => `${fmt(x.apiPerSecond, 0)}/${fmt(x.sqlPerSecond, 0)} = ${fmt(x.ratio, 2)}`).join('; ')}`);
    if (errors > 0) lines.push(`${' '.repeat(46)}statuses: ${JSON.stringify(sumStatuses(http1.statuses, http16.statuses))}${r.probeError ? `; first answer ${r.probeStatus}: ${r.probeError}` : ''}`);
    json.push({
      scenario: r.key,
      label: r.label,
      available: true,
      api: { oneConnection: http1, sixteenConnections: http16 },
      direct: r.direct1 ? { oneClient: r.direct1, sixteenClients: r.direct16 } : null,
      apiToDirect: ratio ?? null,
      lowestRoundApiToDirect: lowestRound ?? null,
      rounds: r.rounds ?? null,
      targets: { p99Ms: target, minApiToDirect: r.direct16 ? TARGETS.minApiToDirect : null, minRoundApiToDirect: r.direct16 ? TARGETS.minRoundApiToDirect : null, errors: TARGETS.maxErrors },
      met: { p99: latencyOk ?? null, apiToDirect: ratioOk ?? null, errors: errors <= TARGETS.maxErrors },
    });
  }
  const text = [
    '',
    `Scale: ${run.scale} (${run.organisations.toLocaleString('en-GB')} organisations). ${run.seconds} s per measurement; API = the built server over HTTP (autocannon, ${run.sessions} signed-in session(s)); SQL = the same queries straight through pg.`,
    `16 connections: ${run.rounds} alternating API/SQL round(s) of ${run.roundSeconds} s per read; the round with the median ratio is shown, every round below it.`,
    `Targets: 1-connection p99 ≤ ${TARGETS.p99ListMs} ms for list/record reads, ≤ ${TARGETS.p99MatrixSearchMs} ms for matrix and search; 16 connections ≥ ${TARGETS.minApiToDirect} × direct throughput in the median round and ≥ ${TARGETS.minRoundApiToDirect} in every round; no errors.`,
    '',
    ...lines,
    '',
  ].join('\n');
  return { text, json: { at: new Date().toISOString(), scale: run.scale, seconds: run.seconds, rounds: run.rounds, roundSeconds: run.roundSeconds, database: run.database, organisations: run.organisations, sessions: run.sessions, targets: TARGETS, results: json } };
}

/**
 * How each figure grew from the national run to this one: the 1-connection latencies and the 16-connection
 * throughput, as "national → this (× factor)".
 * @param {{ scale: string; organisations: number; results: any[] }} now
 * @param {{ at: string; organisations: number; results: any[] }} national
 */
export function growth(now, national) {
  const head = [pad('scenario', 44), lpad('API 1 conn p50 ms', 24), lpad('API 1 conn p99 ms', 24), lpad('API 16 conn req/s', 24), lpad('SQL 1 conn p50 ms', 24)];
  const lines = [`\nGrowth from national scale (${national.organisations.toLocaleString('en-GB')} organisations, bench/results.json of ${national.at}) to ${now.scale} (${now.organisations.toLocaleString('en-GB')}):`, head.join(' '), '-'.repeat(head.join(' ').length)];
  const change = (/** @type {number | undefined} */ before, /** @type {number | undefined} */ after) =>
    before === undefined || after === undefined ? '—' : `${fmt(before)} → ${fmt(after)} (×${fmt(before ? after / before : NaN, 2)})`;
  for (const r of now.results) {
    const base = national.results.find((b) => b.scenario === r.scenario);
    if (!r.available || !base?.available) continue;
    lines.push([
      pad(r.label, 44),
      lpad(change(base.api.oneConnection.p50, r.api.oneConnection.p50), 24),
      lpad(change(base.api.oneConnection.p99, r.api.oneConnection.p99), 24),
      lpad(change(base.api.sixteenConnections.perSecond, r.api.sixteenConnections.perSecond), 24),
      lpad(change(base.direct?.oneClient.p50, r.direct?.oneClient.p50), 24),
    ].join(' '));
  }
  return `${lines.join('\n')}\n`;
}
