import type { Phase } from '@send/contracts';

// One vocabulary for the whole service: the words from @send/contracts, the tags from core/tags.
export { ATTENDANCE_LABELS, CLASSIFICATION_LABELS, MEETING_TYPE_LABELS, REGION_LABELS } from '@send/contracts';
export { ACTION_STATUS_TAGS, MEETING_STATUS_TAGS, STANCE_TAGS } from '../../core/tags';

export type { TagLabel } from '../../core/tags';

/** Used until the managed phase names (GET /api/phases) have loaded, or if they cannot be. */
export function phaseFallbackLabel(phase: Phase): string {
  const words = phase.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Yes"/"No" rather than true/false in anything a person reads. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** API messages start lower case ("record at least one…") to read inside a sentence; a list item starts upper case. */
export function sentence(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
