import { chosenQuarter, quarterChoices, quarterName } from './quarters';

describe('quarters', () => {
  it('names a quarter as the published returns do', () => {
    expect(quarterName('2026-Q3')).toBe('July to September 2026');
    expect(quarterName('2027-Q1')).toBe('January to March 2027');
  });

  it('offers every quarter from the first with records to the current one in London, newest first', () => {
    // 23:30 UTC on 31 March is 00:30 on 1 April in London: the second quarter has begun.
    const choices = quarterChoices(new Date('2026-03-31T23:30:00Z'));
    expect(choices.map((c) => c.value)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
    expect(choices[0].text).toBe('April to June 2026');
  });

  it('takes a well-formed quarter from the URL, else the last complete quarter', () => {
    const today = new Date('2026-11-24T12:00:00Z');
    expect(chosenQuarter('2026-Q1', today)).toBe('2026-Q1');
    expect(chosenQuarter(null, today)).toBe('2026-Q3');
    expect(chosenQuarter('2026-Q9', today)).toBe('2026-Q3');
    expect(chosenQuarter(null, new Date('2027-02-01T12:00:00Z'))).toBe('2026-Q4');
  });
});
