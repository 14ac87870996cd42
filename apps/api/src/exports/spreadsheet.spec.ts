import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describeWithLibreOffice, valuesInLibreOffice } from '../testing/libreoffice';
import { writeCsv } from './csv-writer';
import type { Cell } from './sheet';
import { writeWorkbook, type SpreadsheetFormat } from './spreadsheet';

const HEADINGS = ['Text', 'Number', 'Date', 'Empty'];
/** Everything that has broken a spreadsheet export somewhere: separators, quotes, breaks, spaces, formulas, scripts. */
const ROWS: Cell[][] = [
  ['Council for Disabled Children, CDC', 42, { date: '2026-02-23' }, null],
  ['He said "no more paper"', -3.5, { date: '2026-05-18' }, ''],
  ['First line\nsecond line', 0, null, null],
  ['  two leading spaces and   three inside', 1234567, null, null],
  ['=HYPERLINK("http://evil.example","click")', 1, null, null],
  ['+44 20 7946 0000', 2, null, null],
  ['-not a number', 3, null, null],
  ['@SUM(A1:A2)', 4, null, null],
  ['Café – “quotes” and ümlauts 👪', 5, null, null],
  ['tab\tinside', 6, null, null],
  ['<script>&amp;</script>', 7, null, null],
];

async function workbook(format: SpreadsheetFormat): Promise<Buffer> {
  const out = new PassThrough();
  const file = buffer(out);
  const written = await writeWorkbook(format, [{ name: 'Actions', headings: HEADINGS, rows: ROWS }], 'OFFICIAL-SENSITIVE', out);
  expect(written).toBe(ROWS.length);
  return file;
}

describe('ODS packaging', () => {
  it('puts the mimetype first and stored, as ODF requires', async () => {
    const file = await workbook('ods');
    expect(file.readUInt32LE(0)).toBe(0x04034b50); // local file header
    expect(file.readUInt16LE(8)).toBe(0); // compression method: stored
    const nameLength = file.readUInt16LE(26);
    const extraLength = file.readUInt16LE(28);
    expect(file.subarray(30, 30 + nameLength).toString()).toBe('mimetype');
    expect(file.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + 46).toString()).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });
});

describeWithLibreOffice('files as LibreOffice opens them', () => {
  // What Calc shows: the marking row, the headings, then each value as written; formulas stay text.
  const expected = [
    ['OFFICIAL-SENSITIVE'],
    HEADINGS,
    ...ROWS.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? cell.date : String(cell)))),
  ];
  const trimmed = (rows: string[][]) => rows.map((row) => row.slice(0, HEADINGS.length)).map((row) => (row.length === 1 ? row : row.concat(Array(HEADINGS.length - row.length).fill(''))));

  it.each(['ods', 'xlsx'] as const)('%s: every value comes back as written', async (format) => {
    const values = valuesInLibreOffice(await workbook(format), format);
    expect(values[0][0]).toBe('OFFICIAL-SENSITIVE');
    expect(trimmed(values.slice(1))).toEqual(trimmed(expected.slice(1)));
  });

  it('csv: values come back, and formula-like text is neutralised rather than run', async () => {
    const out = new PassThrough();
    const file = buffer(out);
    await writeCsv(HEADINGS, ROWS, out);
    const text = (await file).toString('utf8');
    expect(text.startsWith('\ufeffText,Number,Date,Empty\r\n')).toBe(true);
    expect(text).toContain('"First line\nsecond line"');
    const values = valuesInLibreOffice(await file, 'csv');
    // Text starting = + - @ gains a leading apostrophe; numbers (-3.5) are numbers and stay as they are.
    const neutralised = ROWS.map((row) => row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    expect(trimmed(values)).toEqual(trimmed([HEADINGS, ...neutralised.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? cell.date : String(cell))))]));
  });
});
