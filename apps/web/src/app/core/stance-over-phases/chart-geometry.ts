import { STANCES, type PositionMatrixCell, type Stance } from '@send/contracts';

/** Drawing units of the chart's viewBox; the SVG scales to its container. */
export const CHART = { width: 600, rowHeight: 28, top: 10, labelRight: 170, firstX: 222, lastX: 546, axisGap: 20, lineHeight: 16 } as const;

/** Rows top to bottom: the scale from support to oppose, then `unclear` below a rule, being off the scale. */
export const CHART_ROWS: readonly Stance[] = STANCES;

export interface ChartPoint {
  x: number;
  y: number;
  stance: Stance;
  phase: number;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** A phase between the two has no stance on the scale (nothing said, or unclear): the line is dashed. */
  gap: boolean;
}

export interface ChartLayout {
  height: number;
  rows: { stance: Stance; y: number }[];
  /** The rule between the scale and `unclear`. */
  ruleY: number;
  axis: { x: number; lines: string[] }[];
  points: ChartPoint[];
  segments: ChartSegment[];
}

export function rowY(stance: Stance): number {
  return CHART.top + CHART_ROWS.indexOf(stance) * CHART.rowHeight + CHART.rowHeight / 2;
}

export function phaseX(index: number, count: number): number {
  return count < 2 ? (CHART.firstX + CHART.lastX) / 2 : CHART.firstX + (index * (CHART.lastX - CHART.firstX)) / (count - 1);
}

/** A phase name in at most two lines, broken at the space nearest the middle, so five fit side by side. */
export function axisLines(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim()];
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const balance = (n: number) => Math.abs(words.slice(0, n).join(' ').length - words.slice(n).join(' ').length);
    if (balance(i) < balance(best)) best = i;
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/**
 * Where each statement sits (x: its phase, y: its stance) and the lines between consecutive statements on the
 * scale. `unclear` is plotted but not joined: a line to it would claim a direction nobody stated.
 */
export function chartLayout(phaseNames: readonly string[], cells: readonly (PositionMatrixCell | null)[]): ChartLayout {
  const count = phaseNames.length;
  const points: ChartPoint[] = cells.flatMap((c, phase) => (c ? [{ x: phaseX(phase, count), y: rowY(c.stance), stance: c.stance, phase }] : []));
  const onScale = points.filter((p) => p.stance !== 'unclear');
  const segments = onScale.slice(1).map((p, i) => {
    const previous = onScale[i] as ChartPoint;
    return { x1: previous.x, y1: previous.y, x2: p.x, y2: p.y, gap: p.phase - previous.phase > 1 };
  });
  const plotBottom = CHART.top + CHART_ROWS.length * CHART.rowHeight;
  return {
    height: plotBottom + CHART.axisGap + 2 * CHART.lineHeight,
    rows: CHART_ROWS.map((stance) => ({ stance, y: rowY(stance) })),
    ruleY: plotBottom - CHART.rowHeight,
    axis: phaseNames.map((name, i) => ({ x: phaseX(i, count), lines: axisLines(name) })),
    points,
    segments,
  };
}
