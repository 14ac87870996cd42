import { Transform } from 'class-transformer';
import { ValidationFailed } from './errors';

export const TITLE_MAX = 200;
export const TEXT_MAX = 20_000;
export const SHORT_TEXT_MAX = 1_000;

/** Trims strings (and each string of an array); leaves anything else for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value === 'string') return value.trim();
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v.trim() : v));
    return value;
  });
}

/** `?flag=true` in a query string arrives as text. */
export function BooleanQuery(): PropertyDecorator {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

/** A query parameter given once or repeated (`?status=open&status=blocked`) becomes an array. */
export function ArrayQuery(): PropertyDecorator {
  return Transform(({ value }) => (value === undefined ? undefined : Array.isArray(value) ? value : String(value).split(',')));
}

/** Optional on update does not mean clearable: `null` for a required field is refused by name. */
export function rejectNulls(body: object, required: readonly string[]): void {
  const errors = required.filter((field) => (body as Record<string, unknown>)[field] === null).map((field) => ({ field, message: `${field} cannot be empty` }));
  if (errors.length) throw new ValidationFailed(errors);
}
