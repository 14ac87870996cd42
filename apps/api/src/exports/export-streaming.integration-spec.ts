import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

const ROWS = 100_000;
/** Each row carries ~1.2 KB of text, so the whole file is larger than the memory the export may use. */
const NOTE_LENGTH = 1_200;
const RSS_GROWTH_LIMIT = 100 * 1024 * 1024;

/*
 * Garbage is collected lazily, so RSS sampled alone measures the collector's timing as much as the export. Collecting
 * every few megabytes measures what the export keeps: a server holding the rows would keep more than the bound.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Reads a download as it arrives, keeping only a byte count, while sampling this process's memory. */
function download(port: number, path: string, cookie: string, onChunk: (bytes: number) => void): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        onChunk(chunk.length);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a large export streams', () => {
  let t: TestApp;
  let reviewer: TestClient;
  let port: number;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp();
    reviewer = await signIn(t, 'reviewer');
    const db = t.app.get(DataSource);
    // Bulk rows straight into the table: what is under test is reading them out.
    await db.query(
      `INSERT INTO actions (title, description, due_on, status, completion_note, created_by, updated_by)
       SELECT 'Generated action ' || n, repeat('x', $2), DATE '2030-01-01' + (n % 365), 'done', 'Closed ' || n, $3, $3
         FROM generate_series(1, $1) n`,
      [ROWS, NOTE_LENGTH, reviewer.user.id],
    );
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: reviewer.user.email, password: reviewer.user.password }),
    });
    cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }, 120_000);
  afterAll(() => t.close());

  it.each(['csv', 'ods'] as const)(
    '%s: 100k rows, larger than the memory bound, with RSS growth within it',
    async (format) => {
      gc();
      const before = process.memoryUsage().rss;
      let peak = before;
      let sinceCollection = 0;
      const { status, bytes } = await download(port, `/api/actions/export?format=${format}&status=done`, cookie, (received) => {
        // Every 4 MB of CSV, or of compressed ODS (some 40 MB of XML).
        sinceCollection += received;
        if (sinceCollection > 4 * 1024 * 1024 || (format === 'ods' && sinceCollection > 256 * 1024)) {
          sinceCollection = 0;
          gc();
          peak = Math.max(peak, process.memoryUsage().rss);
        }
      });
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(status).toBe(200);
      // The CSV is bigger than the bound; the ODS is compressed, but its XML is several times bigger again.
      if (format === 'csv') expect(bytes).toBeGreaterThan(ROWS * NOTE_LENGTH);
      expect(peak - before).toBeLessThan(RSS_GROWTH_LIMIT);
      const [{ rows }] = await t.app.get(DataSource).query(`SELECT (changes->'details'->>'rows')::int AS rows FROM audit_events WHERE entity = 'export' ORDER BY id DESC LIMIT 1`);
      expect(rows).toBe(ROWS);
    },
    300_000,
  );

  it('stops reading when the reader goes away, audits the file as not completed, and keeps serving', async () => {
    const before = await auditedExports();
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/actions/export?format=csv&status=done', headers: { cookie } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
      req.end();
    });
    let after = await auditedExports();
    for (let tries = 0; tries < 100 && after.length === before.length; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await auditedExports();
    }
    const [last] = after.slice(-1);
    expect(last.complete).toBe(false);
    expect(last.rows).toBeLessThan(ROWS);
    // The cursor's connection went back to the pool: the next export still runs to the end.
    const next = await download(port, '/api/actions/export?format=csv&status=done&q=Generated%20action%2042', cookie, () => undefined);
    expect(next.status).toBe(200);
  }, 120_000);

  async function auditedExports(): Promise<{ rows: number; complete: boolean }[]> {
    return t.app
      .get(DataSource)
      .query(`SELECT (changes->'details'->>'rows')::int AS rows, (changes->'details'->>'complete')::boolean AS complete FROM audit_events WHERE entity = 'export' ORDER BY id`);
  }
});
