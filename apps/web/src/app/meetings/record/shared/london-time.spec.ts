import { londonDateAndTime, londonInstant, londonToday, parseClockTime } from './london-time';

describe('UK time on the meeting form', () => {
  describe('londonInstant: a London date and clock time as an instant with the offset London had then', () => {
    it.each([
      ['winter (GMT)', '2026-01-15', '10:00', '2026-01-15T10:00:00+00:00'],
      ['summer (BST)', '2026-07-01', '10:00', '2026-07-01T10:00:00+01:00'],
      ['a pm time in BST', '2026-06-10', '2:30pm', '2026-06-10T14:30:00+01:00'],
      ['midnight at the start of a BST day', '2026-07-01', 'midnight', '2026-07-01T00:00:00+01:00'],
      ['the day the clocks go forward, before the change', '2026-03-29', '00:30', '2026-03-29T00:30:00+00:00'],
      ['the day the clocks go forward, after the change', '2026-03-29', '02:30', '2026-03-29T02:30:00+01:00'],
      ['the day the clocks go back, the repeated hour (first, BST)', '2026-10-25', '01:30', '2026-10-25T01:30:00+01:00'],
      ['the day the clocks go back, after the change', '2026-10-25', '02:30', '2026-10-25T02:30:00+00:00'],
      ['the last evening of BST', '2026-10-24', '23:00', '2026-10-24T23:00:00+01:00'],
    ])('%s: %s %s → %s', (_case, date, time, expected) => {
      expect(londonInstant(date, time)).toBe(expected);
    });

    it('names the same moment as UTC would', () => {
      expect(new Date(londonInstant('2026-07-01', '10:00') ?? '').toISOString()).toBe('2026-07-01T09:00:00.000Z');
      expect(new Date(londonInstant('2026-12-01', '10:00') ?? '').toISOString()).toBe('2026-12-01T10:00:00.000Z');
    });

    it.each([
      ['a time skipped when the clocks go forward', '2026-03-29', '01:30'],
      ['a date that does not exist', '2026-02-30', '10:00'],
      ['a time that is not a time', '2026-06-01', 'half ten'],
      ['no date', '', '10:00'],
    ])('refuses %s', (_case, date, time) => {
      expect(londonInstant(date, time)).toBeNull();
    });
  });

  describe('londonDateAndTime: an instant from the API back into the form, in UK time', () => {
    it.each([
      ['2026-07-01T09:00:00.000Z', '2026-07-01', '10:00'],
      ['2026-01-15T10:00:00Z', '2026-01-15', '10:00'],
      ['2026-06-30T23:30:00Z', '2026-07-01', '00:30'],
      ['2026-10-25T00:30:00Z', '2026-10-25', '01:30'],
      ['2026-10-25T01:30:00Z', '2026-10-25', '01:30'],
      ['2026-07-01T10:00:00+01:00', '2026-07-01', '10:00'],
    ])('%s → %s %s', (instant, date, time) => {
      expect(londonDateAndTime(instant)).toEqual({ date, time });
    });

    it('round-trips every quarter hour of both clock-change days', () => {
      for (const date of ['2026-03-29', '2026-10-25']) {
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const instant = londonInstant(date, time);
          if (instant === null) continue; // the skipped hour
          expect(londonDateAndTime(instant)).toEqual({ date, time });
        }
      }
    });
  });

  it('knows the London date when UTC is still on the day before', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  describe('parseClockTime', () => {
    it.each([
      ['14:30', 14, 30],
      ['9:05', 9, 5],
      ['9', 9, 0],
      ['2pm', 14, 0],
      ['2.30 PM', 14, 30],
      ['12am', 0, 0],
      ['12pm', 12, 0],
      ['midday', 12, 0],
      ['noon', 12, 0],
      ['midnight', 0, 0],
    ])('%p → %p:%p', (text, hour, minute) => {
      expect(parseClockTime(text)).toEqual({ hour, minute });
    });

    it.each(['24:00', '13pm', '0am', '10:60', '10:5', 'ten', ''])('refuses %p', (text) => {
      expect(parseClockTime(text)).toBeNull();
    });
  });
});
