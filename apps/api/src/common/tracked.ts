/** The bookkeeping columns every versioned table carries (`By` is `string | null` where seeded rows have no author). */
export interface TrackedRow<By = string> {
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: By;
  updated_by: By;
}

/** Those columns for a SELECT, from the table alias `alias`. */
export function trackedColumns(alias: string): string {
  return ['version', 'created_at', 'updated_at', 'created_by', 'updated_by'].map((c) => `${alias}.${c}`).join(', ');
}

/** The `Tracked` part of a response. */
export function toTracked<By>(row: TrackedRow<By>): { version: number; createdAt: string; updatedAt: string; createdBy: By; updatedBy: By } {
  return {
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
