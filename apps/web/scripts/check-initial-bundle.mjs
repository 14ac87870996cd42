// Initial JavaScript budget, gzipped: Angular's build budgets measure raw bytes, users download gzip.
// Counts every script and modulepreload that index.html makes the browser fetch before the first render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 200;
const dir = process.argv[2] ?? 'dist/apps/web/browser';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) throw new Error(`no initial scripts found in ${dir}/index.html`);
let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  total += size;
  console.log(`${file.padEnd(32)} ${(size / 1024).toFixed(1).padStart(7)} KB gzipped`);
}
const kb = total / 1024;
console.log(`initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${LIMIT_KB} KB)`);
if (kb > LIMIT_KB) {
  console.error(`Over budget by ${(kb - LIMIT_KB).toFixed(1)} KB: lazy-load more of the app.`);
  process.exit(1);
}
