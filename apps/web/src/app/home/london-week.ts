import { InjectionToken } from '@angular/core';

/** Monday to Sunday as YYYY-MM-DD calendar dates. */
export interface WeekRange {
  readonly from: string;
  readonly to: string;
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });

function londonParts(now: Date): { year: number; month: number; day: number; hour: number } {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']), hour: Number(parts['hour']) };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The Monday-to-Sunday week containing `now` as it is in London, whatever the machine's zone: late on a Sunday
 * evening in UTC may already be Monday in British Summer Time. The arithmetic is on the calendar date alone (at
 * UTC midnight), so a clock change inside the week cannot shift a day.
 */
export function londonWeek(now: Date): WeekRange {
  const { year, month, day } = londonParts(now);
  const today = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const monday = new Date(today.getTime() - sinceMonday * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: isoDate(monday), to: isoDate(sunday) };
}

/** "Good morning" before midday in London, "Good afternoon" until 6pm, then "Good evening". */
export function greeting(now: Date): string {
  const { hour } = londonParts(now);
  if (hour < 12) return 'Good morning';
  return hour < 18 ? 'Good afternoon' : 'Good evening';
}

/** The current time, replaceable in tests (the week on the home page depends on it). */
export const CLOCK = new InjectionToken<() => Date>('home clock', { providedIn: 'root', factory: () => () => new Date() });
