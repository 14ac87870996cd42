import { stringify as stringifyStream, type Stringifier } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 with CRLF between records. csv-stringify leaves a field holding a bare `\n` unquoted when records end in
 * CRLF, hence quoted_match. Cells starting `= + - @`, tab or CR get a leading `'` so a spreadsheet never runs them
 * as formulas (numbers are written as numbers and left alone). The byte-order mark makes Excel read UTF-8.
 */
const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/, escape_formulas: true, bom: true } as const;

export type CsvCell = string | number | null;

/** A whole small file (a quarterly return, a briefing pack) as one string. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows as CsvCell[][], CSV_OPTIONS);
}

/** A stream for long files: write arrays of cells, pipe the text out. */
export function csvStream(): Stringifier {
  return stringifyStream(CSV_OPTIONS);
}
