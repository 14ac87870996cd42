/**
 * Dates and times as GOV.UK writes them ("24 November 2026", "2:15pm", "midday"), always in UK time
 * (Europe/London) whatever zone the reader's machine is set to: officials working abroad must see the
 * same times as the private office.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant must carry Z or an offset: without one, Date.parse would read it in the machine's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

interface LondonDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
}

/** True for a YYYY-MM-DD string naming a day that exists (no 30 February). */
export function isRealIsoDate(value: string): boolean {
  return calendarDate(value) !== null;
}

/** "24 November 2026". A YYYY-MM-DD date is taken as that calendar day; an instant is converted to UK time first. */
export function formatLondonDate(value: string | Date): string {
  const parsed = parse(value);
  return parsed ? dateText(parsed) : fallback(value);
}

/** "2:15pm", "9am", "midday", "midnight" in UK time. Empty for a date without a time. */
export function formatLondonTime(value: string | Date): string {
  const parsed = parse(value);
  if (!parsed) return fallback(value);
  return 'hour' in parsed ? timeText(parsed) : '';
}

/** "24 November 2026, 2:15pm" in UK time; a YYYY-MM-DD date has no time, so gives the date alone. */
export function formatLondonDateTime(value: string | Date): string {
  const parsed = parse(value);
  if (!parsed) return fallback(value);
  return 'hour' in parsed ? `${dateText(parsed)}, ${timeText(parsed)}` : dateText(parsed);
}

function parse(value: string | Date): CalendarDate | LondonDateTime | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : inLondon(value);
  const date = calendarDate(value);
  if (date) return date;
  if (!INSTANT.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : inLondon(instant);
}

function calendarDate(value: string): CalendarDate | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 30 February over into March, so a round trip shows whether the day exists.
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

function inLondon(instant: Date): LondonDateTime {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

function dateText({ year, month, day }: CalendarDate): string {
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

// GOV.UK style: 5:30pm not 17:30, 10am not 10:00am, midday and midnight not 12pm and 12am.
function timeText({ hour, minute }: LondonDateTime): string {
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const suffix = hour < 12 ? 'am' : 'pm';
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${clock}${suffix}` : `${clock}:${String(minute).padStart(2, '0')}${suffix}`;
}

// One bad value from the API should not take a whole page down, so it is shown as it came.
function fallback(value: string | Date): string {
  return value instanceof Date ? '' : value;
}
