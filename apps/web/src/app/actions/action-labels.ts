import { ACTION_KINDS, ACTION_PRIORITIES, ACTION_STATUSES, CLASSIFICATIONS, type ActionKind, type ActionPriority, type ActionStatus, type Classification } from '@send/contracts';
import type { GovukChoice } from '@send/web-ui';

// One vocabulary for the whole service: the words from @send/contracts, the colours from core/tags.
import { ACTION_STATUS_LABELS as STATUS_LABELS, ACTION_KIND_LABELS as KIND_LABELS, ACTION_PRIORITY_LABELS as PRIORITY_LABELS, CLASSIFICATION_LABELS } from '@send/contracts';
export { STATUS_LABELS, KIND_LABELS, PRIORITY_LABELS, CLASSIFICATION_LABELS };
export { ACTION_STATUS_COLOURS as STATUS_COLOURS } from '../core/tags';

export const STATUS_OPTIONS: GovukChoice[] = ACTION_STATUSES.map((value) => ({ value, text: STATUS_LABELS[value] }));
export const KIND_OPTIONS: GovukChoice[] = ACTION_KINDS.map((value) => ({ value, text: KIND_LABELS[value] }));
export const PRIORITY_OPTIONS: GovukChoice[] = ACTION_PRIORITIES.map((value) => ({ value, text: PRIORITY_LABELS[value] }));
export const CLASSIFICATION_OPTIONS: GovukChoice[] = CLASSIFICATIONS.map((value) => ({
  value,
  text: CLASSIFICATION_LABELS[value],
  hint: value === 'OFFICIAL' ? 'Everyone signed in can read it' : 'Viewers cannot read it',
}));

export function isStatus(value: string | null | undefined): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value ?? '');
}

export function isKind(value: string | null | undefined): value is ActionKind {
  return (ACTION_KINDS as readonly string[]).includes(value ?? '');
}

export function isPriority(value: string | null | undefined): value is ActionPriority {
  return (ACTION_PRIORITIES as readonly string[]).includes(value ?? '');
}

export function isClassification(value: string | null | undefined): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value ?? '');
}

/** Who may create, edit, close and add updates to actions; the API allows the same roles. */
export const ACTION_WRITERS = ['admin', 'recorder', 'reviewer'] as const;
