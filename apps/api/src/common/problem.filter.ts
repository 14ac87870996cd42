import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@send/contracts';
import { DomainError, ValidationFailed, Unprocessable, Conflict, TooManyRequests } from './errors';
import { ERROR_STATUS, problem } from './problem';
import { logDuringRequest } from '../logging/request-log';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

/** Errors raised by body-parser before Nest routing carry an HTTP status and an `expose` flag. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message: string;
}

function fromHttpException(error: HttpException, req: Request): ProblemDetails {
  const status = error.getStatus();
  if (status === 404) return problem(404, `Nothing at ${req.method} ${req.path}.`, { code: 'not-found' });
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return problem(status, Array.isArray(message) ? message.join('; ') : String(message ?? error.message));
}

function fromHttpish(error: HttpishError): ProblemDetails | undefined {
  const status = error.status ?? error.statusCode;
  if (!status || status < 400 || status >= 500 || !error.expose) return undefined;
  return problem(status, error.message);
}

/** The single place where anything thrown becomes an RFC 9457 problem response. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const body = this.toProblem(error, req);
    if (req.id) body.requestId = String(req.id);
    if (res.headersSent) return;
    if (error instanceof TooManyRequests) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    if (body.status === 503) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(error: unknown, req: Request): ProblemDetails {
    if (error instanceof DomainError) {
      const { status, title } = ERROR_STATUS[error.code];
      const errors = error instanceof ValidationFailed || error instanceof Unprocessable || error instanceof Conflict ? error.errors : undefined;
      return problem(status, error.message, { code: error.code, title, errors, ...error.extensions });
    }
    if (error instanceof HttpException) return fromHttpException(error, req);
    const httpish = error instanceof Error ? fromHttpish(error as HttpishError) : undefined;
    if (httpish) return httpish;
    if (isDatabaseUnavailable(error)) {
      logDuringRequest(req, 'warn', 'ProblemFilter', { err: error }, 'Database unavailable');
      return problem(503, 'The service cannot reach its database just now. Try again in a few seconds.', { code: 'database-down' });
    }
    // The stack goes to the log only; the caller gets a request id to quote.
    logDuringRequest(req, 'error', 'ProblemFilter', { err: error }, 'Unhandled error');
    return problem(500, 'Something went wrong on our side. Quote the request id if you report it.', { code: 'internal' });
  }
}
