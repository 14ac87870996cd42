import type { ActionKind, ActionPriority, ActionStatus } from './actions';
import type { Classification, Phase, Region } from './common';
import type { MeetingAttendance, MeetingStatus, MeetingType } from './meetings';
import type { OrganisationType } from './organisations';
import type { Stance } from './positions';
import type { Role } from './users';

/*
 * The words people read for each code, shared by the dashboard and the files the API writes, so a spreadsheet says
 * what the screen says.
 */

export const CLASSIFICATION_LABELS: Record<Classification, string> = { OFFICIAL: 'OFFICIAL', OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE' };

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', recorder: 'Recorder', reviewer: 'Reviewer', viewer: 'Viewer' };

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', in_progress: 'In progress', blocked: 'Blocked', done: 'Done', cancelled: 'Cancelled' };

export const ACTION_KIND_LABELS: Record<ActionKind, string> = { action: 'Action', ministerial_commitment: 'Ministerial commitment' };

export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  development_group: 'Development group meeting',
  regional_event: 'Regional event',
  online_event: 'Online event',
  listening_session: 'Listening session',
  bilateral: 'Bilateral meeting',
  roundtable: 'Roundtable',
  written_submission: 'Written submission',
};

/** The private office calls a submitted meeting "awaiting review": it is their queue. */
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { draft: 'Draft', submitted: 'Awaiting review', agreed: 'Agreed' };

export const ATTENDANCE_LABELS: Record<MeetingAttendance, string> = { attended: 'Attended', apologies: 'Sent apologies' };

/** Read as "the organisation supports…": a stance is something an organisation said. */
export const STANCE_LABELS: Record<Stance, string> = {
  support: 'Supports',
  support_with_conditions: 'Supports with conditions',
  neutral: 'Neutral',
  concerns: 'Has concerns',
  oppose: 'Opposes',
  unclear: 'Unclear',
};

/** Fallback names; the managed names (GET /api/phases) take over where they are loaded. */
export const PHASE_LABELS: Record<Phase, string> = {
  national_conversation: 'National conversation',
  white_paper: 'White Paper',
  consultation: 'Consultation',
  government_response: 'Government response',
  implementation: 'Implementation',
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

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  parent_carer_forum: 'Parent carer forum',
  national_parent_group: 'National parent group',
  charity: 'Charity',
  sector_body: 'Sector body',
  professional_body: 'Professional body',
  union: 'Trade union',
  local_authority: 'Local authority',
  health_body: 'NHS or health body',
  education_provider: 'School, trust or education provider',
  research_body: 'Research body',
  advisory_group: 'Advisory group',
  government_body: 'Government body',
  other: 'Other',
};

/** A label for a code from a known list, or the code itself if the list has grown since this build. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return (labels as Record<string, string | undefined>)[value] ?? value;
}
