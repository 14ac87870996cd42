import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';
import cookieParser from 'cookie-parser';
import type { AppConfig } from '../config/app-config';
import { ProblemFilter } from '../common/problem.filter';
import { createValidationPipe } from '../common/validation';
import { etagOnVersionedRecords } from '../common/versioning';
import { requestId } from '../logging/request-id';
import { pinoHttpOptions } from '../logging/log-options';
import { decodablePath, jsonBody } from './request-parsing';
import { setupOpenApi } from './openapi';
import { cspNonce, securityHeaders } from './security';
import { serveWebApp } from './web-app';

/** Everything about the HTTP surface, shared by the real server and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Records carry their version as ETag; hashing every other body for one is wasted work.
  app.set('etag', false);
  etagOnVersionedRecords(app);
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use(decodablePath);
  app.use(pinoHttp(pinoHttpOptions(config)));
  app.use(cspNonce);
  app.use(securityHeaders());
  app.use(cookieParser());
  // Records can be OFFICIAL-SENSITIVE: no browser or proxy keeps a copy of any API answer.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.use(jsonBody('1mb'));
  setupOpenApi(app, config.version);
  serveWebApp(app, config.webDistDir);
}
