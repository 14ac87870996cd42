import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Pool, type PoolClient, type QueryConfig } from 'pg';

export type Query = <Row>(text: string, params?: unknown[]) => Promise<Row[]>;

/** Where a read outside a transaction runs: the primary (the data source's pool) or a read replica's pool. */
export type ReadSource = DataSource | Pool;

/** Where a statement runs: a pool, a TypeORM transaction, or one connection held by onOneConnection/inSnapshot. */
export type Db = ReadSource | EntityManager | Query;

/**
 * Rows from any statement. Outside a transaction the statement goes straight to the driver's pool: TypeORM's query()
 * would build and release a query runner around it, which on a list request costs as much as reading the rows. In a
 * transaction it runs on the transaction's connection. TypeORM's query() answers UPDATE/DELETE with
 * `[rows, rowCount]` but other statements with the rows alone; rows are objects, never arrays, so the two cannot be
 * confused.
 */
export async function sql<Row>(db: Db, text: string, params: unknown[] = []): Promise<Row[]> {
  if (typeof db === 'function') return db<Row>(text, params);
  if (db instanceof DataSource || db instanceof Pool) return (await poolOf(db).query(statement(text, params))).rows as Row[];
  const result: unknown = await db.query(text, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}

/** How many rows an UPDATE or DELETE in a transaction changed (TypeORM's `[rows, rowCount]`, as above). */
export async function changedRows(tx: EntityManager, text: string, params: unknown[] = []): Promise<number> {
  const result: unknown = await tx.query(text, params);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[1] : 0;
}

function poolOf(db: ReadSource): Pool {
  return db instanceof Pool ? db : (db.driver as unknown as { master: Pool }).master;
}

/**
 * The first PREPARED_TEXTS distinct statements this process runs outside a transaction are sent as named prepared
 * statements: each connection parses and plans one once, then only binds and executes it. Planning the action log's
 * page took longer than running it (0.55 ms against 0.45 ms at national scale); prepared, bench (a)'s two statements
 * cost a third less. The cap bounds what each server connection keeps: lists inline LIMIT/OFFSET, so page 7 of a
 * filter is a text of its own, and later texts run unnamed as before. Only statements with parameters: a text
 * without any may hold several commands, which the simple protocol allows and a prepared statement does not.
 */
const PREPARED_TEXTS = 256;
const statementNames = new Map<string, string>();

export function statement(text: string, values: unknown[]): QueryConfig {
  if (values.length === 0) return { text, values };
  let name = statementNames.get(text);
  if (!name && statementNames.size < PREPARED_TEXTS) {
    name = `s${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name ? { name, text, values } : { text, values };
}

function queryOn(client: PoolClient): Query {
  return async <Row>(text: string, params: unknown[] = []) => (await client.query(statement(text, params))).rows as Row[];
}

/**
 * Statements that belong to one request (a page and its total, a check and the read it guards) back to back on one
 * pooled connection, outside a transaction: one checkout instead of one per statement, so a busy pool serves twice
 * the requests. Await each statement before the next: pg 9 drops queueing on a busy connection.
 */
export async function onOneConnection<T>(db: ReadSource, work: (query: Query) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  try {
    return await work(queryOn(client));
  } finally {
    // The pool itself drops a connection that failed (pg marks it unqueryable).
    client.release();
  }
}

/**
 * Several reads that must agree with each other (one REPEATABLE READ, READ ONLY snapshot) on one pooled connection,
 * without TypeORM's query runner: for hot read paths such as search. `SET LOCAL`/`set_config(…, true)` made through
 * `query` last until the end of it.
 */
export async function inSnapshot<T>(db: ReadSource, read: (query: Query) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await read(queryOn(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is not given back to the pool.
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
    throw error;
  } finally {
    client.release(broken);
  }
}
