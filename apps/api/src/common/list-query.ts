import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ValidationFailed } from './errors';
import { sql, type Db } from './sql';

/** Beyond this many matches a total is reported as "more than" rather than counted exactly. */
export const EXACT_TOTAL_LIMIT = 10_000;

/** `page` and `pageSize` (≤ 100): a list with its own default size overrides `pageSize = n`, keeping the rules. */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
}

/** Paging, a sort and words: what most lists take. */
export class ListQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]+$/, { message: 'sort must be a field name, with - in front for descending' })
  sort?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** A sortable field: its SQL, and for nullable columns whether empty values go last in both directions. */
export type SortField = string | { expression: string; nullsLast: true };

/**
 * `sort=-dueOn` → SQL ORDER BY, from a whitelist of field → expression. A final unique key keeps paging stable.
 * PostgreSQL's default null placement (last ascending, first descending) is what a plain btree index yields, so an
 * index on the column, or the same index read backwards, can serve the sort and stop after one page.
 */
export function orderBy(sort: string | undefined, fields: Record<string, SortField>, fallback: string, tieBreaker: string): string {
  const requested = sort ?? fallback;
  const descending = requested.startsWith('-');
  const name = descending ? requested.slice(1) : requested;
  const field = fields[name];
  if (!field) {
    throw new ValidationFailed([{ field: 'sort', message: `sort must be one of ${Object.keys(fields).join(', ')} (with - for descending)` }]);
  }
  const direction = descending ? 'DESC' : 'ASC';
  const expression = typeof field === 'string' ? field : `${field.expression} ${direction} NULLS LAST`;
  return typeof field === 'string' ? `${expression} ${direction}, ${tieBreaker} ${direction}` : `${expression}, ${tieBreaker} ${direction}`;
}

/** Where a list's WHERE clause and parameters are built up, filter by filter. */
export class SqlFilter {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/**
 * Exact totals up to `limit` and a floor beyond it: counting 400k matches costs ~100 ms, counting to 10,001 costs a
 * few. `from` is the FROM … WHERE part of the list's query.
 */
export async function cappedTotal(db: Db, from: string, params: unknown[], limit = EXACT_TOTAL_LIMIT): Promise<{ total: number; totalIsLowerBound: boolean }> {
  const [{ n }] = await sql<{ n: number }>(db, `SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${limit + 1}) capped`, params);
  return n > limit ? { total: limit, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
}

export function offset(query: ListQuery): number {
  return (query.page - 1) * query.pageSize;
}
