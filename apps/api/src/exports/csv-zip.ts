import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ZipFile } from 'yazl';
import { csvText } from './csv';
import type { Marking } from './marking';
import type { Cell, Sheet } from './sheet';

/** A small workbook (a bundle, a subject access record) as a spreadsheet, or as CSV files in a zip. */
export const WORKBOOK_FORMATS = ['ods', 'xlsx', 'zip'] as const;
export type WorkbookFormat = (typeof WORKBOOK_FORMATS)[number];

/** A CSV cell: dates as their ISO text. */
function plain(cell: Cell): string | number | null {
  return cell !== null && typeof cell === 'object' ? cell.date : cell;
}

/** The sheets of a small workbook as a zip of CSV files, one per sheet, each starting with the marking as sheets do. */
export async function writeCsvZip(sheets: Sheet[], marking: Marking, out: Writable): Promise<void> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  for (const sheet of sheets) {
    const rows = [...(sheet.rows as Iterable<Cell[]>)].map((row) => row.map(plain));
    zip.addBuffer(Buffer.from(csvText([[marking], sheet.headings, ...rows]), 'utf8'), `${sheet.name.toLowerCase().replace(/\s+/g, '-')}.csv`);
  }
  zip.end();
  await written;
}
