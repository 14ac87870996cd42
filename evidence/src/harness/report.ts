import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckResult } from './record';

export const REPORT_PATH = resolve(__dirname, '../../report.md');

function cell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** evidence/report.md from every check's JSON result in `outDir`. */
export function writeReport(outDir: string, now = new Date()): void {
  const results: CheckResult[] = existsSync(outDir)
    ? readdirSync(outDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(outDir, f), 'utf8')) as CheckResult)
        .sort((a, b) => a.order - b.order)
    : [];
  const database = process.env['DATABASE_URL'] ? `the PostgreSQL server in DATABASE_URL (${new URL(process.env['DATABASE_URL']).host})` : 'an embedded PostgreSQL started for the run';
  const lines = [
    '# Evidence: the tracker under attack, fault and load',
    '',
    `Written by \`npm run evidence\` on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC, against the built product on ${database}.`,
    'Every check started the product itself and sent traffic to 127.0.0.1 only. A check missing below did not finish.',
    '',
    '| # | check | result | seconds |',
    '| --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.order} | [${cell(r.title)}](#${r.id}) | ${r.passed ? 'pass' : '**FAIL**'} | ${r.seconds} |`),
    '',
  ];
  for (const r of results) {
    lines.push(`<a id="${r.id}"></a>`, `## ${r.order}. ${r.title}: ${r.passed ? 'pass' : 'FAIL'}`, '', `Started ${r.startedAt}, took ${r.seconds} s.`, '');
    lines.push('| figure | value | target | |', '| --- | --- | --- | --- |');
    for (const f of r.figures) lines.push(`| ${cell(f.label)} | ${cell(f.value)} | ${cell(f.target ?? '')} | ${f.ok === undefined ? '' : f.ok ? 'ok' : '**miss**'} |`);
    lines.push('');
    for (const d of r.details ?? []) lines.push(d, '');
  }
  writeFileSync(REPORT_PATH, lines.join('\n'));
}
