import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { bound, FULL } from '../harness/mode';
import { ADMIN_EMAIL, REPO_ROOT } from '../harness/product';
import { figure, startCheck } from '../harness/record';
import { anonymous, type Reply, type Session } from '../harness/sessions';
import { useProduct } from '../harness/use-product';
import { answerValidator, operationsOf, type ApiDocument } from './document';
import { loadFixtures } from './fixtures';
import { MUTATIONS, Random, Samples, type FuzzCase } from './inputs';
import { judge } from './oracle';
import { CHANGED_BY_DESIGN, changedTables, REFUSALS_RECORDED, storedFingerprint } from './stored';

// Fixed, so a run can be repeated; EVIDENCE_FUZZ_SEED tries others.
const SEED = Number(process.env['EVIDENCE_FUZZ_SEED'] ?? 20261206);
const VALID_SHARE = 0.3;

/** spectral:oas over the served document: errors and warnings. */
function lint(document: ApiDocument): { errors: number; warnings: number; messages: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'send-spectral-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
    let out: string;
    try {
      out = execFileSync(join(REPO_ROOT, 'node_modules/.bin/spectral'), ['lint', '-q', '-f', 'json', '-r', join(dir, '.spectral.yaml'), join(dir, 'openapi.json')], { encoding: 'utf8' });
    } catch (error) {
      // spectral exits 1 when it finds errors; its report is still on stdout.
      out = (error as { stdout?: string }).stdout ?? '[]';
    }
    const results = JSON.parse(out || '[]') as { severity: number; code: string; path: string[]; message: string }[];
    const errors = results.filter((r) => r.severity === 0);
    return { errors: errors.length, warnings: results.filter((r) => r.severity === 1).length, messages: errors.map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function send(session: Session, c: FuzzCase): Promise<Reply> {
  return session
    .request(c.operation.method, c.url, { body: c.body, rawBody: c.rawBody, headers: c.headers, timeoutMs: 10_000 })
    .catch((error: unknown) => ({ status: 599, headers: new Headers(), text: `no answer: ${String(error)}`, json: undefined, ms: 10_000 }));
}

describe('check 1: API fuzzing from the OpenAPI document', () => {
  const sut = useProduct({ env: { DEMO: 'true' } });

  it('answers every valid and mutated request of every operation, as every role, without a 5xx or a stored refusal', async () => {
    const check = startCheck('fuzzing', 1, 'API fuzzing from the OpenAPI document');
    const { product, database, as } = sut.current;
    const doc = (await as.admin.request('GET', '/api/openapi.json')).json as ApiDocument;
    const linted = lint(doc);
    const operations = operationsOf(doc);
    const validate = answerValidator(doc);

    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const fixtures = await loadFixtures(db, [ADMIN_EMAIL, ...Object.values(as).map((s) => s.email)]);
      const fingerprint = await storedFingerprint(db);
      const samples = new Samples(doc, fixtures);
      const sessions: Session[] = [as.admin, as.recorder, as.reviewer, as.viewer, anonymous(product.baseUrl)];
      const total = bound(1_200, 10_000);
      const perOperation = Math.ceil(total / operations.length);

      const statuses = new Map<string, Map<number, number>>();
      const failures = new Map<string, string[]>();
      const fail = (rule: string, what: string) => failures.set(rule, [...(failures.get(rule) ?? []), what]);
      let sent = 0;
      let valid = 0;
      let answersChecked = 0;
      let refusedWrites = 0;
      const started = Date.now();
      for (const [n, operation] of operations.entries()) {
        const r = new Random(SEED + n * 100_003);
        for (let i = 0; i < perOperation; i++) {
          // Signing out would end the session the rest of the run uses: logout is sent without one.
          const session = operation.id === 'AuthController_logout' ? (sessions.at(-1) as Session) : (sessions[(n + i) % sessions.length] as Session);
          let c = samples.valid(operation, r);
          // An edit names the version it changes, as the dashboard does; without it every edit would stop at 428.
          if ((operation.method === 'PATCH' || operation.method === 'PUT') && operation.parameters.every((p) => p.in !== 'path' || p.name === 'id' || p.name === 'key')) {
            const etag = (await as.admin.request('GET', c.url.split('?')[0] ?? '')).headers.get('etag');
            if (etag) c.headers['if-match'] = etag;
          }
          if (!r.chance(VALID_SHARE)) {
            const mutation = r.pick(MUTATIONS.filter((m) => m.applies(c)));
            c = { ...mutation.apply(c, r), kind: mutation.name };
          } else valid++;
          const writes = operation.method !== 'GET';
          const before = writes ? await fingerprint(db) : undefined;
          const reply = await send(session, c);
          sent++;
          const byKind = statuses.get(c.kind) ?? new Map<number, number>();
          byKind.set(reply.status, (byKind.get(reply.status) ?? 0) + 1);
          statuses.set(c.kind, byKind);
          const what = `${c.operation.method} ${c.url.slice(0, 160)} as ${session.role} (${c.kind}) → ${reply.status}`;
          const verdict = judge(reply, operation, validate);
          if (!verdict.ok) fail(verdict.rule, `${what}: ${verdict.why}`);
          else if (verdict.answerChecked) answersChecked++;
          if (before && reply.status >= 400) {
            refusedWrites++;
            const changed = changedTables(before, await fingerprint(db));
            if (changed.length) fail('refused request stored something', `${what}: ${changed.join(', ')} changed`);
          }
        }
      }
      const seconds = Math.round((Date.now() - started) / 1000);
      const stillSignedIn = (await Promise.all(sessions.slice(0, 4).map((s) => s.request('GET', '/api/auth/me')))).filter((x) => x.status === 200).length;

      const count = (rule: string) => failures.get(rule)?.length ?? 0;
      const kinds = [...statuses.keys()].sort((a, b) => (a === 'valid' ? -1 : b === 'valid' ? 1 : a.localeCompare(b)));
      const codes = [...new Set([...statuses.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
      const table = [
        `| request | ${codes.join(' | ')} |`,
        `| --- | ${codes.map(() => '---').join(' | ')} |`,
        ...kinds.map((k) => `| ${k} | ${codes.map((code) => statuses.get(k)?.get(code) ?? '').join(' | ')} |`),
      ];
      const examples = [...failures].flatMap(([rule, list]) => [`**${rule}** (${list.length}):`, ...list.slice(0, 5).map((x) => `- \`${x.replace(/`/g, "'")}\``)]);
      const result = check.finish(
        [
          figure('operations in the document', operations.length),
          figure('requests sent', sent, FULL ? '≥ 10,000' : undefined, FULL ? sent >= 10_000 : undefined),
          figure('valid samples / mutated', `${valid} / ${sent - valid}`),
          figure('responses 5xx (or no answer)', count('5xx'), '0', count('5xx') === 0),
          figure('4xx not problem+json', count('4xx not problem+json'), '0', count('4xx not problem+json') === 0),
          figure('400 naming no field', count('400 naming no field'), '0', count('400 naming no field') === 0),
          figure('refused writes that stored something', `${count('refused request stored something')} of ${refusedWrites}`, '0', count('refused request stored something') === 0),
          figure('2xx answers checked against the document (ajv)', answersChecked),
          figure('2xx answers not as documented', count('2xx answer not as documented'), '0', count('2xx answer not as documented') === 0),
          figure('spectral:oas errors in the document', linted.errors, '0', linted.errors === 0),
          figure('spectral:oas warnings', linted.warnings),
          figure('sessions still signed in at the end', `${stillSignedIn} of 4`, '4', stillSignedIn === 4),
          figure('seed, seconds', `${SEED}, ${seconds} s`),
        ],
        [
          `Each of the ${operations.length} operations of /api/openapi.json got ${perOperation} requests, rotating admin, recorder, reviewer, viewer and no session; ${Math.round(VALID_SHARE * 100)}% valid samples (openapi-sampler, with real ids from the demonstration data) and the rest mutated by fast-check (seeded) in one of ${MUTATIONS.length} ways. Each refused write was bracketed by a fingerprint of every table (row counts, and the sum of versions where a table has them), except what a refusal changes by design: ${[...Object.entries(CHANGED_BY_DESIGN).map(([t, why]) => `${t} (${why})`), ...Object.entries(REFUSALS_RECORDED).map(([t, r]) => `${t} where not ${r.where} (${r.why})`)].join('; ')}.`,
          'Status codes by request:',
          table.join('\n'),
          ...(linted.messages.length ? ['spectral errors:', ...linted.messages.slice(0, 20).map((m) => `- ${m}`)] : []),
          ...examples,
        ],
      );
      if (!result.passed) process.stderr.write(`${examples.join('\n')}\n${linted.messages.join('\n')}\n`);
      expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
