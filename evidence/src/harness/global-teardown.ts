import { rmSync } from 'node:fs';
import { FULL, OUT_DIR_VAR } from './mode';
import { writeReport } from './report';

export default async function globalTeardown(): Promise<void> {
  const cluster = globalThis.__evidenceCluster;
  globalThis.__evidenceCluster = undefined;
  await cluster?.remove();
  const out = process.env[OUT_DIR_VAR];
  if (FULL && out) writeReport(out);
  else if (out) rmSync(out, { recursive: true, force: true });
}
