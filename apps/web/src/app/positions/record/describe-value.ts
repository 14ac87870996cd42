import { CLASSIFICATIONS, PHASES, STANCES, type Classification, type Phase, type Stance } from '@send/contracts';
import { showValue } from '../../core/conflict-notice';
import { CLASSIFICATION_LABELS, PHASE_LABELS, STANCE_LABELS } from '../labels';

/** A saved or edited field's value in words, for the conflict notice (never a bare id or enum key where a name is known). */
export function describeValue(value: unknown, names: ReadonlyMap<string, string>, phaseNames: ReadonlyMap<Phase, string>): string {
  const text = String(value);
  if (STANCES.includes(text as Stance)) return STANCE_LABELS[text as Stance];
  if (PHASES.includes(text as Phase)) return phaseNames.get(text as Phase) ?? PHASE_LABELS[text as Phase];
  if (CLASSIFICATIONS.includes(text as Classification)) return CLASSIFICATION_LABELS[text as Classification];
  return names.get(text) ?? showValue(value);
}
