import {
  ACTION_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  CLASSIFICATIONS,
  type ActionKind,
  type ActionPriority,
  type ActionStatus,
  type Classification,
} from '@send/contracts';
import type { GovukChoice, GovukTagColour } from '@send/web-ui';

/** How the service writes each value; the tag colour only backs up the words. */
export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const STATUS_COLOURS: Record<ActionStatus, GovukTagColour> = {
  open: 'blue',
  in_progress: 'teal',
  blocked: 'orange',
  done: 'green',
  cancelled: 'grey',
};

export const KIND_LABELS: Record<ActionKind, string> = {
  action: 'Action',
  ministerial_commitment: 'Ministerial commitment',
};

export const PRIORITY_LABELS: Record<ActionPriority, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  OFFICIAL: 'OFFICIAL',
  OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE',
};

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
