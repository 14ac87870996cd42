import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../src/database/open-database';
import { startServer, waitForHealth } from './server-process';

/**
 * `npm start` as an operator sees it. Uses an embedded database under a temporary DATA_DIR, or, when the run has
 * DATABASE_URL, a fresh database created on that server.
 */
describe('the server process', () => {
  const external = loadConfig().databaseUrl;
  const dataDir = mkdtempSync(join(tmpdir(), 'send-start-'));
  const dbName = `send_proc_${randomBytes(4).toString('hex')}`;
  let env: Record<string, string>;

  beforeAll(async () => {
    // As root, embedded-postgres runs initdb as a `postgres` user, which must be able to enter the directory.
    chmodSync(dataDir, 0o755);
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    if (external) {
      await createDatabaseIfMissing(external, dbName);
      env['DATABASE_URL'] = withDatabase(external, dbName);
    }
  });
  afterAll(async () => {
    if (external) await dropDatabase(external, dbName);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, serves API and dashboard, stops on SIGTERM, and keeps its data across a restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startServer({ ...env, PORT: String(port) });
    const tookMs = await waitForHealth(base, first, 60_000);
    expect(tookMs).toBeLessThan(60_000);
    const printed = /First sign-in: admin@localhost with password ([A-Za-z0-9]{20})/.exec(first.output());
    expect(printed).not.toBeNull();
    expect(first.output()).toContain(`running at http://127.0.0.1:${port}/`);

    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<app-root');
    // The API description is for signed-in colleagues; the printed password signs in.
    const anonymous = await fetch(`${base}/api/openapi.json`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password: printed?.[1] }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const openapi = await (await fetch(`${base}/api/openapi.json`, { headers: { cookie } })).json();
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toContain('/api/meetings');
    const missing = await fetch(`${base}/api/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped');
    if (!external) expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = startServer({ ...env, PORT: String(port) });
    await waitForHealth(base, second, 60_000);
    // The admin created by the first start is still there, so no new one is announced.
    expect(second.output()).not.toContain('First sign-in');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start with a bad PORT and names it', async () => {
    const server = startServer({ ...env, PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
  });
});
