import type { FieldError, ProblemDetails } from '@send/contracts';
import type { ErrorCode } from './errors';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign in required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const ERROR_STATUS: Record<ErrorCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  'not-found': { status: 404, title: 'Not found' },
  'stale-version': { status: 412, title: 'Record has changed' },
  'precondition-required': { status: 428, title: 'Version required' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  conflict: { status: 409, title: 'Conflict' },
  unauthenticated: { status: 401, title: 'Sign in required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

export function problemType(code: string): string {
  return `urn:send-tracker:problem:${code}`;
}

export function problem(
  status: number,
  detail: string,
  extra: { code?: string; title?: string; errors?: FieldError[]; [key: string]: unknown } = {},
): ProblemDetails {
  const { code, title, errors, ...extensions } = extra;
  return {
    type: code ? problemType(code) : 'about:blank',
    title: title ?? STATUS_TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extensions,
  };
}
