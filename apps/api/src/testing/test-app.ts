import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../config/app-config';
import { createApp } from '../http/create-app';
import { NONCE_PLACEHOLDER } from '../http/web-app';
import { createTestDatabase, type TestDatabase } from './test-postgres';
import type { Clock } from '../common/clock';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

export const TEST_ADMIN = { email: 'admin@example.test', password: 'correct horse battery staple' };

/** A stand-in dashboard build, so tests of static serving do not depend on the Angular build. */
function fakeWebBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'send-web-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body><app-root ngCspNonce="${NONCE_PLACEHOLDER}"></app-root><script src="main.js"></script></body></html>`);
  writeFileSync(join(dir, 'main.js'), 'console.log("dashboard");');
  // A file where an API path points: the API must answer for it, never the static file server.
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'api', 'health'), 'a static file');
  return dir;
}

/**
 * The real application on a fresh copy of the migrated database, driven over HTTP with supertest; or, given
 * `sameDatabaseAs`, a second instance on another's database (which that one drops); or, given `databaseUrl`, on a
 * database the caller made and drops.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { clock?: Clock; sameDatabaseAs?: TestApp; databaseUrl?: string } = {}): Promise<TestApp> {
  const db = options.databaseUrl
    ? { url: options.databaseUrl, name: new URL(options.databaseUrl).pathname.slice(1), drop: async () => undefined }
    : options.sameDatabaseAs
      ? { ...options.sameDatabaseAs.db, drop: async () => undefined }
      : await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: fakeWebBuild(),
    // Printing needs the real dashboard (the browser journeys have it); here a PDF answers 503 at once.
    CHROMIUM_PATH: '/nonexistent/chromium',
    BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...env,
  });
  const app = await createApp({ config, databaseUrl: db.url, clock: options.clock });
  await app.init();
  return {
    app,
    db,
    config,
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
