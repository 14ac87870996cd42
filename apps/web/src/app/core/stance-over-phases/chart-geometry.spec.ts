import type { PositionMatrixCell, Stance } from '@send/contracts';
import { CHART, axisLines, chartLayout, phaseX, rowY } from './chart-geometry';

const said = (stance: Stance): PositionMatrixCell => ({ proposalId: 'p', stance, statedOn: '2026-03-01', positionId: stance });
const PHASES = ['National conversation', 'White Paper', 'Consultation', 'Government response', 'Implementation'];

describe('stance chart geometry', () => {
  it('puts support at the top, oppose above the rule and unclear below it', () => {
    const layout = chartLayout(PHASES, []);
    expect(layout.rows.map((r) => r.stance)).toEqual(['support', 'support_with_conditions', 'neutral', 'concerns', 'oppose', 'unclear']);
    expect(rowY('support')).toBeLessThan(rowY('oppose'));
    expect(layout.ruleY).toBeGreaterThan(rowY('oppose'));
    expect(layout.ruleY).toBeLessThan(rowY('unclear'));
  });

  it('spreads the phases evenly across the plot, in order', () => {
    expect(PHASES.map((_, i) => phaseX(i, PHASES.length))).toEqual([CHART.firstX, 303, 384, 465, CHART.lastX]);
    expect(phaseX(0, 1)).toBe((CHART.firstX + CHART.lastX) / 2);
  });

  it('joins consecutive statements on the scale, dashed across a phase with no stance on the scale, and never to unclear', () => {
    const layout = chartLayout(PHASES, [said('concerns'), null, said('support'), said('unclear'), said('oppose')]);
    expect(layout.points.map((p) => [p.phase, p.stance])).toEqual([
      [0, 'concerns'],
      [2, 'support'],
      [3, 'unclear'],
      [4, 'oppose'],
    ]);
    expect(layout.segments.map((s) => [s.x1, s.x2, s.gap])).toEqual([
      [phaseX(0, 5), phaseX(2, 5), true],
      [phaseX(2, 5), phaseX(4, 5), true],
    ]);
    expect(chartLayout(PHASES, [said('support'), said('oppose')]).segments).toEqual([{ x1: phaseX(0, 5), y1: rowY('support'), x2: phaseX(1, 5), y2: rowY('oppose'), gap: false }]);
  });

  it('breaks a phase name into two balanced lines', () => {
    expect(axisLines('National conversation')).toEqual(['National', 'conversation']);
    expect(axisLines('Consultation')).toEqual(['Consultation']);
    expect(axisLines('Response to the consultation')).toEqual(['Response to the', 'consultation']);
  });
});
