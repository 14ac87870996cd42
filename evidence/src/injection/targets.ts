import { deref, operationsOf, type ApiDocument, type Operation, type Parameter, type Schema } from '../fuzzing/document';
import { tableFor, type Fixtures } from '../fuzzing/fixtures';
import type { Session } from '../harness/sessions';

/** One query parameter of one operation, with a request that answers 200 and names it. */
export interface Target {
  operation: Operation;
  parameter: string;
  /** Path and query: the required parameters and this one, each with a value the product accepts. */
  url: string;
}

/**
 * The list, search, export and report reads: every GET of the document that takes query parameters. (What else takes
 * input from a query string is nothing; bodies are check 1's.)
 */
export function queryOperations(document: ApiDocument): Operation[] {
  return operationsOf(document).filter((o) => o.method === 'GET' && o.parameters.some((p) => p.in === 'query'));
}

/**
 * PDF routes print a dashboard page, whose filters reach SQL only through the list endpoint that page calls
 * (`/api/print/actions` → `/api/actions`, tested by sqlmap parameter by parameter, with the same validation). sqlmap
 * would print a PDF for every request it sends (about a second each: hours per parameter); wapiti still crawls them.
 */
export function leftToWapiti(operation: Pick<Operation, 'path'>): boolean {
  return operation.path.startsWith('/api/print/');
}

const SEARCH_WORD = 'advocacy';

/** The sort fields an operation takes, read from the 400 it answers to one it does not. */
async function sortFields(session: Session, operation: Operation, path: string, values: Record<string, string>): Promise<string[]> {
  const reply = await session.request('GET', `${path}?${requiredQuery(operation, values, 'zzzznotafield').toString()}`);
  const message = (reply.json as { errors?: { field: string; message: string }[] } | undefined)?.errors?.find((e) => e.field === 'sort')?.message ?? '';
  const list = /one of (.+?) \(/.exec(message)?.[1] ?? '';
  return list.split(',').map((s) => s.trim()).filter(Boolean);
}

function requiredQuery(operation: Operation, values: Record<string, string>, sort?: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const p of operation.parameters.filter((x) => x.in === 'query' && x.required)) query.set(p.name, values[p.name] ?? '');
  if (sort) query.set('sort', sort);
  return query;
}

/** A value of `parameter` the product accepts and that selects real demonstration records where it can. */
function acceptedValue(document: ApiDocument, parameter: Parameter, fixtures: Fixtures, sorts: string[]): string {
  const schema = deref(document, parameter.schema) ?? {};
  const items = deref(document, schema['items'] as Schema | undefined);
  const choices = (schema['enum'] ?? items?.['enum']) as unknown[] | undefined;
  if (choices?.length) return String(choices.includes('csv') ? 'csv' : choices[0]);
  if (schema['type'] === 'boolean') return 'true';
  const name = parameter.name;
  if (name === 'owner') return 'me';
  if (/Id$/.test(name)) return fixtures.ids.get(tableFor(name) ?? '')?.[0] ?? '00000000-0000-4000-8000-000000000000';
  if (/^(from|dueFrom)$/.test(name)) return '2025-01-01';
  if (/^(to|dueTo)$/.test(name)) return '2027-12-31';
  if (name === 'page') return '1';
  if (name === 'pageSize') return '20';
  if (name === 'sort') return sorts[0] ?? 'createdAt';
  if (name === 'quarter') return '2026-Q3';
  if (name === 'q') return SEARCH_WORD;
  return 'send';
}

/** Path parameters (the briefing pack's meeting) from the demonstration data. */
function fillPath(operation: Operation, fixtures: Fixtures): string {
  const segments = operation.path.split('/');
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const before = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
    return fixtures.ids.get(tableFor(before) ?? '')?.[0] ?? '00000000-0000-4000-8000-000000000000';
  });
}

export interface Targets {
  /** One per query parameter: for sqlmap, which tests one parameter at a time. */
  parameters: Target[];
  /** One per operation with every query parameter set: wapiti's start URLs. */
  operations: { operation: Operation; url: string }[];
  /** Requests the product did not answer 200 to: the scan would test an error page, so the check fails on them. */
  refused: string[];
}

export async function targetsOf(document: ApiDocument, fixtures: Fixtures, session: Session): Promise<Targets> {
  const parameters: Target[] = [];
  const operations: Targets['operations'] = [];
  const refused: string[] = [];
  const accepts = async (url: string) => {
    const reply = await session.request('GET', url);
    if (reply.status !== 200) refused.push(`GET ${url} → ${reply.status} ${reply.text.slice(0, 200)}`);
    return reply.status === 200;
  };
  for (const operation of queryOperations(document)) {
    const path = fillPath(operation, fixtures);
    const query = operation.parameters.filter((p) => p.in === 'query');
    const required = Object.fromEntries(query.map((p) => [p.name, acceptedValue(document, p, fixtures, [])]));
    const sorts = query.some((p) => p.name === 'sort') ? await sortFields(session, operation, path, required) : [];
    const values = Object.fromEntries(query.map((p) => [p.name, acceptedValue(document, p, fixtures, sorts)]));
    for (const p of query) {
      const search = requiredQuery(operation, values);
      search.set(p.name, values[p.name] ?? '');
      const url = `${path}?${search.toString()}`;
      if (await accepts(url)) parameters.push({ operation, parameter: p.name, url });
    }
    const all = new URLSearchParams(values);
    const url = `${path}?${all.toString()}`;
    if (await accepts(url)) operations.push({ operation, url });
  }
  return { parameters, operations, refused };
}
