import type { Page } from '@send/contracts';
import { cappedTotal, offset, type ListQuery, type SqlFilter } from './list-query';
import { onOneConnection, sql, type ReadSource } from './sql';

export interface PageSql {
  /** The column list (never `*`). */
  select: string;
  /** `FROM … WHERE …`, shared by the page and its total. */
  from: string;
  /** From `orderBy()`, so it is whitelisted and has a tie-breaker. */
  orderBy: string;
}

/** One page of a list with its capped total: the part every list endpoint repeats. */
export async function pageOf<Row, Item>(db: ReadSource, query: ListQuery, filter: SqlFilter, parts: PageSql, toItem: (row: Row) => Item): Promise<Page<Item>> {
  const [rows, total] = await onOneConnection(db, async (q) => [
    await sql<Row>(q, `SELECT ${parts.select} ${parts.from} ORDER BY ${parts.orderBy} LIMIT ${query.pageSize} OFFSET ${offset(query)}`, filter.params),
    await cappedTotal(q, parts.from, filter.params),
  ] as const);
  return { items: rows.map(toItem), page: query.page, pageSize: query.pageSize, ...total };
}

/** An ILIKE pattern matching `text` anywhere, with `%`, `_` and `\` in it taken literally (a search for "50%" means 50%). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
