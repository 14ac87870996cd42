import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * Serves the built dashboard: hashed assets as static files, and index.html (with this response's CSP nonce) for
 * any other GET outside /api so deep links work. Skipped, with a warning, when the dashboard is not built.
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const indexPath = join(webDistDir, 'index.html');
  if (!existsSync(indexPath)) {
    new Logger('WebApp').warn({ webDistDir }, 'Dashboard build not found: serving the API only');
    return;
  }
  const index = readFileSync(indexPath, 'utf8');
  const assets = express.static(webDistDir, { index: false, maxAge: '1y', immutable: true, fallthrough: true });
  // No file lives under /api: without this every API request paid a stat() of the dashboard folder (6% of a list
  // request's CPU under the bench).
  app.use((req: Request, res: Response, next: NextFunction) => (isApi(req.path) ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path)) return next();
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(index.replaceAll(NONCE_PLACEHOLDER, String(res.locals['cspNonce'])));
  });
}
