import type { Client } from 'pg';

/** Real ids of the demonstration data, so that valid samples reach records and not only 404s. */
export interface Fixtures {
  /** Table → ids of its rows. */
  ids: Map<string, string[]>;
  /** Membership id → its group's id (the one path with two ids). */
  membershipGroup: Map<string, string>;
  phaseKeys: string[];
}

const TABLES = ['organisations', 'contacts', 'groups', 'themes', 'proposals', 'ministers', 'meetings', 'positions', 'actions', 'information_requests', 'legal_holds', 'parliamentary_items', 'parliamentary_recommendations', 'parliamentary_links', 'retention_rules', 'notifications', 'inbound_notes'];

export async function loadFixtures(db: Client, keepUsers: readonly string[]): Promise<Fixtures> {
  const ids = new Map<string, string[]>();
  for (const table of TABLES) {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT 20`);
    ids.set(table, rows.map((r) => r.id));
  }
  // Never the signed-in users of the check: a fuzzed role change or deactivation would end their sessions.
  const users = await db.query<{ id: string }>(`SELECT id FROM users WHERE NOT (email = ANY($1)) ORDER BY id`, [keepUsers]);
  ids.set('users', users.rows.map((r) => r.id));
  const memberships = await db.query<{ id: string; group_id: string }>(`SELECT id, group_id FROM group_memberships ORDER BY id LIMIT 20`);
  ids.set('group_memberships', memberships.rows.map((r) => r.id));
  const phases = await db.query<{ key: string }>(`SELECT key FROM phases ORDER BY key`);
  return { ids, membershipGroup: new Map(memberships.rows.map((r) => [r.id, r.group_id])), phaseKeys: phases.rows.map((r) => r.key) };
}

/** The table an id field or path segment names: `organisationId` → organisations, `officialIds` → users. */
export function tableFor(name: string): string | undefined {
  const stem = name.replace(/Ids?$/, '').replace(/-/g, '_').toLowerCase();
  if (['official', 'owner', 'user', 'assignee', 'users', 'recorder', 'reviewer'].includes(stem)) return 'users';
  if (stem === 'briefing_pack') return 'meetings';
  if (stem === 'parliament') return 'parliamentary_items';
  if (stem === 'recommendation' || stem === 'link') return `parliamentary_${stem}s`;
  if (stem === 'membership' || stem === 'members') return 'group_memberships';
  const plural = stem.endsWith('s') ? stem : `${stem}s`;
  return TABLES.includes(plural) || plural === 'users' ? plural : undefined;
}
