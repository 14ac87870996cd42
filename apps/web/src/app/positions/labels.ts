import type { Classification, OrganisationType, Phase, Stance } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';

/**
 * Each stance has its own words and its own colour, so the matrix never relies on colour alone (WCAG 1.4.1), and
 * neighbouring stances differ in hue as well as shade.
 */
export const STANCE_LABELS: Record<Stance, string> = {
  support: 'Supports',
  support_with_conditions: 'Supports with conditions',
  neutral: 'Neutral',
  concerns: 'Concerns',
  oppose: 'Opposes',
  unclear: 'Unclear',
};

export const STANCE_COLOURS: Record<Stance, GovukTagColour> = {
  support: 'green',
  support_with_conditions: 'teal',
  neutral: 'grey',
  concerns: 'orange',
  oppose: 'red',
  unclear: 'purple',
};

/** What each stance means, for the key and the stance radios. */
export const STANCE_HINTS: Record<Stance, string> = {
  support: 'Backs the proposal as it stands',
  support_with_conditions: 'Backs it if particular changes or safeguards are made',
  neutral: 'Neither for nor against',
  concerns: 'Has reservations but has not rejected it',
  oppose: 'Against the proposal',
  unclear: 'Said something, but their stance could not be told',
};

/** Used until /api/phases answers, and if it cannot; the managed names take over once loaded. */
export const PHASE_LABELS: Record<Phase, string> = {
  national_conversation: 'National conversation',
  white_paper: 'White Paper',
  consultation: 'Consultation',
  government_response: 'Government response',
  implementation: 'Implementation',
};

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  parent_carer_forum: 'Parent carer forum',
  national_parent_group: 'National parent group',
  charity: 'Charity',
  sector_body: 'Sector body',
  professional_body: 'Professional body',
  union: 'Union',
  local_authority: 'Local authority',
  health_body: 'Health body',
  education_provider: 'Education provider',
  research_body: 'Research body',
  advisory_group: 'Advisory group',
  government_body: 'Government body',
  other: 'Other',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  OFFICIAL: 'OFFICIAL',
  OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE',
};
