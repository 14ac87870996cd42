import type { Stance } from '@send/contracts';

// One vocabulary for the whole service: the words from @send/contracts, the colours from core/tags.
export { CLASSIFICATION_LABELS, ORGANISATION_TYPE_LABELS, PHASE_LABELS, STANCE_LABELS } from '@send/contracts';
export { STANCE_COLOURS } from '../core/tags';

/** What each stance means, for the key and the stance radios. */
export const STANCE_HINTS: Record<Stance, string> = {
  support: 'Backs the proposal as it stands',
  support_with_conditions: 'Backs it if particular changes or safeguards are made',
  neutral: 'Neither for nor against',
  concerns: 'Has reservations but has not rejected it',
  oppose: 'Against the proposal',
  unclear: 'Said something, but their stance could not be told',
};

