import { readFileSync } from 'node:fs';
import type { ClientBase, Pool, PoolClient } from 'pg';

/** Which secondary indexes a table loses during its load and gets back (rebuilt in one pass) before it commits. */
export type IndexMode = 'keep' | 'search' | 'all';
export const INDEX_MODES: readonly IndexMode[] = ['keep', 'search', 'all'];

export interface LoadStep {
  name: string;
  /** The table loaded: its indexes follow the index mode and its foreign keys are checked set-based. */
  table?: string;
  /** Steps that must have committed before this one starts. */
  after: readonly string[];
  /**
   * Steps this one only references: it may start once they have started, and waits for them to commit before its
   * foreign keys are checked (or, when the per-row triggers stay on, before inserting).
   */
  references?: readonly string[];
  statements: readonly string[];
}

export interface StepTiming {
  name: string;
  rows: number;
  loadMs: number;
  /** Rebuilding dropped indexes and checking foreign keys. */
  indexMs: number;
  /** CPU the server process spent, when it runs on this machine: unlike wall time, not inflated by other load. */
  cpuMs?: number;
}

/** utime + stime of a local server process (Linux /proc, 100 ticks a second); undefined when not readable. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Bulk-load settings for this session only: nothing changes on the server. */
export async function prepareSession(client: ClientBase): Promise<void> {
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '64MB'`);
  // The generated statements are long expression trees run once: compiling them costs more than it saves.
  await client.query(`SET jit = off`);
  await client.query(`SET TIME ZONE 'Europe/London'`);
}

async function droppableIndexes(client: ClientBase, table: string, mode: IndexMode): Promise<{ name: string; definition: string }[]> {
  if (mode === 'keep') return [];
  const { rows } = await client.query<{ name: string; definition: string; method: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition, am.amname AS method
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      WHERE i.indrelid = to_regclass($1) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [table],
  );
  return mode === 'all' ? rows : rows.filter((r) => r.method === 'gin' && r.name.endsWith('_search_idx'));
}

/**
 * Rows whose single-column foreign keys point nowhere: what ADD FOREIGN KEY would check, without its locks. One pass
 * over the table with a LEFT JOIN per key (each to a unique key, so rows never multiply): a third of the time of
 * one anti-join per key at national scale.
 */
async function danglingReferences(client: ClientBase, table: string): Promise<string[]> {
  const { rows: keys } = await client.query<{ name: string; col: string; ref_table: string; ref_col: string }>(
    `SELECT c.conname AS name, a.attname AS col, c.confrelid::regclass::text AS ref_table, fa.attname AS ref_col
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.conrelid = to_regclass($1) AND cardinality(c.conkey) = 1`,
    [table],
  );
  if (!keys.length) return [];
  const counts = keys.map((k, i) => `count(*) FILTER (WHERE t.${k.col} IS NOT NULL AND r${i}.${k.ref_col} IS NULL)::int AS c${i}`);
  const joins = keys.map((k, i) => `LEFT JOIN ${k.ref_table} r${i} ON r${i}.${k.ref_col} = t.${k.col}`);
  const { rows } = await client.query<Record<string, number>>(`SELECT ${counts.join(', ')} FROM ${table} t ${joins.join(' ')}`);
  return keys.map((k, i) => ({ name: k.name, count: rows[0][`c${i}`] })).filter((k) => k.count > 0).map((k) => `${k.name} (${k.count} rows)`);
}

/** Runs work under a savepoint; false (and nothing changed) when the role may not do it. */
async function trySavepoint(client: ClientBase, name: string, work: () => Promise<void>): Promise<boolean> {
  await client.query(`SAVEPOINT ${name}`);
  try {
    await work();
    await client.query(`RELEASE SAVEPOINT ${name}`);
    return true;
  } catch {
    await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
    return false;
  }
}

/**
 * One step in one transaction: drop the chosen indexes, insert, recreate them, check references, commit. Schema
 * changes in PostgreSQL are transactional, so a failure or a killed process leaves the schema as the migrations
 * made it. Per-row foreign-key triggers cost more than the insert itself at this volume; where the role may, they
 * are switched off for the transaction (session_replication_role) and every key is checked once, set-based, before
 * commit. A role that may do neither simply loads with the indexes and triggers in place.
 */
async function runStep(client: PoolClient, pid: number, step: LoadStep, mode: IndexMode, committed: (names: readonly string[]) => Promise<void>): Promise<StepTiming> {
  const started = Date.now();
  const cpuBefore = processCpuMs(pid);
  let rows = 0;
  let indexMs = 0;
  await client.query('BEGIN');
  try {
    let dropped: { name: string; definition: string }[] = [];
    let skipTriggers = false;
    if (step.table) {
      const candidates = await droppableIndexes(client, step.table, mode);
      if (candidates.length && (await trySavepoint(client, 'drop_indexes', async () => { for (const index of candidates) await client.query(`DROP INDEX ${index.name}`); }))) {
        dropped = candidates;
      }
      skipTriggers = await trySavepoint(client, 'replica', async () => void (await client.query(`SET LOCAL session_replication_role = replica`)));
    }
    if (!skipTriggers) await committed(step.references ?? []);
    for (const statement of step.statements) rows += (await client.query(statement)).rowCount ?? 0;
    const indexStarted = Date.now();
    for (const index of dropped) await client.query(index.definition);
    if (skipTriggers && step.table) {
      await committed(step.references ?? []);
      await client.query(`SET LOCAL session_replication_role = origin`);
      const dangling = await danglingReferences(client, step.table);
      if (dangling.length) throw new Error(`generated rows break foreign keys: ${dangling.join(', ')}`);
    }
    indexMs = Date.now() - indexStarted;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new Error(`${step.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const cpuAfter = processCpuMs(pid);
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { name: step.name, rows, loadMs: Date.now() - started - indexMs, indexMs, cpuMs };
}

/**
 * Runs steps on the pool's connections as soon as the steps they depend on have committed; the first ready step in
 * list order goes first, so list the big tables early. Stops at the first failure.
 */
export async function runSteps(pool: Pool, workers: number, steps: readonly LoadStep[], mode: IndexMode, report: (t: StepTiming) => void): Promise<StepTiming[]> {
  const done = new Set<string>();
  const started = new Set<string>();
  const timings: StepTiming[] = [];
  const waiting: (() => void)[] = [];
  const wakeAll = () => waiting.splice(0).forEach((resolve) => resolve());
  let failure: unknown;

  // A step starts when what it needs has committed and what it references is at least under way on another
  // connection, so no two connections can end up waiting on each other.
  const next = (): LoadStep | undefined =>
    steps.find((s) => !started.has(s.name) && s.after.every((d) => done.has(d)) && (s.references ?? []).every((d) => started.has(d)));
  const committed = async (names: readonly string[]): Promise<void> => {
    while (!names.every((d) => done.has(d))) {
      if (failure) throw new Error('a step it depends on failed');
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const worker = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      await prepareSession(client);
      const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
      while (!failure && done.size < steps.length) {
        const step = next();
        if (!step) {
          if (started.size === steps.length) return;
          if (started.size === done.size) {
            failure = new Error(`steps wait on steps that never run: ${steps.filter((s) => !started.has(s.name)).map((s) => s.name).join(', ')}`);
            return wakeAll();
          }
          await new Promise<void>((resolve) => waiting.push(resolve));
          continue;
        }
        started.add(step.name);
        try {
          const timing = await runStep(client, rows[0].pid, step, mode, committed);
          timings.push(timing);
          report(timing);
        } catch (error) {
          failure = error;
        }
        done.add(step.name);
        wakeAll();
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure;
  return timings;
}
