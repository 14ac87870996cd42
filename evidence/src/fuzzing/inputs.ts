import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sample } from 'openapi-sampler';
import { deref, type ApiDocument, type Operation, type Schema } from './document';
import { tableFor, type Fixtures } from './fixtures';

/** One request to send: what it is (`valid`, or the mutation applied), and its parts. */
export interface FuzzCase {
  operation: Operation;
  kind: string;
  /** Path with the query string. */
  url: string;
  body?: unknown;
  /** Sent as-is instead of `body` (bodies JSON.stringify cannot write, e.g. a `__proto__` key). */
  rawBody?: string;
  headers: Record<string, string>;
}

type Json = unknown;
type Mutation = { name: string; applies(c: FuzzCase): boolean; apply(c: FuzzCase, rnd: Random): FuzzCase };

const MB = 1024 * 1024;
const WORDS = ['SEND', 'parent', 'advocacy', 'framework', 'council', "o'brien", 'early'];

/**
 * Seeded choices (mulberry32) and values drawn from fast-check's generators, reproducible from the seed. The choices
 * use a plain uniform generator: fast-check biases towards edge cases, which suits values but not a 30/70 split.
 */
export class Random {
  private n = 0;
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  draw<T>(arb: fc.Arbitrary<T>): T {
    return fc.sample(arb, { seed: this.seed + this.n++, numRuns: 1 })[0] as T;
  }
  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.uniform() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.uniform() < p;
  }
}

/** Any JSON value of a type other than the field expects, or junk of every kind. */
const WRONG_VALUE: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(''),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-1),
);
const NASTY_STRING: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map((s) => `${s}\u0000`),
  fc.constantFrom('\u0000', 'a\u0000b', '\u202eevil', '𝕊𝔼ℕ𝔻 🧒🏽', 'Ω≈ç√', '\ud800', '<script>alert(1)</script>', "'; DROP TABLE meetings; --", '${jndi:x}', '../../etc/passwd', '\r\nSet-Cookie: x=1'),
);
const BAD_DATE = fc.constantFrom('2026-02-30', '2026-13-01', 'not-a-date', '99999-01-01', '0000-00-00', '2026-1-1', '1e10', '2026-06-01T25:61:00Z', '');
const BAD_ID = fc.constantFrom('%FF', '%E0%A4%A', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '1 OR 1=1', '%00', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300), '🧒', '-1', '99999999999999999999');
const BAD_NUMBER = fc.constantFrom('-1', '0', '99999999999', '1e309', '9'.repeat(40), 'NaN', '1.5', 'abc', '', '0x10');

function fieldsOf(body: Json): string[] {
  return body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
}

function withField(body: Json, field: string, value: Json): Json {
  return { ...(body as Record<string, Json>), [field]: value };
}

function setQuery(url: string, name: string, value: string, append = false): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  if (append) params.append(name, value);
  else params.set(name, value);
  return `${path}?${params.toString()}`;
}

function queryNames(c: FuzzCase): string[] {
  return c.operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
}

const hasBody = (c: FuzzCase) => c.operation.body !== undefined;
const hasFields = (c: FuzzCase) => fieldsOf(c.body).length > 0;
const hasQuery = (c: FuzzCase) => queryNames(c).length > 0;
const hasPathId = (c: FuzzCase) => /\{\w+\}/.test(c.operation.path);

export const MUTATIONS: Mutation[] = [
  { name: 'field of the wrong type', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), r.draw(WRONG_VALUE)) }) },
  { name: 'field null', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), null) }) },
  {
    name: 'field missing',
    applies: hasFields,
    apply: (c, r) => {
      const body = { ...(c.body as Record<string, Json>) };
      delete body[r.pick(Object.keys(body))];
      return { ...c, body };
    },
  },
  { name: 'extra field', applies: hasBody, apply: (c, r) => ({ ...c, body: withField(c.body ?? {}, r.pick(['isAdmin', 'id', 'version', 'createdBy', 'role', 'zzz']), r.draw(WRONG_VALUE)) }) },
  { name: 'unicode and NUL in a field', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), r.draw(NASTY_STRING)) }) },
  { name: '1 MB string in a field', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), 'x'.repeat(MB)) }) },
  { name: '900 KB string in a field', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), 'é'.repeat(450 * 1024)) }) },
  { name: 'bad date in a field', applies: hasFields, apply: (c, r) => ({ ...c, body: withField(c.body, r.pick(fieldsOf(c.body)), r.draw(BAD_DATE)) }) },
  {
    name: '__proto__ / constructor keys',
    applies: hasBody,
    apply: (c, r) => {
      const inner = JSON.stringify(c.body ?? {}).slice(1, -1);
      const poison = r.pick(['"__proto__":{"role":"admin","isAdmin":true}', '"constructor":{"prototype":{"role":"admin"}}', '"__proto__":null', '"prototype":1']);
      return { ...c, body: undefined, rawBody: `{${poison}${inner ? `,${inner}` : ''}}` };
    },
  },
  {
    name: 'body not a JSON object',
    applies: hasBody,
    apply: (c, r) => {
      const rawBody = r.pick(['[]', '[{}]', '42', '"text"', 'null', 'true', '{', '{"a":', '', '\u0000', '{"a":1}{"b":2}', JSON.stringify({ deep: JSON.parse('['.repeat(200) + ']'.repeat(200)) })]);
      return { ...c, body: undefined, rawBody };
    },
  },
  { name: 'wrong content type', applies: hasBody, apply: (c) => ({ ...c, rawBody: JSON.stringify(c.body ?? {}), body: undefined, headers: { ...c.headers, 'content-type': 'text/plain' } }) },
  {
    name: 'bad query value',
    applies: hasQuery,
    apply: (c, r) => ({ ...c, url: setQuery(c.url, r.pick(queryNames(c)), r.draw(fc.oneof(NASTY_STRING, fc.string({ maxLength: 2000 }), BAD_DATE, BAD_ID, BAD_NUMBER))) }),
  },
  {
    name: 'huge or negative page',
    applies: (c) => queryNames(c).includes('page'),
    apply: (c, r) => ({ ...c, url: setQuery(c.url, r.pick(['page', 'pageSize']), r.draw(BAD_NUMBER)) }),
  },
  { name: 'query parameter repeated', applies: hasQuery, apply: (c, r) => ({ ...c, url: setQuery(setQuery(c.url, r.pick(queryNames(c)), 'a', true), r.pick(queryNames(c)), 'b', true) }) },
  { name: 'unknown query parameter', applies: () => true, apply: (c, r) => ({ ...c, url: setQuery(c.url, r.pick(['zzz', '__proto__', 'constructor', 'where']), '1') }) },
  { name: '4 KB query string', applies: hasQuery, apply: (c, r) => ({ ...c, url: setQuery(c.url, r.pick(queryNames(c)), 'q'.repeat(4096)) }) },
  {
    name: 'bad id in the path',
    applies: hasPathId,
    apply: (c, r) => {
      const bad = r.draw(BAD_ID);
      const [path = '', query] = c.url.split('?');
      const segments = path.split('/');
      const at = c.operation.path.split('/').findIndex((s) => s.startsWith('{'));
      segments[at] = bad;
      return { ...c, url: `${segments.join('/')}${query !== undefined ? `?${query}` : ''}` };
    },
  },
  {
    name: 'bad If-Match',
    applies: (c) => c.operation.method === 'PATCH' || c.operation.method === 'PUT',
    apply: (c, r) => ({ ...c, headers: { ...c.headers, 'if-match': r.pick(['', 'W/"abc"', '"-1"', '99999999999999999999', '*', '"1", "2"', '\u00e9']) } }),
  },
  { name: 'bad Idempotency-Key', applies: (c) => c.operation.method === 'POST', apply: (c, r) => ({ ...c, headers: { ...c.headers, 'idempotency-key': r.pick(['', ' ', 'k'.repeat(201), 'clé\u00ff']) } }) },
];

