import { deadlineOf, workingDaysBetween, type DeadlineRule } from './deadlines';
import { addCalendarMonths, isBankHoliday, isWorkingDay } from '../common/working-days';

const foi = (receivedOn: string, pauses: DeadlineRule['pauses'] = []): DeadlineRule => ({ type: 'foi', receivedOn, extensionMonths: 0, pauses });
const sar = (receivedOn: string, extensionMonths = 0, pauses: DeadlineRule['pauses'] = []): DeadlineRule => ({ type: 'sar', receivedOn, extensionMonths, pauses });

describe('bank holidays in England and Wales (date-holidays)', () => {
  it('knows Christmas, Boxing Day and their substitutes, and Easter, which moves', () => {
    expect(['2026-12-25', '2026-12-28', '2027-12-27', '2027-12-28', '2026-04-03', '2026-04-06', '2027-03-26', '2027-03-29'].filter(isBankHoliday)).toHaveLength(8);
    // Boxing Day 2026 is a Saturday: a weekend day either way, and the Monday after is the holiday.
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
    // Scotland's St Andrew's Day and 2 January are not holidays here.
    expect(isWorkingDay('2026-11-30')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(true);
  });
});

describe('FOI and EIR: the twentieth working day after receipt', () => {
  it('counts four plain weeks', () => {
    expect(deadlineOf(foi('2026-10-05'))).toBe('2026-11-02');
    expect(deadlineOf({ ...foi('2026-10-05'), type: 'eir' })).toBe('2026-11-02');
  });

  it('skips Christmas, Boxing Day (substitute) and New Year', () => {
    // From Friday 11 December 2026: 14 Dec is day 1; 25 and 28 Dec and 1 Jan do not count.
    expect(deadlineOf(foi('2026-12-11'))).toBe('2027-01-13');
    expect(workingDaysBetween('2026-12-11', '2027-01-13')).toBe(20);
  });

  it('skips Good Friday and Easter Monday', () => {
    // Received Monday 16 March 2026: without Easter the twentieth would be 13 April.
    expect(deadlineOf(foi('2026-03-16'))).toBe('2026-04-15');
  });

  it('counts from the next working day when received at a weekend', () => {
    expect(deadlineOf(foi('2026-10-02'))).toBe('2026-10-30');
    expect(deadlineOf(foi('2026-10-03'))).toBe('2026-10-30');
    expect(deadlineOf(foi('2026-10-04'))).toBe('2026-10-30');
  });

  it('stops the clock while awaiting clarification, and knows no deadline while it is stopped', () => {
    // Asked on day 5 (Monday 12 October), answered Friday 16 October: four working days do not count.
    expect(deadlineOf(foi('2026-10-05', [{ from: '2026-10-12', to: '2026-10-16' }]))).toBe('2026-11-06');
    expect(deadlineOf(foi('2026-10-05', [{ from: '2026-10-12', to: '2026-10-12' }]))).toBe('2026-11-02');
    expect(deadlineOf(foi('2026-10-05', [{ from: '2026-10-12', to: null }]))).toBeNull();
  });
});

describe('subject access: one calendar month', () => {
  it('runs to the same date next month, or its last day when there is none', () => {
    expect(deadlineOf(sar('2026-09-03'))).toBe('2026-10-05'); // 3 October 2026 is a Saturday
    expect(deadlineOf(sar('2026-10-14'))).toBe('2026-11-16'); // 14 November is a Saturday
    expect(deadlineOf(sar('2026-06-16'))).toBe('2026-07-16');
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('moves a deadline on a bank holiday to the next working day', () => {
    expect(deadlineOf(sar('2026-11-25'))).toBe('2026-12-29'); // 25 December, then the Boxing Day substitute
    expect(deadlineOf(sar('2027-02-26'))).toBe('2027-03-30'); // 26 March is Good Friday 2027, then Easter Monday
  });

  it('extends by up to two further months, and adds the days paused', () => {
    expect(deadlineOf(sar('2026-06-16', 2))).toBe('2026-09-16');
    expect(deadlineOf(sar('2026-06-16', 0, [{ from: '2026-06-20', to: '2026-06-30' }]))).toBe('2026-07-27'); // 26 July is a Sunday
  });
});
