import type { Options } from 'pino-http';
import type { LoggerOptions } from 'pino';
import type { AppConfig } from '../config/app-config';
import { redactFeedSecret } from '../calendar/feed-secret';

/** Base logger options: JSON lines, never headers or bodies (cookies, passwords and personal data stay out). */
export function pinoOptions(config: Pick<AppConfig, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    base: { service: 'send-tracker' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['*.password', '*.passwordHash', '*.cookie', '*.authorization', '*.headers'], censor: '[redacted]' },
  };
}

/** Request logging: the id set by the request-id middleware rides on every line logged while serving it. */
export function pinoHttpOptions(config: Pick<AppConfig, 'logLevel'>): Options {
  return {
    ...pinoOptions(config),
    // Path only: query strings can hold search terms with names in them.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: redactFeedSecret(req.url.split('?')[0]) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  };
}
