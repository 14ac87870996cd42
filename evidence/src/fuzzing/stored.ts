import type { Client } from 'pg';

/**
 * Tables a refused request may change by design, and why. Everything else must read the same before and after.
 */
export const CHANGED_BY_DESIGN: Record<string, string> = {
  sessions: 'a session is touched on each request it signs',
  sign_in_failures: 'a refused sign-in is counted, to slow guessing',
  job_runs: 'the scheduler claims its slots on its own clock',
};

/** Rows a refused request writes by design, left out of their table's count. */
export const REFUSALS_RECORDED: Record<string, { where: string; why: string }> = {
  audit_events: { where: "action <> 'sign_in_failed'", why: 'a refused sign-in is audited' },
};

/**
 * What is stored, in one query: the row count of every table, and the sum of the version column where a table has
 * one (a refused edit that changed a row without adding one moves it).
 */
export async function storedFingerprint(db: Client): Promise<(db: Client) => Promise<Record<string, string>>> {
  const { rows } = await db.query<{ table_name: string; versioned: boolean }>(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'version') AS versioned
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = rows
    .filter((r) => !(r.table_name in CHANGED_BY_DESIGN))
    .map((r) => `'${r.table_name}', (SELECT count(*)${r.versioned ? " || '/' || coalesce(sum(version), 0)" : ''} FROM "${r.table_name}"${REFUSALS_RECORDED[r.table_name] ? ` WHERE ${REFUSALS_RECORDED[r.table_name]?.where}` : ''})::text`);
  const sql = `SELECT json_build_object(${parts.join(', ')}) AS f`;
  return async (client) => (await client.query<{ f: Record<string, string> }>(sql)).rows[0]?.f ?? {};
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
