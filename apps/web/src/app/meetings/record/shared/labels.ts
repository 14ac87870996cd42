import type { GovukChoice } from '@send/web-ui';

// One vocabulary for the whole service, from @send/contracts.
export { ACTION_STATUS_LABELS, ATTENDANCE_LABELS, CLASSIFICATION_LABELS, MEETING_TYPE_LABELS, REGION_LABELS, STANCE_LABELS } from '@send/contracts';
export { ACTION_KIND_LABELS as KIND_LABELS, ACTION_PRIORITY_LABELS as PRIORITY_LABELS } from '@send/contracts';

/** Radios or checkboxes options from a label table, in its order. */
export function choices<K extends string>(labels: Record<K, string>): GovukChoice[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, text: labels[value] }));
}

/** The label for a stored value, or the value itself if it is not one this dashboard knows yet. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return value in labels ? labels[value as K] : value;
}

/** Narrows a form value to one of a contract's allowed values. */
export function isOneOf<K extends string>(values: readonly K[], value: string | null | undefined): value is K {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}
