import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCluster, type Cluster } from './cluster';
import { ADMIN_URL_VAR, FULL, OUT_DIR_VAR } from './mode';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var __evidenceCluster: Cluster | undefined;
}

export const FULL_OUT_DIR = resolve(__dirname, '../../out');

/**
 * The run's PostgreSQL: the server in DATABASE_URL, or an embedded cluster of the run's own. Each check makes its
 * own fresh database on it. Full runs write results to evidence/out for the report; fast runs to a temporary dir.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL']?.trim();
  if (external) {
    process.env[ADMIN_URL_VAR] = external;
  } else {
    const cluster = await startCluster('evidence-run');
    globalThis.__evidenceCluster = cluster;
    process.env[ADMIN_URL_VAR] = cluster.adminUrl;
  }
  if (FULL) {
    // Kept between runs: a check run alone replaces its own result, and the report shows when each one ran.
    mkdirSync(FULL_OUT_DIR, { recursive: true });
    process.env[OUT_DIR_VAR] = FULL_OUT_DIR;
  } else {
    process.env[OUT_DIR_VAR] = mkdtempSync(join(tmpdir(), 'send-evidence-out-'));
  }
}
