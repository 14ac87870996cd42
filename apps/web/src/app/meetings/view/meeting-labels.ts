import type { ActionStatus, Classification, MeetingAttendance, MeetingStatus, MeetingType, Phase, Region, Stance } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';

/** A status shown as a tag: the words carry the meaning, the colour only helps. */
export interface TagLabel {
  readonly text: string;
  readonly colour: GovukTagColour;
}

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  development_group: 'Development group',
  regional_event: 'Regional event',
  online_event: 'Online event',
  listening_session: 'Listening session',
  bilateral: 'Bilateral',
  roundtable: 'Roundtable',
  written_submission: 'Written submission',
};

/** Private office calls a submitted meeting "awaiting review": it is their queue. */
export const MEETING_STATUS_TAGS: Record<MeetingStatus, TagLabel> = {
  draft: { text: 'Draft', colour: 'grey' },
  submitted: { text: 'Awaiting review', colour: 'blue' },
  agreed: { text: 'Agreed', colour: 'green' },
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

export const STANCE_TAGS: Record<Stance, TagLabel> = {
  support: { text: 'Support', colour: 'green' },
  support_with_conditions: { text: 'Support with conditions', colour: 'teal' },
  neutral: { text: 'Neutral', colour: 'grey' },
  concerns: { text: 'Concerns', colour: 'yellow' },
  oppose: { text: 'Oppose', colour: 'red' },
  unclear: { text: 'Unclear', colour: 'purple' },
};

export const ACTION_STATUS_TAGS: Record<ActionStatus, TagLabel> = {
  open: { text: 'Open', colour: 'blue' },
  in_progress: { text: 'In progress', colour: 'purple' },
  blocked: { text: 'Blocked', colour: 'red' },
  done: { text: 'Done', colour: 'green' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

export const ATTENDANCE_LABELS: Record<MeetingAttendance, string> = {
  attended: 'Attended',
  apologies: 'Sent apologies',
};

/** The protective marking as government writes it (with a hyphen, not the API's underscore). */
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  OFFICIAL: 'OFFICIAL',
  OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE',
};

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
