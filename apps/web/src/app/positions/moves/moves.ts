import type { PhaseResponse, PositionMove } from '@send/contracts';

/** What "what moved" looks over: a span back from today, or one phase of the reform. */
export interface MovePeriod {
  key: string;
  /** Reads after "changed": "in the last 3 months", "during the White Paper". */
  label: string;
  from: string;
  to: string;
}

export const DEFAULT_MOVE_PERIOD = 'last-3-months';

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const SPANS = [
  { key: 'last-4-weeks', label: 'in the last 4 weeks', days: 28 },
  { key: DEFAULT_MOVE_PERIOD, label: 'in the last 3 months', days: 90 },
  { key: 'last-12-months', label: 'in the last 12 months', days: 365 },
] as const;

/** The spans back from today, then each phase that has begun (the current one runs to today). */
export function movePeriods(phases: readonly PhaseResponse[], today: string): MovePeriod[] {
  const spans = SPANS.map((s) => ({ key: s.key, label: s.label, from: addDays(today, 1 - s.days), to: today }));
  const begun = phases.filter((p) => p.startsOn <= today);
  const during = begun.map((p, i) => {
    const next = begun[i + 1];
    return { key: p.key, label: next ? `during the ${p.name}` : `since the ${p.name} began`, from: p.startsOn, to: next ? addDays(next.startsOn, -1) : today };
  });
  return [...spans, ...during];
}

/** The period a URL asks for, or the default when it names none (or one that no longer exists). */
export function chosenPeriod(periods: readonly MovePeriod[], key: string | null): MovePeriod {
  return periods.find((p) => p.key === key) ?? (periods.find((p) => p.key === DEFAULT_MOVE_PERIOD) as MovePeriod);
}

/** A move in words: its size along the scale and which way, or to/from unclear (off the scale). */
export function describeMove(move: Pick<PositionMove, 'steps' | 'before' | 'after'>): string {
  if (move.steps === null) return move.after.stance === 'unclear' ? 'Became unclear' : 'No longer unclear';
  const size = Math.abs(move.steps);
  return `${size} ${size === 1 ? 'step' : 'steps'} ${move.steps > 0 ? 'towards' : 'away from'} support`;
}
