import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvStream, type CsvCell } from './csv';
import { isDateCell, type Cell } from './sheet';
import { writeOrWait } from './stream-writes';

function plain(cell: Cell): CsvCell {
  return isDateCell(cell) ? cell.date : cell;
}

/** A long CSV, written row by row as the rows arrive. */
export async function writeCsv(headings: string[], rows: Iterable<Cell[]> | AsyncIterable<Cell[]>, out: Writable): Promise<void> {
  const csv = csvStream();
  const written = pipeline(csv, out);
  // Handled here and awaited below: a reader who leaves early must not become an unhandled rejection.
  written.catch(() => undefined);
  try {
    await writeOrWait(csv, headings);
    for await (const cells of rows) await writeOrWait(csv, cells.map(plain));
    csv.end();
  } catch (error) {
    csv.destroy();
    throw error;
  }
  await written;
}
