import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { ApiDocument } from '../fuzzing/document';
import { loadFixtures } from '../fuzzing/fixtures';
import { bound, FULL } from '../harness/mode';
import { ADMIN_EMAIL } from '../harness/product';
import { figure, startCheck } from '../harness/record';
import { useProduct } from '../harness/use-product';
import { plantedFlaws } from './planted';
import { addTraffic, BLOCKED_PATHS, countingProxy, emptyTraffic } from './proxy';
import { leftToWapiti, targetsOf, type Target } from './targets';
import { sqlmap, wapiti, type SqlmapResult } from './tools';

/** The fast subset: free text, a sort whitelist, an array filter, an export and a report, at sqlmap's lightest. */
const FAST_PARAMETERS = ['/api/search q', '/api/actions q', '/api/actions sort', '/api/meetings status', '/api/organisations tag', '/api/contacts/export q', '/api/reports/transparency-return quarter'];
const FAST_OPERATIONS = ['/api/search', '/api/actions', '/api/meetings', '/api/contacts/export'];

const SQLMAP = bound({ level: 1, risk: 1, timeoutMs: 60_000, parallel: 1 }, { level: 3, risk: 2, timeoutMs: 600_000, parallel: 2 });
const WAPITI = bound(
  { modules: ['xss', 'crlf', 'sql', 'exec', 'redirect'], maxScanSeconds: 45, maxAttackSeconds: 10, depth: 3 },
  { modules: ['xss', 'permanentxss', 'crlf', 'sql', 'blindsql', 'exec', 'file', 'redirect'], maxScanSeconds: 1_500, maxAttackSeconds: 300, depth: 10 },
);

