import { json, type NextFunction, type Request, type Response } from 'express';
import { ValidationFailed } from '../common/errors';

/**
 * JSON request bodies, at most `limit`. A body that is not JSON is refused as a validation error naming the field
 * `body`: left to Nest, body-parser's SyntaxError becomes a bare 400 that names nothing and echoes the parser's words.
 */
export function jsonBody(limit: string) {
  const parse = json({ limit });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.parse.failed') {
        next(new ValidationFailed([{ field: 'body', message: 'body must be a JSON object or array' }], 'The request body is not valid JSON.'));
      } else next(error);
    });
}

/**
 * A path that is not valid percent-encoding (`/api/meetings/%FF`) is refused naming the field `path`; Express would
 * throw a URIError at route matching, which Nest answers as a bare 400.
 */
export function decodablePath(req: Request, _res: Response, next: NextFunction): void {
  try {
    decodeURIComponent(req.path);
    next();
  } catch {
    next(new ValidationFailed([{ field: 'path', message: 'path must be valid percent-encoded UTF-8' }], 'The request path is not valid percent-encoding.'));
  }
}
