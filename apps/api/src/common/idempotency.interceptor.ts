import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, Post, UseInterceptors } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { catchError, from, mergeMap, of, switchMap, throwError, type Observable } from 'rxjs';
import { Conflict, Unprocessable, ValidationFailed } from './errors';
import { sql } from './sql';

const HEADER = 'idempotency-key';
// A claim whose request never finished (a crash) may be taken over after this long.
const STALE_CLAIM_SECONDS = 300;
// Kept responses can hold personal data (a contact's details): they are kept one day, long enough for any retry.
export const RETENTION_HOURS = 24;

interface KeyRow {
  request_hash: string;
  status: number | null;
  response: unknown;
  stale: boolean;
}

type Claim = { kind: 'fresh' } | { kind: 'replay'; status: number; response: unknown };

/**
 * POST with an Idempotency-Key: the first request runs and its response is kept; a repeat with the same key and body
 * gets that response again and creates nothing; the same key with a different body is refused (422).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: { id: string } }>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.get(HEADER);
    if (req.method !== 'POST' || key === undefined || !req.user) return next.handle();
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      return throwError(() => new ValidationFailed([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' }]));
    }
    const scope = `${req.user.id} ${req.path}`;
    const hash = createHash('sha256').update(JSON.stringify(req.body ?? null)).digest('hex');

    return from(this.claim(scope, key, hash)).pipe(
      switchMap((claim) => {
        if (claim.kind === 'replay') {
          res.status(claim.status);
          res.setHeader('Idempotent-Replayed', 'true');
          return of(claim.response);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.db.query(`UPDATE idempotency_keys SET status = $3, response = $4 WHERE scope = $1 AND key = $2`, [scope, key, res.statusCode, JSON.stringify(body ?? null)]);
            return body;
          }),
          catchError((error: unknown) =>
            // A refused request leaves nothing behind, so the client may correct it and retry with the same key.
            from(this.db.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2`, [scope, key])).pipe(switchMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  private async claim(scope: string, key: string, hash: string): Promise<Claim> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [RETENTION_HOURS]);
    const inserted = await sql(this.db, `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`, [scope, key, hash]);
    if (inserted.length) return { kind: 'fresh' };
    const [row] = await sql<KeyRow>(
      this.db,
      `SELECT request_hash, status, response, created_at < now() - make_interval(secs => $3) AS stale FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key, STALE_CLAIM_SECONDS],
    );
    if (!row) return this.claim(scope, key, hash);
    if (row.request_hash !== hash) throw new Unprocessable('This Idempotency-Key was already used with a different request body.', [{ field: 'Idempotency-Key', message: 'already used with a different body' }]);
    if (row.status !== null) return { kind: 'replay', status: row.status, response: row.response };
    if (row.stale) {
      const taken = await sql(this.db, `UPDATE idempotency_keys SET created_at = now() WHERE scope = $1 AND key = $2 AND status IS NULL RETURNING key`, [scope, key]);
      if (taken.length) return { kind: 'fresh' };
    }
    throw new Conflict('A request with this Idempotency-Key is still in progress; retry shortly.');
  }
}

/**
 * How every POST route is declared (lint refuses @Post): it accepts an Idempotency-Key. Bound route by route rather
 * than globally so that reads pass through no interceptor at all: Nest wraps each one in rxjs and an async resource,
 * which cost ~5% of a list request's CPU.
 */
export const IdempotentPost = (path?: string): MethodDecorator => applyDecorators(Post(path), UseInterceptors(IdempotencyInterceptor));
