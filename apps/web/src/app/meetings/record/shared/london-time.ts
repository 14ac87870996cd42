/**
 * Meetings are recorded in UK time whatever zone the official's machine is in: a date and a clock time typed on the
 * form become an ISO instant carrying the offset London had then (+01:00 in BST, +00:00 in GMT), and back.
 */

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

interface WallClock extends ClockTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "14:30", "9:05", "2pm", "2.30pm", "12am", "midday", "noon", "midnight" → hours and minutes; anything else → null. */
export function parseClockTime(text: string): ClockTime | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  if (value === 'midday' || value === 'noon' || value === '12noon') return { hour: 12, minute: 0 };
  if (value === 'midnight') return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(value);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}

/** The time as the form shows it: 24-hour "09:05". */
export function formatClockTime({ hour, minute }: ClockTime): string {
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * A London date (YYYY-MM-DD) and clock time as an instant with London's offset, e.g. 2026-07-01T10:00:00+01:00.
 * Null when the date or time is not real, or the time does not exist that day (the hour skipped when the clocks go
 * forward). A time that happens twice (when the clocks go back) is taken as the first, in BST.
 */
export function londonInstant(date: string, time: string): string | null {
  const day = DATE_ONLY.exec(date);
  const clock = parseClockTime(time);
  if (!day || !clock) return null;
  const wall: WallClock = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), ...clock };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // London's offset either side of this moment; the larger one first, so a repeated hour resolves to BST.
  const offsets = [...new Set([offsetMinutes(asUtc - 12 * HOUR_MS), offsetMinutes(asUtc + 12 * HOUR_MS)])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const instant = asUtc - offset * 60_000;
    if (sameWallClock(londonWallClock(instant), wall)) return `${date}T${formatClockTime(clock)}:00${offsetText(offset)}`;
  }
  return null;
}

/** An instant from the API as the London date (YYYY-MM-DD) and clock time ("14:30") to put back in the form. */
export function londonDateAndTime(instant: string): { date: string; time: string } | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const wall = londonWallClock(ms);
  return { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, time: formatClockTime(wall) };
}

/** Today's date in London, YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  const wall = londonWallClock(now.getTime());
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

function londonWallClock(ms: number): WallClock & { second: number } {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** Minutes London is ahead of UTC at this instant. */
function offsetMinutes(ms: number): number {
  const wall = londonWallClock(ms);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
