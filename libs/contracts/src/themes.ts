/** One of the five principles of the reform. Created by the migration; only renamed or reworded, never added. */
export interface ThemeResponse {
  id: string;
  /** Stable machine key (`early_intervention`…), never changes. */
  key: string;
  name: string;
  summary: string;
  /** Display order, 1-based. */
  position: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Null for the themes the migration created. */
  createdBy: string | null;
  updatedBy: string | null;
}

export interface ThemeListResponse {
  items: ThemeResponse[];
}

/** PATCH /themes/:id (admin, If-Match). */
export interface UpdateThemeRequest {
  name?: string;
  summary?: string;
}

/** A theme named inside another record (a proposal's themes). */
export interface ThemeRef {
  id: string;
  name: string;
}
