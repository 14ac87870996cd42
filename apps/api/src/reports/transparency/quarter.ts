import { QUARTER_PATTERN } from '@send/contracts';
import { ValidationFailed } from '../../common/errors';

export interface Quarter {
  /** `2026-Q3`. */
  label: string;
  /** First London date of the quarter, YYYY-MM-DD. */
  from: string;
  /** Last London date of the quarter. */
  to: string;
  /** The day after the quarter: meetings start before its London midnight. */
  until: string;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** Calendar quarters, as the return is published: Q1 is January to March. Anything else is a 400 naming `quarter`. */
export function parseQuarter(value: unknown): Quarter {
  if (typeof value !== 'string' || !QUARTER_PATTERN.test(value)) {
    throw new ValidationFailed([{ field: 'quarter', message: 'quarter must be a year and quarter, e.g. 2026-Q3' }]);
  }
  const year = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  const firstMonth = (q - 1) * 3 + 1;
  return { label: value, from: iso(year, firstMonth, 1), to: iso(year, firstMonth + 3, 0), until: iso(year, firstMonth + 3, 1) };
}

/** SQL: `column` falls within the quarter in London time; `$from` and `$until` are London dates. */
export function inQuarter(column: string, from: string, until: string): string {
  return `${column} >= (${from}::date::timestamp AT TIME ZONE 'Europe/London') AND ${column} < (${until}::date::timestamp AT TIME ZONE 'Europe/London')`;
}
