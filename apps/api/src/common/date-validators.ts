import { ValidateBy, isISO8601, type ValidationOptions } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// An instant needs a time and an offset: a bare date or local time would mean different moments to pg and to JS.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date as `YYYY-MM-DD` (for `date` columns such as dueOn and statedOn). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && DATE_ONLY.test(value) && isISO8601(value, { strict: true }),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a calendar date like 2026-05-18`,
      },
    },
    options,
  );
}

/** An ISO 8601 instant with an offset, e.g. 2026-03-10T10:00:00Z or 2026-06-01T14:30:00+01:00. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && INSTANT.test(value) && isISO8601(value, { strict: true }),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO 8601 date and time with an offset, like 2026-03-10T10:00:00Z`,
      },
    },
    options,
  );
}
