import {
  ACTION_STATUS_LABELS,
  ATTENDANCE_LABELS,
  MEETING_STATUS_LABELS,
  STANCE_LABELS,
  type ActionStatus,
  type MeetingAttendance,
  type MeetingStatus,
  type Stance,
} from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';

/** A value shown as a tag: the words carry the meaning, the colour only backs them up (WCAG 1.4.1). */
export interface TagLabel {
  readonly text: string;
  readonly colour: GovukTagColour;
}

export function tags<K extends string>(labels: Record<K, string>, colours: Record<K, GovukTagColour>): Record<K, TagLabel> {
  return Object.fromEntries(Object.entries<string>(labels).map(([key, text]) => [key, { text, colour: colours[key as K] }])) as Record<K, TagLabel>;
}

/** Neighbouring stances differ in hue as well as shade, so the matrix reads in any colour vision. */
export const STANCE_COLOURS = {
  support: 'green',
  support_with_conditions: 'teal',
  neutral: 'grey',
  concerns: 'orange',
  oppose: 'red',
  unclear: 'purple',
} as const satisfies Record<Stance, GovukTagColour>;

export const ACTION_STATUS_COLOURS: Record<ActionStatus, GovukTagColour> = { open: 'blue', in_progress: 'purple', blocked: 'orange', done: 'green', cancelled: 'grey' };

export const MEETING_STATUS_COLOURS: Record<MeetingStatus, GovukTagColour> = { draft: 'grey', submitted: 'blue', agreed: 'green' };

export const STANCE_TAGS = tags(STANCE_LABELS, STANCE_COLOURS);
export const ACTION_STATUS_TAGS = tags(ACTION_STATUS_LABELS, ACTION_STATUS_COLOURS);
export const MEETING_STATUS_TAGS = tags(MEETING_STATUS_LABELS, MEETING_STATUS_COLOURS);
export const ATTENDANCE_TAGS = tags<MeetingAttendance>(ATTENDANCE_LABELS, { attended: 'green', apologies: 'grey' });