const statusList = (statuses: Map<number, number>) => [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n.toLocaleString('en-GB')}`).join(', ');

/** Runs `work` over `items`, `parallel` at a time, in order of starting. */
async function pool<T, R>(items: T[], parallel: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}

describe('check 2: injection (sqlmap) and crawl (wapiti), signed in', () => {
  const sut = useProduct({ env: { DEMO: 'true' } });

  it(
    'finds no injectable query parameter and no XSS, CRLF, injection or open-redirect finding, with no 5xx',
    async () => {
      const check = startCheck('injection', 2, 'Injection and crawl');
      const { product, database, as } = sut.current;
      const admin = as.admin;
      const doc = (await admin.request('GET', '/api/openapi.json')).json as ApiDocument;
      const db = new Client({ connectionString: database.url });
      await db.connect();
      const fixtures = await loadFixtures(db, [ADMIN_EMAIL, ...Object.values(as).map((s) => s.email)]).finally(() => db.end());
      const targets = await targetsOf(doc, fixtures, admin);
      const key = (t: { operation: { path: string } }, parameter = '') => `${t.operation.path}${parameter ? ` ${parameter}` : ''}`;
      const eligible = targets.parameters.filter((t) => !leftToWapiti(t.operation));
      const parameters = FULL ? eligible : eligible.filter((t) => FAST_PARAMETERS.includes(key(t, t.parameter)));
      const startUrls = (FULL ? targets.operations : targets.operations.filter((o) => FAST_OPERATIONS.includes(key(o)))).map((o) => o.url);
      const work = mkdtempSync(join(tmpdir(), 'send-injection-'));

      // The control first: the same tools, options and reading, on a server with the flaws planted.
      const planted = await plantedFlaws(database.url);
      const control = await (async () => {
        const proxy = await countingProxy(planted.baseUrl);
        try {
          const sql = await sqlmap(planted.baseUrl, planted.sqlUrl, planted.sqlParameter, admin, proxy.url, { ...SQLMAP, level: 1, risk: 1, technique: 'BE' }, join(work, 'control-sqlmap'));
          const web = await wapiti(planted.baseUrl, [], admin, proxy.url, { ...WAPITI, modules: ['xss', 'sql'], maxScanSeconds: 30, maxAttackSeconds: 10 }, join(work, 'control-wapiti'));
          return { sql, web };
        } finally {
          await proxy.close();
          await planted.close();
        }
      })();
      const controlFound = {
        sqlmap: control.sql.verdict === 'injectable',
        xss: control.web.findings.some((f) => f.kind === 'vulnerability' && /cross site scripting/i.test(f.category) && f.path === '/greet'),
        sql: control.web.findings.some((f) => f.kind === 'vulnerability' && /sql injection/i.test(f.category) && f.path === '/find'),
      };

      // sqlmap: one run per parameter, each through a proxy of its own so its requests are counted apart.
      const sqlTraffic = emptyTraffic();
      const sqlStarted = Date.now();
      const runs = await pool(parameters, SQLMAP.parallel, async (t: Target, i): Promise<SqlmapResult & { target: Target; sent: number }> => {
        const proxy = await countingProxy(product.baseUrl);
        try {
          const result = await sqlmap(product.baseUrl, t.url, t.parameter, admin, proxy.url, SQLMAP, join(work, `sqlmap-${i}`));
          return { ...result, target: t, sent: proxy.traffic.forwarded };
        } finally {
          await proxy.close();
          addTraffic(sqlTraffic, proxy.traffic);
        }
      });
      const sqlSeconds = Math.round((Date.now() - sqlStarted) / 1000);
      const injectable = runs.filter((r) => r.verdict === 'injectable');
      const noVerdict = runs.filter((r) => r.verdict === 'no verdict');
      const signedInAfterSqlmap = (await admin.request('GET', '/api/auth/me')).status === 200;

      // wapiti: the dashboard from / and every list, search and export read as a start URL.
      const webProxy = await countingProxy(product.baseUrl);
      const crawl = await wapiti(product.baseUrl, startUrls, admin, webProxy.url, WAPITI, join(work, 'wapiti')).finally(() => webProxy.close());
      const webTraffic = webProxy.traffic;
      const vulnerabilities = crawl.findings.filter((f) => f.kind === 'vulnerability');
      const anomalies = crawl.findings.filter((f) => f.kind === 'anomaly');
      const signedIn = (await admin.request('GET', '/api/auth/me')).status === 200 && signedInAfterSqlmap;
      const missingModules = WAPITI.modules.filter((m) => !crawl.modulesRun.includes(m));

      const perOperation = new Map<string, { params: number; sent: number }>();
      for (const r of runs) {
        const row = perOperation.get(r.target.operation.path) ?? { params: 0, sent: 0 };
        perOperation.set(r.target.operation.path, { params: row.params + 1, sent: row.sent + r.sent });
      }
      const rows = [
        '| operation | parameters | sqlmap requests |',
        '| --- | --- | --- |',
        ...[...perOperation].map(([path, row]) => `| \`GET ${path}\` | ${row.params} | ${row.sent.toLocaleString('en-GB')} |`),
      ];
      const listed = (title: string, lines: string[]) => (lines.length ? [`**${title}** (${lines.length}):`, ...lines.slice(0, 10).map((l) => `- \`${l.replace(/`/g, "'").slice(0, 300)}\``)] : []);
      const examples = [
        ...listed('injectable', injectable.map((r) => `${key(r.target, r.target.parameter)}: ${r.evidence.join(' / ')}`)),
        ...listed('sqlmap gave no verdict', noVerdict.map((r) => `${key(r.target, r.target.parameter)}: ${r.evidence.join(' / ')}`)),
        ...listed('reads answering other than 200 before the scan', targets.refused),
        ...listed('5xx during sqlmap', sqlTraffic.serverErrors),
        ...listed('wapiti findings', crawl.findings.map((f) => `${f.category}: ${f.method} ${f.path} ${f.parameter} ${f.info}`)),
        ...listed('5xx during wapiti', webTraffic.serverErrors),
        ...listed('wapiti modules that did not run', missingModules),
      ];
      const offTarget = [...sqlTraffic.offTarget, ...webTraffic.offTarget];
      const blocked = [...sqlTraffic.blocked, ...webTraffic.blocked];
      const nul = emptyTraffic();
      addTraffic(nul, sqlTraffic);
      addTraffic(nul, webTraffic);
      const nulSent = [...nul.nul.values()].reduce((a, b) => a + b, 0);
      const wapitiRan = crawl.report && !crawl.run.timedOut && missingModules.length === 0;

      const result = check.finish(
        [
          figure('control: sqlmap finds the planted SQL injection', controlFound.sqlmap ? 'yes' : 'no', 'yes', controlFound.sqlmap),
          figure('control: wapiti finds the planted XSS and SQL injection', `${controlFound.xss ? 'yes' : 'no'}, ${controlFound.sql ? 'yes' : 'no'}`, 'yes, yes', controlFound.xss && controlFound.sql),
          figure('query parameters tested by sqlmap', `${runs.length} of ${eligible.length} (${new Set(runs.map((r) => r.target.operation.path)).size} operations)`, FULL ? 'all' : undefined, FULL ? runs.length === eligible.length : undefined),
          figure('PDF route parameters left to wapiti (their filters reach SQL through /api/actions, tested above)', targets.parameters.length - eligible.length),
          figure('sqlmap level / risk', `${SQLMAP.level} / ${SQLMAP.risk}`, FULL ? '3 / 2' : undefined, FULL ? SQLMAP.level >= 3 && SQLMAP.risk >= 2 : undefined),
          figure('sqlmap requests sent', sqlTraffic.forwarded.toLocaleString('en-GB')),
          figure('injectable parameters', injectable.length, '0', injectable.length === 0),
          figure('sqlmap runs with no verdict (killed or failed)', noVerdict.length, '0', noVerdict.length === 0),
          figure('reads refused before the scan (not 200)', targets.refused.length, '0', targets.refused.length === 0),
          figure('5xx answers to sqlmap', sqlTraffic.serverErrorCount, '0', sqlTraffic.serverErrorCount === 0),
          figure('sqlmap answers by status', statusList(sqlTraffic.statuses)),
          figure('wapiti modules', crawl.modulesRun.join(', ') || 'none', WAPITI.modules.join(', '), missingModules.length === 0),
          figure('wapiti URLs and forms crawled', crawl.crawled ?? 'unknown', undefined),
          figure('wapiti requests sent', webTraffic.forwarded.toLocaleString('en-GB'), '> 0', webTraffic.forwarded > 0),
          figure('wapiti vulnerabilities (XSS, CRLF, injection, redirect, …)', vulnerabilities.length, '0', wapitiRan && vulnerabilities.length === 0),
          figure('wapiti anomalies (500s, timeouts)', anomalies.length, '0', wapitiRan && anomalies.length === 0),
          figure('5xx answers to wapiti', webTraffic.serverErrorCount, '0', webTraffic.serverErrorCount === 0),
          figure('wapiti answers by status', statusList(webTraffic.statuses)),
          figure('requests carrying U+0000 (%00), by status', nulSent ? statusList(nul.nul) : 'none sent', '400 only', [...nul.nul.keys()].every((s) => s === 400)),
          figure('requests for other hosts refused by the proxy', offTarget.length),
          figure(`requests for ${BLOCKED_PATHS.join(', ')} refused by the proxy`, blocked.length),
          figure('admin session still signed in at the end', signedIn ? 'yes' : 'no', 'yes', signedIn),
          figure('seconds: sqlmap, wapiti', `${sqlSeconds} s, ${Math.round(crawl.run.seconds)} s`),
        ],
        [
          `Control: before the product, the same tools with the same options and the same reading of their output ran against a server on loopback with the flaws planted — a query parameter pasted into SQL on the check's database (its errors shown, as a careless PHP page would) and one echoed into HTML. sqlmap ${controlFound.sqlmap ? 'found' : 'did NOT find'} the injection (${control.sql.evidence.slice(0, 2).join(' / ').replace(/`/g, "'")}); wapiti reported ${control.web.findings.map((f) => `${f.category} at ${f.path}`).join(', ') || 'nothing'}.`,
          `sqlmap ${FULL ? '' : '(fast subset) '}ran once per query parameter of every GET operation of /api/openapi.json that takes one (the lists, search, exports and reports), ${SQLMAP.parallel} at a time, each on a request that answers 200 with real ids from the demonstration data: \`-p <parameter> --level ${SQLMAP.level} --risk ${SQLMAP.risk} --batch --time-sec 2 --timeout 15 --retries 1 --drop-set-cookie --flush-session\`, signed in as admin with \`--cookie\` and the \`X-XSRF-TOKEN\` header, each killed at ${SQLMAP.timeoutMs / 1000} s. wapiti crawled the dashboard from \`/\` (scope folder, depth ${WAPITI.depth}) with ${startUrls.length} API reads as start URLs (every query parameter set), modules ${WAPITI.modules.join(', ')}, \`--max-scan-time ${WAPITI.maxScanSeconds}\`, signed in with a cookie file and the XSRF header.`,
          `Both tools sent every request through a counting proxy on loopback that passes on only requests for the product (anything else is refused: wapiti's start-up download of a fingerprint database is kept from happening by an empty local copy) and refuses ${BLOCKED_PATHS.join(', ')}, so the session is never signed out; request counts and statuses are the proxy's.`,
          'sqlmap by operation:',
          rows.join('\n'),
          ...examples,
        ],
      );
      process.stderr.write(`${result.figures.map((f) => `${f.ok === false ? '✗' : '·'} ${f.label}: ${f.value}`).join('\n')}\n`);
      if (result.passed) rmSync(work, { recursive: true, force: true });
      else process.stderr.write(`${examples.join('\n')}\ntool output kept in ${work}\n`);
      expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
    },
    FULL ? 120 * 60_000 : 170_000,
  );
});
