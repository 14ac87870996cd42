import { DomainError } from './errors';

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
  constructor(detail = 'Sign in to continue.') {
    super(detail);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'forbidden';
  constructor(detail = 'Your role does not allow this.') {
    super(detail);
  }
}
