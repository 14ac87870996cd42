import { Pool, type PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { ReadSource } from '../common/sql';

/**
 * The rows of one query, read through a cursor a batch at a time on a connection of its own, so an export of a
 * million rows holds a few hundred in memory. Stopping early (the client went away) closes the cursor and returns
 * the connection. The cursor reads one snapshot, so the file is consistent even while others write.
 */
export async function* streamRows<Row>(db: ReadSource, text: string, params: unknown[], batchSize = 500): AsyncGenerator<Row> {
  const runner = db instanceof Pool ? null : db.createQueryRunner();
  const client = runner ? ((await runner.connect()) as PoolClient) : await (db as Pool).connect();
  const stream = client.query(new QueryStream(text, params, { batchSize }));
  try {
    for await (const row of stream) yield row as Row;
  } finally {
    stream.destroy();
    if (runner) await runner.release();
    else client.release();
  }
}
