import { sql, type Db } from '../common/sql';

const ADDRESS = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/** The email domains in a message, in the order they first appear, leaving out `ignored` (the sender's, the tracker's). */
export function domainsIn(texts: readonly string[], ignored: readonly string[]): string[] {
  const skip = new Set(ignored.map((d) => d.toLowerCase()));
  const seen: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(ADDRESS)) {
      const domain = (match[1] ?? '').toLowerCase();
      if (domain && !skip.has(domain) && !seen.includes(domain)) seen.push(domain);
    }
  }
  return seen;
}

/**
 * The organisation a forwarded message is from: the first domain in it that belongs to exactly one organisation, by
 * its contacts' email addresses or its website. A domain several organisations share (a council's, say) names none.
 */
export async function organisationByDomain(db: Db, domains: readonly string[]): Promise<{ organisationId: string; domain: string } | undefined> {
  for (const domain of domains) {
    const rows = await sql<{ id: string }>(
      db,
      `SELECT DISTINCT o.id FROM organisations o
        WHERE o.archived_at IS NULL AND (
          EXISTS (SELECT 1 FROM contacts c WHERE c.organisation_id = o.id AND c.anonymised_at IS NULL AND lower(split_part(c.email, '@', 2)) = $1)
          OR lower(regexp_replace(coalesce(o.website, ''), '^(https?://)?(www\\.)?([^/:]+).*$', '\\3')) = $1)
        LIMIT 2`,
      [domain],
    );
    if (rows.length === 1 && rows[0]) return { organisationId: rows[0].id, domain };
  }
  return undefined;
}
