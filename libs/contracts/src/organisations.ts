import type { Region, Tracked } from './common';

export const ORGANISATION_TYPES = [
  'parent_carer_forum',
  'national_parent_group',
  'charity',
  'sector_body',
  'professional_body',
  'union',
  'local_authority',
  'health_body',
  'education_provider',
  'research_body',
  'advisory_group',
  'government_body',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface OrganisationResponse extends Tracked {
  id: string;
  name: string;
  type: OrganisationType;
  regions: Region[];
  website: string | null;
  description: string;
  tags: string[];
  relationshipOwnerId: string | null;
  archivedAt: string | null;
  /** Set when this record was merged into another as its duplicate (and archived): the one to use instead. */
  mergedIntoId: string | null;
}

export interface CreateOrganisationRequest {
  name: string;
  type: OrganisationType;
  regions?: Region[];
  website?: string | null;
  description?: string;
  tags?: string[];
  relationshipOwnerId?: string | null;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;

export interface OrganisationListFilters {
  q?: string;
  type?: OrganisationType;
  region?: Region;
  tag?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export const TIMELINE_KINDS = ['meeting', 'position', 'action_raised', 'action_owned'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  /** When it happened: the meeting's start, the date a position was stated, the date an action was raised. */
  occurredAt: string;
  title: string;
  /** Meeting or action reference (MTG-0042, ACT-0007) where there is one. */
  reference: string | null;
  /** Attendance, stance or action status. */
  label: string;
  detail: string;
}

export interface OrganisationTimelineResponse {
  organisationId: string;
  items: TimelineItem[];
}
