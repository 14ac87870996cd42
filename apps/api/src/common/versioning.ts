import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { PreconditionRequired, ValidationFailed } from './errors';

/** The version a client read, from `If-Match: "3"` (weak or bare forms accepted); required for every change. */
export function requireVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new PreconditionRequired();
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  if (!match) throw new ValidationFailed([{ field: 'If-Match', message: 'If-Match must be the ETag you read, e.g. "3"' }]);
  return Number(match[1]);
}

export function etagFor(version: number): string {
  return `"${version}"`;
}

/** A response that is one versioned record carries its version as the ETag. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { id?: unknown; version?: unknown } | null)?.version;
        if (typeof version === 'number' && typeof (body as { id?: unknown }).id === 'string' && !res.headersSent) {
          res.setHeader('ETag', etagFor(version));
        }
        return body;
      }),
    );
  }
}
