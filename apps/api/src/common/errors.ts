import type { FieldError } from '@send/contracts';

/** Codes for everything a service can refuse; the problem filter maps each to an HTTP status once. */
export type ErrorCode =
  | 'validation'
  | 'not-found'
  | 'stale-version'
  | 'precondition-required'
  | 'unprocessable'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'too-many-requests'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra problem members, e.g. the current version of a stale record. */
  readonly extensions: Record<string, unknown> = {};
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation';
  constructor(readonly errors: FieldError[], detail = 'The request has invalid fields.') {
    super(detail);
  }
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  constructor(entity: string, id: string) {
    super(`No ${entity} with id ${id}.`);
  }
}

export class StaleVersion extends DomainError {
  readonly code = 'stale-version';
  constructor(entity: string, id: string, currentVersion: number) {
    super(`The ${entity} ${id} has changed since you read it: it is now at version ${currentVersion}.`);
    this.extensions['currentVersion'] = currentVersion;
  }
}

export class PreconditionRequired extends DomainError {
  readonly code = 'precondition-required';
  constructor() {
    super('Send the version you last read in an If-Match header so a newer change is never overwritten.');
  }
}

/** Well-formed but refers to something that does not exist or cannot be used. */
export class Unprocessable extends DomainError {
  readonly code = 'unprocessable';
  constructor(detail: string, readonly errors: FieldError[] = []) {
    super(detail);
  }
}

export class Conflict extends DomainError {
  readonly code = 'conflict';
  constructor(detail: string, readonly errors: FieldError[] = []) {
    super(detail);
  }
}

export class TooManyRequests extends DomainError {
  readonly code = 'too-many-requests';
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
    this.extensions['retryAfter'] = retryAfterSeconds;
  }
}

/** Something the service needs besides its database (a PDF renderer) is missing or too slow just now. */
export class Unavailable extends DomainError {
  readonly code = 'unavailable';
}
