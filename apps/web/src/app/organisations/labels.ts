import type { ActionStatus, MeetingAttendance, OrganisationType, Region, Stance, TimelineKind } from '@send/contracts';
import { ORGANISATION_TYPES, REGIONS } from '@send/contracts';
import type { GovukOption, GovukTagColour } from '@send/web-ui';

/** Words officials use for each organisation type (the API's codes are never shown). */
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

export const TYPE_OPTIONS: readonly GovukOption[] = ORGANISATION_TYPES.map((value) => ({ value, text: ORGANISATION_TYPE_LABELS[value] }));
export const REGION_OPTIONS: readonly GovukOption[] = REGIONS.map((value) => ({ value, text: REGION_LABELS[value] }));

export interface TagStyle {
  readonly text: string;
  readonly colour: GovukTagColour;
}

// Colour only reinforces the words: every tag says what it means.
export const STANCE_TAGS: Record<Stance, TagStyle> = {
  support: { text: 'Support', colour: 'green' },
  support_with_conditions: { text: 'Support with conditions', colour: 'teal' },
  neutral: { text: 'Neutral', colour: 'grey' },
  concerns: { text: 'Concerns', colour: 'orange' },
  oppose: { text: 'Oppose', colour: 'red' },
  unclear: { text: 'Unclear', colour: 'purple' },
};

export const ACTION_STATUS_TAGS: Record<ActionStatus, TagStyle> = {
  open: { text: 'Open', colour: 'blue' },
  in_progress: { text: 'In progress', colour: 'purple' },
  blocked: { text: 'Blocked', colour: 'orange' },
  done: { text: 'Done', colour: 'green' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

export const ATTENDANCE_TAGS: Record<MeetingAttendance, TagStyle> = {
  attended: { text: 'Attended', colour: 'green' },
  apologies: { text: 'Sent apologies', colour: 'grey' },
};

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  meeting: 'Meeting',
  position: 'Position',
  action_raised: 'Action raised',
  action_owned: 'Action owned',
};

/** A label for a code from a known list, or the code itself if the list has grown since this build. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return (labels as Record<string, string | undefined>)[value] ?? value;
}

export function tagOf<K extends string>(tags: Record<K, TagStyle>, value: string): TagStyle {
  return (tags as Record<string, TagStyle | undefined>)[value] ?? { text: value, colour: 'grey' };
}

export function isOrganisationType(value: string | null): value is OrganisationType {
  return value !== null && (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isRegion(value: string | null): value is Region {
  return value !== null && (REGIONS as readonly string[]).includes(value);
}

/** "early years, post-16 ,, Early years" → ["early years", "post-16"]: trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}
