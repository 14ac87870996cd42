import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@send/contracts';
import { ValidationFailed } from './errors';

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** Flattens class-validator's tree into `{ field, message }` pairs with paths like `agenda[2].title`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = childPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? `${field} is not an allowed field` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Nest's pipe also looks through every DTO holding an array or object for binary values (a socket.io attachment, say),
 * reading the class's validation metadata afresh on each request. Ours come only from the JSON body parser and the
 * query-string parser, which never produce one, and that look cost more than validating a list query itself.
 */
class HttpValidationPipe extends ValidationPipe {
  protected override findNestedBinaryValues(): ValidationError[] {
    return [];
  }
}

/** Whitelist, reject unknown fields, convert types: one pipe for bodies, params and queries alike. */
export function createValidationPipe(): ValidationPipe {
  return new HttpValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailed(flattenValidationErrors(errors)),
  });
}