/** Valid requests from the document (openapi-sampler), with real ids where the names say which record they take. */
export class Samples {
  constructor(
    private readonly document: ApiDocument,
    private readonly fixtures: Fixtures,
  ) {}

  valid(operation: Operation, r: Random): FuzzCase {
    let membership: string | undefined;
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'membershipId') return (membership ??= r.pick(this.ids('group_memberships')));
      if (name === 'key') return r.pick(this.fixtures.phaseKeys);
      if (name === 'secret') return randomUUID().replace(/-/g, '');
      if (operation.path.includes('{membershipId}')) return this.fixtures.membershipGroup.get((membership ??= r.pick(this.ids('group_memberships')))) ?? randomUUID();
      const segment = operation.path.split('/').at(operation.path.split('/').indexOf(`{${name}}`) - 1) ?? '';
      return this.idFor(segment, r);
    });
    const query = new URLSearchParams();
    for (const p of operation.parameters.filter((x) => x.in === 'query')) {
      if (p.required || r.chance(0.4)) query.set(p.name, this.queryValue(p.name, deref(this.document, p.schema), r));
    }
    const qs = query.toString();
    const headers: Record<string, string> = {};
    if (operation.method === 'POST' && r.chance(0.5)) headers['idempotency-key'] = randomUUID();
    const body = operation.body ? this.fill(sample(operation.body as never, { skipReadOnly: true, quiet: true }, this.document), r) : undefined;
    return { operation, kind: 'valid', url: qs ? `${path}?${qs}` : path, body, headers };
  }

  private ids(table: string): string[] {
    const ids = this.fixtures.ids.get(table) ?? [];
    return ids.length ? ids : [randomUUID()];
  }

  private idFor(name: string, r: Random): string {
    const table = tableFor(name);
    return table ? r.pick(this.ids(table)) : randomUUID();
  }

  private queryValue(name: string, schema: Schema | undefined, r: Random): string {
    if (Array.isArray(schema?.['enum'])) return String(r.pick(schema['enum'] as unknown[]));
    if (/Id$/.test(name)) return this.idFor(name, r);
    if (name === 'from') return '2026-01-01';
    if (name === 'to') return '2026-12-31';
    if (name === 'page') return String(1 + Math.floor(r.uniform() * 3));
    if (name === 'pageSize') return String(1 + Math.floor(r.uniform() * 100));
    if (name === 'q') return r.pick(WORDS);
    const value = schema ? sample(schema as never, { quiet: true }, this.document) : 'x';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  /** Sampled bodies say "string" where a field wants an id, a date or an address: give each what its name says. */
  private fill(value: Json, r: Random, name = ''): Json {
    if (Array.isArray(value)) return value.map((v) => this.fill(v, r, name.replace(/s$/, '')));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.fill(v, r, k)]));
    if (typeof value !== 'string') return value;
    if (/Ids?$/.test(name) || name === 'id') return this.idFor(name, r);
    if (/At$/.test(name)) return '2026-06-01T10:00:00.000Z';
    if (/(On|Date|^date)$/.test(name) || name === 'from' || name === 'to') return '2026-06-01';
    if (/email/i.test(name)) return `fuzz-${randomUUID().slice(0, 8)}@example.test`;
    if (/password/i.test(name)) return 'a long fuzzing password 2026';
    return value === 'string' ? `${r.pick(WORDS)} ${Math.floor(r.uniform() * 10_000)}` : value;
  }
}
