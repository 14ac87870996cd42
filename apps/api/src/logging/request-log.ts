import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { Logger as PinoLogger } from 'pino';

export type LogLevel = 'warn' | 'error';

/**
 * A line written while serving a request goes through pino-http's logger for that request, which carries its id.
 * Nest's Logger is the fallback (a request that never passed pino-http, such as a unit test's). The request logger
 * is handed over explicitly rather than found through AsyncLocalStorage, which on Node 20 puts a hook on every promise.
 */
export function logDuringRequest(req: Request, level: LogLevel, context: string, fields: Record<string, unknown>, message: string): void {
  const log = (req as Request & { log?: PinoLogger }).log;
  if (log) log[level]({ ...fields, context }, message);
  else new Logger(context)[level](fields, message);
}
