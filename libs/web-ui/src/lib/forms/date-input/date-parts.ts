import type { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * What a date input's control holds when the boxes do not make a real date (31 February, a missing month,
 * a two-digit year), so the page can say "Enter a real date" instead of treating it as empty.
 */
export const INVALID_DATE = 'invalid-date';

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The three boxes as the control's value: null when all are empty, YYYY-MM-DD for a real date, otherwise
 * INVALID_DATE. Spaces are ignored and, as GOV.UK suggests, months may be typed as names ("Nov", "november").
 */
export function datePartsToValue(parts: DateParts): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return null;
  const monthNumber = /^\d{1,2}$/.test(month) ? Number(month) : monthFromName(month);
  if (!/^\d{1,2}$/.test(day) || monthNumber === null || !/^\d{4}$/.test(year)) return INVALID_DATE;
  const [y, m, d] = [Number(year), monthNumber, Number(day)];
  // Date.UTC rolls 31 April over into May, so a round trip shows whether the day exists.
  const probe = new Date(Date.UTC(y, m - 1, d));
  probe.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return INVALID_DATE;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A control value back into the boxes, written as people type them (3, not 03). */
export function valueToDateParts(value: string | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return EMPTY_DATE_PARTS;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** Validator for a date input's control: `{ invalidDate: true }` when the boxes do not make a real date. */
export function realDateValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  return control.value === INVALID_DATE ? { invalidDate: true } : null;
}

// At least three letters of the name: "Nov", "Sept", "november".
function monthFromName(text: string): number | null {
  const name = text.toLowerCase();
  const index = name.length < 3 ? -1 : MONTH_NAMES.findIndex((month) => month.startsWith(name));
  return index >= 0 ? index + 1 : null;
}
