import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from './ports';

/** The server as `nx build api web` leaves it; it serves the dashboard from dist/apps/web/browser next to it. */
export const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');
export const REPO_ROOT = resolve(__dirname, '../../..');

export const ADMIN_EMAIL = 'evidence-admin@example.test';
export const ADMIN_PASSWORD = 'evidence admin long password';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface Product {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** The tail of what it printed to stdout alone (its JSON log lines). */
  stdout(): string;
  /** SIGTERM and wait for a clean exit; SIGKILL after 30 s. */
  stop(): Promise<void>;
  /** kill -9: no shutdown at all. */
  kill(): Promise<void>;
}

export interface ProductOptions {
  /** The database to run on; without it the product starts its own embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

/** Starts the built product as `npm start` does and resolves once /api/health answers 200. */
export async function startProduct(options: ProductOptions): Promise<Product> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx run-many -t build -p api web\` first`);
  if (!options.databaseUrl && !options.dataDir) throw new Error('startProduct needs databaseUrl or dataDir');
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATA_DIR: options.dataDir ?? '' }),
    ...options.env,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO_ROOT });
  let out = '';
  let stdout = '';
  const keep = (chunk: Buffer) => (out = (out + chunk.toString()).slice(-200_000));
  child.stdout?.on('data', (chunk: Buffer) => {
    keep(chunk);
    stdout = (stdout + chunk.toString()).slice(-200_000);
  });
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  // Should the check itself be killed, do not leave a server (and its PostgreSQL) behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const product: Product = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    child,
    exited,
    output: () => out,
    stdout: () => stdout,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (gone()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
    kill: async () => {
      process.removeListener('exit', killOnExit);
      if (gone()) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
  try {
    await waitForHealth(product.baseUrl, gone, () => out);
  } catch (error) {
    await product.kill();
    throw error;
  }
  return product;
}

export async function waitForHealth(baseUrl: string, gone: () => boolean, output: () => string, timeoutMs = START_TIMEOUT_MS): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (gone()) throw new Error(`the product exited during start-up:\n${output()}`);
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
    if (res?.status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no healthy answer from ${baseUrl}/api/health within ${timeoutMs} ms:\n${output()}`);
}
