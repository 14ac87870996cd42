import { sql, type Db } from '../common/sql';

/** Proposal and theme names by id: files show names where the records hold ids (both lists are short). */
export interface NameLookups {
  proposals: Map<string, string>;
  themes: Map<string, string>;
}

export async function nameLookups(db: Db): Promise<NameLookups> {
  const [proposals, themes] = await Promise.all([
    sql<{ id: string; name: string }>(db, `SELECT id, title AS name FROM proposals`),
    sql<{ id: string; name: string }>(db, `SELECT id, name FROM themes`),
  ]);
  return { proposals: new Map(proposals.map((p) => [p.id, p.name])), themes: new Map(themes.map((t) => [t.id, t.name])) };
}

/** "Written records of support; Independent advocacy" */
export function namesOf(ids: readonly string[], names: Map<string, string>): string {
  return ids.map((id) => names.get(id) ?? id).join('; ');
}
