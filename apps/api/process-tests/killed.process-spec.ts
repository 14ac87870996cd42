import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { processInfo } from '../src/database/embedded-leftovers';
import { startServer, waitForHealth, type ServerProcess } from './server-process';

const postmasterPid = (dataDir: string): number => Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function started(dataDir: string): Promise<{ server: ServerProcess; base: string }> {
  const port = await freePort();
  const server = startServer({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server, 60_000);
  return { server, base };
}

async function killed(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

async function stopped(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/**
 * `npm start` killed without shutting down (kill -9, the OOM killer): its embedded PostgreSQL outlives it, or dies
 * with it and leaves postmaster.pid behind. Either way the next start on the same DATA_DIR must be healthy.
 * Runs on an embedded database whatever the run's DATABASE_URL: that is the mode under test.
 */
describe('the server process after a kill -9', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-killed-'));
  beforeAll(() => chmodSync(dataDir, 0o755));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the PostgreSQL a killed server left running, and starts healthy on the same DATA_DIR', async () => {
    const first = await started(dataDir);
    const orphan = postmasterPid(dataDir);
    await killed(first.server);
    // The premise: the killed server's PostgreSQL is still running, holding the data directory.
    expect(processInfo(orphan)).toBeDefined();

    const second = await started(dataDir);
    expect(processInfo(orphan)).toBeUndefined();
    expect(second.server.output()).not.toContain('First sign-in');
    expect((await fetch(`${second.base}/api/health`)).status).toBe(200);
    await stopped(second.server);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('starts healthy when the killed server took its PostgreSQL with it (a stale postmaster.pid)', async () => {
    const first = await started(dataDir);
    const postmaster = postmasterPid(dataDir);
    process.kill(postmaster, 'SIGKILL');
    await killed(first.server);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const second = await started(dataDir);
    await stopped(second.server);
  });

  it('refuses, by name, a second server on a DATA_DIR another running server uses', async () => {
    const first = await started(dataDir);
    const second = startServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another running server');
    expect((await fetch(`${first.base}/api/health`)).status).toBe(200);
    await stopped(first.server);
  });
});
