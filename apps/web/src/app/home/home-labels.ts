import type { ActionStatus, MeetingStatus, Role, Stance } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';

export interface TagLabel {
  readonly text: string;
  readonly colour: GovukTagColour;
}

export const ACTION_STATUS_TAGS: Record<ActionStatus, TagLabel> = {
  open: { text: 'Open', colour: 'blue' },
  in_progress: { text: 'In progress', colour: 'purple' },
  blocked: { text: 'Blocked', colour: 'orange' },
  done: { text: 'Done', colour: 'green' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

export const OVERDUE_TAG: TagLabel = { text: 'Overdue', colour: 'red' };

export const MEETING_STATUS_TAGS: Record<MeetingStatus, TagLabel> = {
  draft: { text: 'Draft', colour: 'grey' },
  submitted: { text: 'Submitted', colour: 'blue' },
  agreed: { text: 'Agreed', colour: 'green' },
};

export const STANCE_TAGS: Record<Stance, TagLabel> = {
  support: { text: 'Supports', colour: 'green' },
  support_with_conditions: { text: 'Supports with conditions', colour: 'teal' },
  neutral: { text: 'Neutral', colour: 'grey' },
  concerns: { text: 'Has concerns', colour: 'yellow' },
  oppose: { text: 'Opposes', colour: 'red' },
  unclear: { text: 'Unclear', colour: 'purple' },
};

/** How the greeting describes each role. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'an admin',
  recorder: 'a recorder',
  reviewer: 'a reviewer in the private office',
  viewer: 'a viewer',
};
