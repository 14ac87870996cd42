/** A date-only value, written as a real date cell so it sorts and filters as one. */
export interface DateCell {
  date: string;
}
export type Cell = string | number | null | DateCell;

export interface Sheet {
  name: string;
  headings: string[];
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
}

export type SpreadsheetFormat = 'ods' | 'xlsx';

/** The fixed parts of a package and how a sheet's XML opens, closes and writes a row. */
export interface SpreadsheetParts {
  /** Written before the sheets; `stored` entries are not compressed (ODF needs its mimetype first and stored). */
  before: { path: string; text: string; stored?: boolean }[];
  /** Sheets go in one entry (ODS content.xml) or one entry each (XLSX). */
  sheetEntries: 'one' | 'each';
  sheetPath(index: number): string;
  open(sheet: Sheet, index: number): string;
  row(cells: Cell[], rowNumber: number, style?: 'marking' | 'heading'): string;
  close(sheet: Sheet, index: number, last: boolean): string;
  /** The wrapper around all sheets when they share one entry. */
  start?: string;
  end?: string;
  after: { path: string; text: string }[];
}

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null;
}

/** Characters XML 1.0 cannot hold at all (a pasted control character would make the file unreadable). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
