import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

function findSoffice(): string | undefined {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next
    }
  }
  return undefined;
}

export const SOFFICE = findSoffice();
if (!SOFFICE && process.env['CI']) throw new Error('LibreOffice (libreoffice-calc-nogui) is required in CI: .ci/run installs it.');
if (!SOFFICE) console.warn('LibreOffice (soffice) not found: the checks that open files in it are skipped. apt-get install libreoffice-calc-nogui to run them.');

/** `describe` when LibreOffice is installed (always in CI, which fails without it); skipped with a note on a laptop without it. */
export const describeWithLibreOffice = SOFFICE ? describe : describe.skip;

// Import/export options: comma, double quote, UTF-8, from line 1, standard cells, evaluate formulas (the worst case).
const CSV_FILTER = 'CSV:44,34,76,1,,0,false,true,false,false,false,-1,true';

/**
 * Opens a file in LibreOffice Calc (headless) and saves its first sheet as CSV, read back as rows of the values as
 * Calc shows them. A profile of its own per call, so parallel test files do not share LibreOffice's lock.
 */
export function valuesInLibreOffice(file: Buffer, extension: 'ods' | 'xlsx' | 'csv'): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'send-lo-'));
  try {
    const input = join(dir, `input.${extension}`);
    writeFileSync(input, file);
    const out = join(dir, 'out');
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        ...(extension === 'csv' ? [`--infilter=${CSV_FILTER}`] : []),
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false`,
        '--outdir',
        out,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const [converted] = readdirSync(out).filter((f) => f.startsWith(basename(input, `.${extension}`)));
    return parse(readFileSync(join(out, converted), 'utf8'), { relax_column_count: true, bom: true }) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
