import type { OrganisationType } from './organisations';

/** Why two organisations look like one: names alike (trigram similarity), or contacts' email or websites on one domain. */
export const DUPLICATE_REASONS = ['similar_name', 'same_email_domain', 'same_website'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicateCandidate {
  id: string;
  name: string;
  type: OrganisationType;
  contacts: number;
  meetings: number;
  createdAt: string;
}

export interface DuplicatePair {
  /** The older record: usually the one to keep. */
  a: DuplicateCandidate;
  b: DuplicateCandidate;
  /** Trigram similarity of the names, 0 to 1. */
  similarity: number;
  reasons: DuplicateReason[];
  /** The shared email or website domain, when that is a reason. */
  domain: string | null;
}

export interface DuplicateListFilters {
  /** Only pairs with this organisation. */
  organisationId?: string;
}

export interface DuplicateListResponse {
  items: DuplicatePair[];
  /**
   * How many of the newest organisations were compared with every other: duplicates come from new records and
   * imports, and a bound keeps the check fast at national scale. Null when one organisation was checked.
   */
  checkedNewest: number | null;
}

/** `POST /organisations/:id/merge`: the organisation at :id (If-Match its version) is merged into `intoId`. */
export interface MergeOrganisationRequest {
  intoId: string;
}

/** What a merge moved, and what it combined where both records already had it (the same meeting or group). */
export interface MergeCounts {
  contacts: number;
  attendances: number;
  attendancesCombined: number;
  positions: number;
  actionsOwned: number;
  actionsRaised: number;
  memberships: number;
  membershipsCombined: number;
}

export interface OrganisationMergeResponse {
  id: string;
  from: { id: string; name: string };
  into: { id: string; name: string };
  moved: MergeCounts;
  mergedAt: string;
  mergedBy: string;
  mergedByName: string | null;
}
