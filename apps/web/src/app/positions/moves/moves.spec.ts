import type { PhaseResponse, Stance } from '@send/contracts';
import { chosenPeriod, describeMove, movePeriods } from './moves';

const phase = (key: PhaseResponse['key'], name: string, startsOn: string): PhaseResponse => ({ key, name, startsOn, version: 1, updatedAt: '2025-01-01T00:00:00Z', updatedBy: null });
const PHASES = [
  phase('national_conversation', 'National conversation', '2025-09-01'),
  phase('white_paper', 'White Paper', '2026-02-23'),
  phase('consultation', 'Consultation', '2026-02-24'),
  phase('government_response', 'Government response', '2026-05-19'),
  phase('implementation', 'Implementation', '2026-09-01'),
];
const cell = (stance: Stance) => ({ proposalId: 'p', stance, statedOn: '2026-03-01', positionId: 'x' });

describe('what moved: periods and words', () => {
  it('offers spans back from today, then each phase begun, the current one running to today', () => {
    expect(movePeriods(PHASES, '2026-06-30').map((p) => [p.key, p.label, p.from, p.to])).toEqual([
      ['last-4-weeks', 'in the last 4 weeks', '2026-06-03', '2026-06-30'],
      ['last-3-months', 'in the last 3 months', '2026-04-02', '2026-06-30'],
      ['last-12-months', 'in the last 12 months', '2025-07-01', '2026-06-30'],
      ['national_conversation', 'during the National conversation', '2025-09-01', '2026-02-22'],
      ['white_paper', 'during the White Paper', '2026-02-23', '2026-02-23'],
      ['consultation', 'during the Consultation', '2026-02-24', '2026-05-18'],
      ['government_response', 'since the Government response began', '2026-05-19', '2026-06-30'],
    ]);
  });

  it('falls back to the last 3 months for a period it does not know', () => {
    const periods = movePeriods(PHASES, '2026-06-30');
    expect(chosenPeriod(periods, 'consultation').from).toBe('2026-02-24');
    expect(chosenPeriod(periods, 'implementation').key).toBe('last-3-months');
    expect(chosenPeriod(periods, null).key).toBe('last-3-months');
  });

  it('says how far and which way a stance moved', () => {
    expect(describeMove({ steps: -4, before: cell('support'), after: cell('oppose') })).toBe('4 steps away from support');
    expect(describeMove({ steps: 1, before: cell('neutral'), after: cell('support_with_conditions') })).toBe('1 step towards support');
    expect(describeMove({ steps: null, before: cell('concerns'), after: cell('unclear') })).toBe('Became unclear');
    expect(describeMove({ steps: null, before: cell('unclear'), after: cell('support') })).toBe('No longer unclear');
  });
});
