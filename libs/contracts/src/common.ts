export const CLASSIFICATIONS = ['OFFICIAL', 'OFFICIAL_SENSITIVE'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const REGIONS = [
  'north_east',
  'north_west',
  'yorkshire_and_the_humber',
  'east_midlands',
  'west_midlands',
  'east_of_england',
  'london',
  'south_east',
  'south_west',
  'national',
] as const;
export type Region = (typeof REGIONS)[number];

export const PHASES = ['national_conversation', 'white_paper', 'consultation', 'government_response', 'implementation'] as const;
export type Phase = (typeof PHASES)[number];

/** Who last touched a record and when; every mutable record carries these. */
export interface Tracked {
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
}

export interface AuditEventResponse {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  changes: Record<string, unknown>;
}
