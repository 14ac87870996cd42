import { formatLondonDate, formatLondonDateTime, formatLondonTime, isRealIsoDate } from './london-date';

describe('London dates', () => {
  const machineZone = process.env['TZ'];

  // Node re-reads TZ when it is assigned: a zone far from London proves nothing leaks from the machine.
  beforeAll(() => (process.env['TZ'] = 'Pacific/Kiritimati'));
  afterAll(() => (process.env['TZ'] = machineZone));

  describe('formatLondonDateTime', () => {
    it.each([
      ['2026-11-24T14:15:00Z', '24 November 2026, 2:15pm'],
      ['2026-11-24T14:15:00.123Z', '24 November 2026, 2:15pm'],
      ['2026-11-24T09:00:00Z', '24 November 2026, 9am'],
      ['2026-11-24T12:00:00Z', '24 November 2026, midday'],
      ['2026-11-24T00:00:00Z', '24 November 2026, midnight'],
      ['2026-11-24T00:05:00Z', '24 November 2026, 12:05am'],
      ['2026-11-24T12:30:00Z', '24 November 2026, 12:30pm'],
    ])('writes %s the GOV.UK way as %s', (iso, expected) => {
      expect(formatLondonDateTime(iso)).toBe(expected);
    });

    it.each([
      // Clocks go forward at 01:00 UTC on 29 March 2026.
      ['2026-03-29T00:59:00Z', '29 March 2026, 12:59am'],
      ['2026-03-29T01:00:00Z', '29 March 2026, 2am'],
      // Clocks go back at 01:00 UTC on 25 October 2026, so 1:30am happens twice.
      ['2026-10-25T00:30:00Z', '25 October 2026, 1:30am'],
      ['2026-10-25T01:30:00Z', '25 October 2026, 1:30am'],
      ['2026-10-25T02:00:00Z', '25 October 2026, 2am'],
    ])('follows the BST/GMT change: %s is %s', (iso, expected) => {
      expect(formatLondonDateTime(iso)).toBe(expected);
    });

    it('moves an evening instant in summer to the next London day', () => {
      expect(formatLondonDateTime('2026-06-30T23:30:00Z')).toBe('1 July 2026, 12:30am');
      expect(formatLondonDateTime('2026-12-31T23:30:00Z')).toBe('31 December 2026, 11:30pm');
    });

    it('honours an explicit offset on the instant', () => {
      expect(formatLondonDateTime('2026-07-01T00:30:00+01:00')).toBe('1 July 2026, 12:30am');
      expect(formatLondonDateTime('2026-01-15T09:00:00-05:00')).toBe('15 January 2026, 2pm');
    });

    it('accepts a Date', () => {
      expect(formatLondonDateTime(new Date(Date.UTC(2026, 7, 1, 8, 45)))).toBe('1 August 2026, 9:45am');
    });

    it('gives a date-only value as the date alone', () => {
      expect(formatLondonDateTime('2026-11-24')).toBe('24 November 2026');
    });
  });

  describe('formatLondonDate', () => {
    it('keeps a YYYY-MM-DD date on its calendar day, whatever the season', () => {
      expect(formatLondonDate('2026-03-29')).toBe('29 March 2026');
      expect(formatLondonDate('2026-10-25')).toBe('25 October 2026');
      expect(formatLondonDate('2026-01-01')).toBe('1 January 2026');
    });

    it('takes the London day of an instant', () => {
      expect(formatLondonDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
      expect(formatLondonDate('2026-12-31T23:30:00Z')).toBe('31 December 2026');
    });
  });

  describe('formatLondonTime', () => {
    it('writes the London time of an instant', () => {
      expect(formatLondonTime('2026-07-14T13:05:00Z')).toBe('2:05pm');
      expect(formatLondonTime('2026-01-14T13:05:00Z')).toBe('1:05pm');
    });

    it('is empty for a date without a time', () => {
      expect(formatLondonTime('2026-07-14')).toBe('');
    });
  });

  describe('values that are not dates', () => {
    it.each(['2026-02-30', '2026-13-01', 'not a date', '', '2026-11-24T14:15:00', '24/11/2026'])(
      'shows %p as given rather than throwing',
      (value) => {
        expect(formatLondonDate(value)).toBe(value);
        expect(formatLondonDateTime(value)).toBe(value);
      },
    );

    it('shows an invalid Date as empty', () => {
      expect(formatLondonDateTime(new Date(Number.NaN))).toBe('');
    });
  });

  it('knows which YYYY-MM-DD dates exist', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-04-31')).toBe(false);
    expect(isRealIsoDate('2026-4-3')).toBe(false);
  });
});
