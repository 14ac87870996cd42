import type { ActionStatus, ProposalStatus, Stance, WeDidLink } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';

/** The tag colour only backs up the words (WCAG 1.4.1); the same colours as the actions and positions pages. */
export const ACTION_STATUS_COLOURS: Record<ActionStatus, GovukTagColour> = {
  open: 'blue',
  in_progress: 'teal',
  blocked: 'orange',
  done: 'green',
  cancelled: 'grey',
};

export const STANCE_COLOURS: Record<Stance, GovukTagColour> = {
  support: 'green',
  support_with_conditions: 'teal',
  neutral: 'grey',
  concerns: 'orange',
  oppose: 'red',
  unclear: 'purple',
};

export const LINK_LABELS: Record<WeDidLink, string> = {
  raised_by: 'Raised by them',
  meeting: 'Arose from the meeting',
  both: 'Raised by them at the meeting',
};

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PROPOSAL_STATUS_TEXT: Record<ProposalStatus, string> = {
  under_discussion: 'Under discussion',
  in_white_paper: 'In white paper',
  in_consultation: 'In consultation',
  dropped: 'Dropped',
};
