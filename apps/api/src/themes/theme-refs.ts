import type { EntityManager } from 'typeorm';
import { assertReferences } from '../common/references';
import { sql } from '../common/sql';

/**
 * The themes a record names, checked (unknown ids → 422 naming `field`) and normalised: no duplicates, in theme order,
 * so two records tagged with the same themes store the same array.
 */
export async function checkedThemeIds(tx: EntityManager, field: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  await assertReferences(tx, [{ field, table: 'themes', ids }]);
  const rows = await sql<{ id: string }>(tx, `SELECT id FROM themes WHERE id = ANY($1::uuid[]) ORDER BY position`, [[...ids]]);
  return rows.map((r) => r.id);
}

/** `[{ id, name }]` of the themes in `idsColumn` (a uuid[] expression), in theme order, for a SELECT list. */
export function themeRefsSql(idsColumn: string): string {
  return `COALESCE((SELECT jsonb_agg(jsonb_build_object('id', th.id, 'name', th.name) ORDER BY th.position)
    FROM themes th WHERE th.id = ANY(${idsColumn})), '[]'::jsonb)`;
}
