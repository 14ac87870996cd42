import { IsIn } from 'class-validator';
import type { Marking } from './marking';
import type { Cell } from './sheet';

export const EXPORT_FORMATS = ['csv', 'ods', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=` on an export, next to the list's own filters. */
export class ExportFormatQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}

export interface ExportColumn<Item> {
  heading: string;
  cell: (item: Item) => Cell;
}

/**
 * One list as a file: the list's own filtered, sorted query without paging, the same row mapping its pages use (so
 * what a reader may not see on screen is not in the file either), and the columns people read.
 */
export interface ListExport<Row, Item> {
  /** `actions`: the file name and what the audit says was exported. */
  list: string;
  sheet: string;
  sql: string;
  params: unknown[];
  toItem: (row: Row) => Item;
  columns: ExportColumn<Item>[];
  /** The file's marking, or how to find it: whether any match is OFFICIAL_SENSITIVE (`SELECT EXISTS …`, same params). */
  marking: Marking | { sensitiveSql: string };
}

/** `WHERE a AND b` plus one more condition, whether or not there was a WHERE already. */
export function andWhere(where: string, condition: string): string {
  return where ? `${where} AND ${condition}` : `WHERE ${condition}`;
}
