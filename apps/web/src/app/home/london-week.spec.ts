import { greeting, londonWeek } from './london-week';

describe('londonWeek', () => {
  it.each([
    // An ordinary Wednesday in winter (GMT).
    ['2026-01-14T12:00:00Z', '2026-01-12', '2026-01-18'],
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026: the week before it still ends that Sunday.
    ['2026-03-29T00:30:00Z', '2026-03-23', '2026-03-29'],
    ['2026-03-29T22:59:00Z', '2026-03-23', '2026-03-29'],
    // 23:30 UTC on that Sunday is 00:30 on Monday 30 March in British Summer Time: a new week in London.
    ['2026-03-29T23:30:00Z', '2026-03-30', '2026-04-05'],
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026; 23:30 UTC that night is still Sunday in London (GMT).
    ['2026-10-25T23:30:00Z', '2026-10-19', '2026-10-25'],
    // A Sunday in summer: 23:30 UTC is already Monday in London.
    ['2026-07-05T23:30:00Z', '2026-07-06', '2026-07-12'],
    // Across a month and a year end.
    ['2026-12-31T10:00:00Z', '2026-12-28', '2027-01-03'],
  ])('%s falls in the London week %s to %s', (now, from, to) => {
    expect(londonWeek(new Date(now))).toEqual({ from, to });
  });
});

describe('greeting', () => {
  it.each([
    ['2026-01-14T09:00:00Z', 'Good morning'],
    // 11:30 UTC is 12:30 in British Summer Time.
    ['2026-07-14T11:30:00Z', 'Good afternoon'],
    ['2026-07-14T17:30:00Z', 'Good evening'],
    ['2026-01-14T17:30:00Z', 'Good afternoon'],
  ])('at %s says %s', (now, expected) => {
    expect(greeting(new Date(now))).toBe(expected);
  });
});
