import type { Classification } from '@send/contracts';

/** The marking a file carries: the highest classification of anything in it. */
export type Marking = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

export function markingOf(classifications: Iterable<Classification>): Marking {
  for (const c of classifications) if (c === 'OFFICIAL_SENSITIVE') return 'OFFICIAL-SENSITIVE';
  return 'OFFICIAL';
}
