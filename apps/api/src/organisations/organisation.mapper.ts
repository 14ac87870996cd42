import type { OrganisationResponse, OrganisationType, Region } from '@send/contracts';

export interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  regions: Region[];
  website: string | null;
  description: string;
  tags: string[];
  relationship_owner_id: string | null;
  archived_at: Date | null;
  merged_into_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
}

/** The columns a response needs: never `SELECT *` into a response (the search vector stays in the database). */
export const ORGANISATION_COLUMNS = `o.id, o.name, o.type, o.regions, o.website, o.description, o.tags, o.relationship_owner_id,
  o.archived_at, o.merged_into_id, o.version, o.created_at, o.updated_at, o.created_by, o.updated_by`;

export function toOrganisationResponse(row: OrganisationRow): OrganisationResponse {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    regions: row.regions,
    website: row.website,
    description: row.description,
    tags: row.tags,
    relationshipOwnerId: row.relationship_owner_id,
    archivedAt: row.archived_at?.toISOString() ?? null,
    mergedIntoId: row.merged_into_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
