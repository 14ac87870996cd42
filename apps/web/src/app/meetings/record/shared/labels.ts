import type { ActionKind, ActionPriority, ActionStatus, Classification, MeetingAttendance, MeetingType, Region, Stance } from '@send/contracts';
import type { GovukChoice } from '@send/web-ui';

/** The words officials see for each stored value; one place, so every step and check-your-answers agree. */
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  development_group: 'Development group meeting',
  regional_event: 'Regional event',
  online_event: 'Online event',
  listening_session: 'Listening session',
  bilateral: 'Bilateral meeting',
  roundtable: 'Roundtable',
  written_submission: 'Written submission',
};

export const REGION_LABELS: Record<Region, string> = {
  north_east: 'North East',
  north_west: 'North West',
  yorkshire_and_the_humber: 'Yorkshire and the Humber',
  east_midlands: 'East Midlands',
  west_midlands: 'West Midlands',
  east_of_england: 'East of England',
  london: 'London',
  south_east: 'South East',
  south_west: 'South West',
  national: 'National',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  OFFICIAL: 'OFFICIAL',
  OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE',
};

export const ATTENDANCE_LABELS: Record<MeetingAttendance, string> = {
  attended: 'Attended',
  apologies: 'Sent apologies',
};

export const STANCE_LABELS: Record<Stance, string> = {
  support: 'Support',
  support_with_conditions: 'Support with conditions',
  neutral: 'Neutral',
  concerns: 'Concerns',
  oppose: 'Oppose',
  unclear: 'Unclear',
};

export const PRIORITY_LABELS: Record<ActionPriority, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const KIND_LABELS: Record<ActionKind, string> = { action: 'Action', ministerial_commitment: 'Ministerial commitment' };

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

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
