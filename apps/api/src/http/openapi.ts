import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '@send/contracts';
import { SESSION_COOKIE } from '../auth/auth.guard';
import { SessionStore } from '../auth/session.store';
import { problem } from '../common/problem';
import { describeAnswers } from './openapi-responses/describe-answers';

/** The API description is for colleagues: the docs page and the document need a signed-in user. */
function signedInOnly(sessions: SessionStore) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token && (await sessions.resolve(token).catch(() => undefined))) return next();
    res.status(401).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...problem(401, 'Sign in to read the API documentation.', { code: 'unauthenticated' }), requestId: (req as Request & { id?: string }).id }));
  };
}

/** OpenAPI 3 generated from the controllers: JSON at /api/openapi.json, a docs page at /api/docs. */
export function setupOpenApi(app: INestApplication, version: string): void {
  const document = describeAnswers(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SEND reform engagement tracker API')
      .setDescription('Who the department heard from on SEND reform, what they said about each proposal, and what was promised back.')
      .setVersion(version)
      .build(),
  ));
  app.use(['/api/docs', '/api/openapi.json', '/api/openapi.yaml'], signedInOnly(app.get(SessionStore)));
  // Swagger UI's page carries inline styles; loosen style-src for that page only.
  app.use(
    '/api/docs',
    helmet({
      contentSecurityPolicy: {
        directives: { styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], upgradeInsecureRequests: null },
      },
    }),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' });
}
