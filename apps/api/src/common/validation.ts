import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors = fieldsWithNul(value).map((field) => ({ field, message: `${field} must not contain the NUL character` }));
      if (errors.length) throw new ValidationFailed(errors);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Fields whose text holds U+0000. PostgreSQL cannot store it in text, so left alone it fails the query as a 500; no
 * field of a record has a use for it.
 */
export function fieldsWithNul(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'body'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => fieldsWithNul(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(k.includes('\u0000') ? [childPath(path, k)] : []), ...fieldsWithNul(v, childPath(path, k))]);
  return [];
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
