import Holidays from 'date-holidays';

/** Bank holidays in England and Wales, from date-holidays' maintained rules (substitute days included), by year. */
const ENGLAND_AND_WALES = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const byYear = new Map<number, Set<string>>();

function bankHolidays(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set((ENGLAND_AND_WALES.getHolidays(year) || []).map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD dates as whole days, in UTC so no clock change can move them. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isBankHoliday(date: string): boolean {
  return bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** Not a Saturday, Sunday or bank holiday in England and Wales. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

export function nextWorkingDayFrom(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The same day of the month `months` later, or that month's last day when it has no such day (31 January + 1 month
 * is 28 or 29 February): the ICO's reading of "one month" for subject access.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}
