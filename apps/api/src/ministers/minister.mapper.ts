import type { MinisterResponse } from '@send/contracts';

export interface MinisterRow {
  id: string;
  name: string;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  updated_by: string | null;
}

export const MINISTER_COLUMNS = `id, name, active, version, created_at, updated_at, created_by, updated_by`;

export function toMinisterResponse(row: MinisterRow): MinisterResponse {
  return {
    id: row.id,
    name: row.name,
    active: row.active,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
