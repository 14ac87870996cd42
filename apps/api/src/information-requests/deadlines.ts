import type { InformationRequestType } from '@send/contracts';
import { addCalendarMonths, addDays, daysBetween, isWorkingDay, nextWorkingDayFrom } from '../common/working-days';

/** FOIA s.10(1) and EIR reg. 5(2): no later than the twentieth working day following the date of receipt. */
export const WORKING_DAYS_TO_ANSWER = 20;
/** UK GDPR art. 12(3): one month, extendable by two further months where requests are complex or numerous. */
export const SAR_MONTHS = 1;
export const SAR_MAX_EXTENSION_MONTHS = 2;

/** A stop of the clock while the requester is asked to clarify: from the day asked to the day they answered. */
export interface ClockPause {
  from: string;
  /** Null while still waiting: no deadline can be known then. */
  to: string | null;
}

export interface DeadlineRule {
  type: InformationRequestType;
  receivedOn: string;
  /** Subject access only: 0, 1 or 2 further months. */
  extensionMonths: number;
  pauses: readonly ClockPause[];
}

/** A day the clock did not run: after the day clarification was asked for, up to and including the day it came. */
function paused(day: string, pauses: readonly ClockPause[]): boolean {
  return pauses.some((p) => p.to !== null && day > p.from && day <= p.to);
}

/**
 * The date a response is due, or null while the clock is stopped. FOI and EIR count working days after receipt,
 * skipping weekends, bank holidays in England and Wales and the days paused. Subject access runs to the same date one
 * month on (the month's last day if it has none), plus the calendar days paused and any extension; a deadline on a
 * weekend or bank holiday moves to the next working day.
 */
export function deadlineOf(rule: DeadlineRule): string | null {
  if (rule.pauses.some((p) => p.to === null)) return null;
  if (rule.type === 'sar') {
    const pausedDays = rule.pauses.reduce((sum, p) => sum + daysBetween(p.from, p.to as string), 0);
    return nextWorkingDayFrom(addDays(addCalendarMonths(rule.receivedOn, SAR_MONTHS + rule.extensionMonths), pausedDays));
  }
  let day = rule.receivedOn;
  for (let counted = 0; counted < WORKING_DAYS_TO_ANSWER; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day) && !paused(day, rule.pauses)) counted++;
  }
  return day;
}

/** Working days from one date to a later one (the later counted, the earlier not); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return sign * count;
}
