import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import type { ReadSource } from '../../common/sql';
import { parseLsn } from './lsn';
import { ReadReplica } from './read-replica';

/** The primary's WAL position after the caller's last write: reads that have not replayed it go to the primary. */
export const WRITTEN_AT_COOKIE = 'send_written_at';
/** Long enough for any replica worth reading from to catch up. */
const WRITTEN_AT_MAX_AGE_MS = 10 * 60_000;

type RoutedRequest = Request & { readSource?: ReadSource };

/**
 * With a read replica configured: a GET learns where its reads may go (see ReadReplica.sourceFor); a change that
 * succeeded tells the browser the primary's position after it, so the caller's next reads see what they saved on
 * whichever instance serves them. Without one, nothing.
 */
@Injectable()
export class ReadRouting implements NestInterceptor {
  constructor(private readonly replica: ReadReplica) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (!this.replica.enabled || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<RoutedRequest>();
    if (req.method === 'GET' || req.method === 'HEAD') {
      req.readSource = await this.replica.sourceFor(parseLsn(req.cookies?.[WRITTEN_AT_COOKIE] as string | undefined));
      return next.handle();
    }
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          (async () => {
            if (!res.headersSent) res.cookie(WRITTEN_AT_COOKIE, await this.replica.primaryPosition(), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: WRITTEN_AT_MAX_AGE_MS });
            return body;
          })(),
        ),
      ),
    );
  }
}

/** The source a list, search, report or export reads from in this request: the replica or the primary. */
export const ReadDb = createParamDecorator((_: unknown, context: ExecutionContext): ReadSource | undefined => context.switchToHttp().getRequest<RoutedRequest>().readSource);
