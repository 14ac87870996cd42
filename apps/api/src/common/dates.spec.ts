import { dateOnly, londonDate } from './dates';

describe('londonDate', () => {
  it('is the London calendar date, across the clock change', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST: already the 1st in London
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });

  it('agrees with a fresh formatter at every quarter hour of a year, in any order', () => {
    const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.UTC(2026, 0, 1);
    const instants = Array.from({ length: 366 * 96 }, (_, i) => new Date(start + i * 900_000));
    for (const at of [...instants, ...instants.reverse()]) expect(londonDate(at)).toBe(fresh.format(at));
  });
});

describe('dateOnly', () => {
  it('keeps the calendar date of a local-midnight Date and of a string', () => {
    expect(dateOnly(new Date(2026, 4, 18))).toBe('2026-05-18');
    expect(dateOnly('2026-05-18')).toBe('2026-05-18');
    expect(dateOnly(null)).toBeNull();
  });
});
