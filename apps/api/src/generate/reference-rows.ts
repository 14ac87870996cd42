import type { ClientBase } from 'pg';
import type { Role } from '@send/contracts';
import { PROPOSALS } from '../demo/reform-facts';
import type { UserIds } from './generate-context';

export interface UserSeed {
  email: string;
  name: string;
  role: Role;
}

/**
 * Adds (or re-keys) accounts with one password hash, and returns their ids by role. Used by the generator and the
 * demo, whose addresses are on example.org sub-domains nobody real has, so a re-run can safely reset the password.
 */
export async function upsertUsers(client: ClientBase, users: readonly UserSeed[], passwordHash: string): Promise<UserIds & { byEmail: Map<string, string> }> {
  const { rows } = await client.query<{ id: string; email: string; role: Role }>(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT u.email, u.name, u.role, $2 FROM jsonb_to_recordset($1::jsonb) AS u(email text, name text, role text)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, deactivated_at = NULL
     RETURNING id, email, role`,
    [JSON.stringify(users), passwordHash],
  );
  const ids: UserIds = { admin: [], recorder: [], reviewer: [], viewer: [] };
  const byEmail = new Map<string, string>();
  for (const row of rows) {
    ids[row.role].push(row.id);
    byEmail.set(row.email, row.id);
  }
  return { ...ids, byEmail };
}

/**
 * The seven reform proposals, linked to their principles (themes seeded by the migration). Existing proposals with
 * the same title are kept as they are. Returns the ids in the reference order.
 */
export async function ensureProposals(client: ClientBase, actorId: string): Promise<string[]> {
  const rows = PROPOSALS.map((p) => ({ title: p.title, summary: p.summary, status: p.status, principles: p.principles }));
  await client.query(
    `INSERT INTO proposals (title, summary, status, theme_ids, created_by, updated_by)
     SELECT p.title, p.summary, p.status,
            ARRAY(SELECT t.id FROM themes t WHERE t.key = ANY(p.principles) ORDER BY t.position), $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS p(title text, summary text, status text, principles text[])
     ON CONFLICT (lower(title)) DO NOTHING`,
    [JSON.stringify(rows), actorId],
  );
  const { rows: found } = await client.query<{ id: string; title: string }>(`SELECT id, title FROM proposals WHERE lower(title) = ANY($1)`, [
    PROPOSALS.map((p) => p.title.toLowerCase()),
  ]);
  const byTitle = new Map(found.map((r) => [r.title.toLowerCase(), r.id]));
  return PROPOSALS.map((p) => {
    const id = byTitle.get(p.title.toLowerCase());
    if (!id) throw new Error(`proposal "${p.title}" is missing`);
    return id;
  });
}
