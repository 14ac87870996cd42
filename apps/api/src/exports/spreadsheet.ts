import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Marking } from './marking';
import { odsParts } from './ods';
import type { Sheet, SpreadsheetFormat } from './sheet';
import { writeOrWait } from './stream-writes';
import { xlsxParts } from './xlsx';

export type { Cell, DateCell, Sheet, SpreadsheetFormat } from './sheet';

/** Buffers small strings into larger writes and waits when the zip falls behind, so memory stays flat. */
class ChunkWriter {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly out: PassThrough) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await writeOrWait(this.out, chunk);
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
  }
}

/**
 * Streams a workbook: each row is turned into XML and handed to the zip as it arrives, so a sheet of 100k rows
 * never sits in memory. Every sheet starts with the marking row, then the headings; the marking is also the printed
 * header and footer. Returns the number of data rows written.
 */
export async function writeWorkbook(format: SpreadsheetFormat, sheets: Sheet[], marking: Marking, out: Writable): Promise<number> {
  const parts = format === 'ods' ? odsParts(sheets, marking) : xlsxParts(sheets, marking);
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  let current: PassThrough | undefined;
  // If the reader goes away, stop the entry being written so the row loop ends and the cursor is closed.
  // Destroyed without an error: yazl re-emits an entry's error on the zip, where nobody listens.
  written.catch(() => current?.destroy());
  zip.on('error', (error: Error) => (zip.outputStream as unknown as PassThrough).destroy(error));
  for (const part of parts.before) zip.addBuffer(Buffer.from(part.text, 'utf8'), part.path, { compress: !part.stored });

  let rows = 0;
  let entry: ChunkWriter | undefined;
  const openEntry = (path: string): ChunkWriter => {
    const stream = new PassThrough();
    current = stream;
    zip.addReadStream(stream, path);
    return new ChunkWriter(stream);
  };
  if (parts.sheetEntries === 'one') {
    entry = openEntry(parts.sheetPath(0));
    await entry.write(parts.start ?? '');
  }
  for (const [index, sheet] of sheets.entries()) {
    if (parts.sheetEntries === 'each') entry = openEntry(parts.sheetPath(index));
    const writer = entry as ChunkWriter;
    await writer.write(parts.open(sheet, index));
    await writer.write(parts.row([marking], 1, 'marking'));
    await writer.write(parts.row(sheet.headings, 2, 'heading'));
    let rowNumber = 2;
    for await (const cells of sheet.rows) {
      await writer.write(parts.row(cells, ++rowNumber));
      rows++;
    }
    await writer.write(parts.close(sheet, index, index === sheets.length - 1));
    if (parts.sheetEntries === 'each') await writer.end();
  }
  if (parts.sheetEntries === 'one') {
    await entry?.write(parts.end ?? '');
    await entry?.end();
  }
  for (const part of parts.after) zip.addBuffer(Buffer.from(part.text, 'utf8'), part.path);
  zip.end();
  await written;
  return rows;
}
