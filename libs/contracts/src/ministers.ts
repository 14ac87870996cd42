import type { Tracked } from './common';

/** A minister who may attend meetings. Retired with `active: false`, never deleted, so old meetings keep their names. */
export interface MinisterResponse extends Omit<Tracked, 'createdBy' | 'updatedBy'> {
  id: string;
  name: string;
  active: boolean;
  /** Null for the ministers seeded with the database. */
  createdBy: string | null;
  updatedBy: string | null;
}

/** Active ministers first, then by name; a short list, so not paged. */
export interface MinisterListResponse {
  items: MinisterResponse[];
}

export interface CreateMinisterRequest {
  name: string;
}

export interface UpdateMinisterRequest {
  name?: string;
  active?: boolean;
}

export interface MinisterListFilters {
  includeInactive?: boolean;
}
