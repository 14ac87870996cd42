import { dateOnly, londonDate } from './dates';

describe('londonDate', () => {
  it('is the London calendar date, across the clock change', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST: already the 1st in London
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('dateOnly', () => {
  it('keeps the calendar date of a local-midnight Date and of a string', () => {
    expect(dateOnly(new Date(2026, 4, 18))).toBe('2026-05-18');
    expect(dateOnly('2026-05-18')).toBe('2026-05-18');
    expect(dateOnly(null)).toBeNull();
  });
});
