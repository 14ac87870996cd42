import { parse } from 'csv-parse/sync';
import { IMPORT_HEADINGS, IMPORT_MAX_ROWS, type ImportHeading, type ImportRowError } from '@send/contracts';
import { rowError } from './import-columns';

export interface SheetRow {
  /** The file line the row starts on (the heading line is 1). */
  line: number;
  /** Non-blank cells only, trimmed. */
  cells: Map<ImportHeading, string>;
}

export interface Sheet {
  rows: SheetRow[];
  /** Problems with the file as a whole or with single cells; the rows are still all read where possible. */
  errors: ImportRowError[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

const headingKey = (heading: string) => heading.trim().replace(/\s+/g, ' ').toLowerCase();
const HEADING_BY_KEY = new Map(IMPORT_HEADINGS.map((h) => [headingKey(h), h]));
/** What a decoder puts where bytes were not UTF-8 (Excel's plain "CSV" is Windows-1252). */
const UNREADABLE = '\uFFFD';

function records(text: string): ParsedRecord[] | ImportRowError {
  try {
    // CRLF and CR become LF first (inside quoted cells too): csv-parse counts lines reliably only then. A byte-order
    // mark is dropped; rows of any length are kept, to be reported by line.
    const lf = text.replace(/\r\n?/g, '\n');
    return parse(lf, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: '\n' }) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return rowError(e.lines ?? 1, null, `The file could not be read as CSV: ${e.message ?? 'unknown error'}. Check for a quote mark that is not closed.`);
  }
}

/** Which template column each position holds; unknown, repeated or missing headings are file-level errors. */
function readHeadings(cells: string[]): { columns: (ImportHeading | null)[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const seen = new Set<ImportHeading>();
  const columns = cells.map((cell) => {
    if (cell.trim() === '') return null;
    const heading = HEADING_BY_KEY.get(headingKey(cell));
    if (!heading) errors.push(rowError(1, cell.trim(), `"${cell.trim()}" is not a heading in the template`));
    else if (seen.has(heading)) errors.push(rowError(1, heading, `The "${heading}" heading appears more than once`));
    else seen.add(heading);
    return heading ?? null;
  });
  for (const heading of IMPORT_HEADINGS) if (!seen.has(heading)) errors.push(rowError(1, heading, `The "${heading}" heading is missing: use the template's headings`));
  return { columns, errors };
}

/** The CSV text as rows of cells by heading, with every problem found on the way. Blank rows are skipped. */
export function readSheet(text: string): Sheet {
  const parsed = records(text);
  if (!Array.isArray(parsed)) return { rows: [], errors: [parsed] };
  if (parsed.length === 0 || parsed[0].record.every((cell) => cell.trim() === '')) return { rows: [], errors: [rowError(1, null, 'The file is empty: the first line must hold the headings')] };
  const { columns, errors } = readHeadings(parsed[0].record);
  if (errors.length) return { rows: [], errors };

  const rows: SheetRow[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const line = parsed[i - 1].info.lines + 1;
    const record = parsed[i].record;
    if (record.every((cell) => cell.trim() === '')) continue;
    if (rows.length === IMPORT_MAX_ROWS) return { rows: [], errors: [rowError(line, null, `The file has more than ${IMPORT_MAX_ROWS} rows: split it into smaller files`)] };
    const cells = new Map<ImportHeading, string>();
    const before = errors.length;
    record.forEach((cell, index) => {
      const heading = columns[index];
      const value = cell.trim();
      if (value === '') return;
      if (!heading) errors.push(rowError(line, null, `Cell ${index + 1} has a value but no heading`));
      else if (value.includes(UNREADABLE)) errors.push(rowError(line, heading, `${heading} has characters that could not be read: save the file as "CSV UTF-8"`));
      else cells.set(heading, value);
    });
    // A row with an unreadable cell is reported once, not again for the value it seems to lack.
    if (errors.length === before) rows.push({ line, cells });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(rowError(1, null, 'The file has headings but no rows to import'));
  return { rows, errors };
}
