const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

const HOUR_MS = 3_600_000;
let lastHour = { hour: NaN, date: '' };

/**
 * The calendar date in Europe/London (YYYY-MM-DD) at an instant: what "today" and "overdue" mean here. London is a
 * whole number of hours from UTC, so the date is the same throughout a UTC hour: formatting (slow) once an hour serves
 * every request's "today".
 */
export function londonDate(at: Date = new Date()): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (hour !== lastHour.hour) lastHour = { hour, date: LONDON_DATE.format(at) };
  return lastHour.date;
}

/** pg returns `date` columns as local-midnight Date objects; send them as the plain YYYY-MM-DD they are. */
export function dateOnly(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `2026-03-01 14:30` in Europe/London: how a time reads in a file people open. */
export function londonDateTime(at: Date): string {
  return `${londonDate(at)} ${LONDON_TIME.format(at)}`;
}
