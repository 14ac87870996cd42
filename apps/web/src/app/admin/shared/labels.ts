import type { ProposalStatus, Role } from '@send/contracts';
import type { GovukChoice, GovukTagColour } from '@send/web-ui';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  recorder: 'Recorder',
  reviewer: 'Reviewer',
  viewer: 'Viewer',
};

/** What each role may do, as hints beside the role radios. */
export const ROLE_CHOICES: readonly GovukChoice[] = [
  { value: 'recorder', text: ROLE_LABELS.recorder, hint: 'Officials: record meetings, positions and actions, and submit meetings for review' },
  { value: 'reviewer', text: ROLE_LABELS.reviewer, hint: 'Private office: read everything, agree or return meetings, close actions' },
  { value: 'viewer', text: ROLE_LABELS.viewer, hint: 'Read only, and only records marked OFFICIAL' },
  { value: 'admin', text: ROLE_LABELS.admin, hint: 'Everything a recorder can do, plus managing users and reference lists' },
];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, { text: string; colour: GovukTagColour }> = {
  under_discussion: { text: 'Under discussion', colour: 'blue' },
  in_white_paper: { text: 'In white paper', colour: 'purple' },
  in_consultation: { text: 'In consultation', colour: 'teal' },
  dropped: { text: 'Dropped', colour: 'grey' },
};

export const PROPOSAL_STATUS_CHOICES: readonly GovukChoice[] = (Object.keys(PROPOSAL_STATUS_LABELS) as ProposalStatus[]).map((status) => ({
  value: status,
  text: PROPOSAL_STATUS_LABELS[status].text,
}));
