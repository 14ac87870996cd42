import { ValidationFailed } from '../../common/errors';
import { parseQuarter } from './quarter';

describe('parseQuarter', () => {
  it('gives the London dates bounding a calendar quarter', () => {
    expect(parseQuarter('2026-Q1')).toEqual({ label: '2026-Q1', from: '2026-01-01', to: '2026-03-31', until: '2026-04-01' });
    expect(parseQuarter('2026-Q3')).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30', until: '2026-10-01' });
    expect(parseQuarter('2026-Q4')).toEqual({ label: '2026-Q4', from: '2026-10-01', to: '2026-12-31', until: '2027-01-01' });
    expect(parseQuarter('2028-Q1').to).toBe('2028-03-31');
  });

  it.each([undefined, '', '2026-Q5', '2026-Q0', '2026Q3', '26-Q3', '2026-q3', ['2026-Q3'], ' 2026-Q3'])('refuses %p naming quarter', (value) => {
    expect(() => parseQuarter(value)).toThrow(ValidationFailed);
    try {
      parseQuarter(value);
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual(['quarter']);
    }
  });
});
