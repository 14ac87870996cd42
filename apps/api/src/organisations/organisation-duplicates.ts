import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DuplicateListResponse, DuplicatePair, DuplicateReason, OrganisationType } from '@send/contracts';
import { NotFound } from '../common/errors';
import { inSnapshot, sql } from '../common/sql';
import type { DuplicateListQuery } from './organisation-merge.requests';

/** Names this alike or more (pg_trgm similarity) are worth a look: "Leeds Parent Carer Forum" and "Bristol …" are 0.56. */
export const NAME_SIMILARITY = 0.7;
/** The newest organisations each compared with all others: where duplicates come from (new records, imports). */
export const NEWEST_CHECKED = 2_000;
/** A domain shared by more organisations than this is a provider (nhs.net), not a sign of one organisation. */
const DOMAIN_SHARED_MAX = 3;
const PAIRS_MAX = 100;
/** Mail providers anyone can use: a shared one says nothing. */
export const PUBLIC_MAIL_DOMAINS = ['gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.co.uk', 'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'btinternet.com', 'aol.com', 'protonmail.com', 'sky.com'];

interface PairRow {
  a_id: string;
  a_name: string;
  a_type: OrganisationType;
  a_contacts: number;
  a_meetings: number;
  a_created: Date;
  b_id: string;
  b_name: string;
  b_type: OrganisationType;
  b_contacts: number;
  b_meetings: number;
  b_created: Date;
  similarity: number;
  reasons: DuplicateReason[];
  domain: string | null;
}

const HOST = `lower(regexp_replace(regexp_replace(o.website, '^[a-z]+://(www\\.)?', '', 'i'), '[/:?#].*$', ''))`;

/**
 * Likely duplicates among current organisations: `subjects` (the newest, or the one asked about) against every other
 * by name (the organisations_name_trgm_idx GIN index answers each with one probe), and pairs whose contacts' email
 * or whose websites share a domain few organisations use.
 */
const PAIRS_SQL = `
  WITH subject AS (SELECT o.id, o.name FROM organisations o WHERE o.archived_at IS NULL AND ($1::uuid IS NULL OR o.id = $1)
                    ORDER BY o.created_at DESC, o.id DESC LIMIT $2),
  named AS (
    SELECT LEAST(s.id, o.id) AS x, GREATEST(s.id, o.id) AS y, 'similar_name' AS reason, NULL::text AS domain
      FROM subject s JOIN organisations o ON o.archived_at IS NULL AND o.id <> s.id AND o.name % s.name),
  domain_of AS (
    SELECT DISTINCT lower(split_part(c.email, '@', 2)) AS domain, c.organisation_id AS org, 'same_email_domain' AS reason
      FROM contacts c JOIN organisations o ON o.id = c.organisation_id AND o.archived_at IS NULL
     WHERE c.email IS NOT NULL AND c.anonymised_at IS NULL AND lower(split_part(c.email, '@', 2)) <> ALL($3::text[])
    UNION
    SELECT ${HOST}, o.id, 'same_website' FROM organisations o WHERE o.archived_at IS NULL AND o.website IS NOT NULL),
  few AS (SELECT domain, reason FROM domain_of GROUP BY domain, reason HAVING count(DISTINCT org) BETWEEN 2 AND ${DOMAIN_SHARED_MAX}),
  shared AS (
    SELECT LEAST(d1.org, d2.org) AS x, GREATEST(d1.org, d2.org) AS y, d1.reason, d1.domain
      FROM few JOIN domain_of d1 USING (domain, reason) JOIN domain_of d2 ON d2.domain = d1.domain AND d2.reason = d1.reason AND d2.org > d1.org
     WHERE EXISTS (SELECT 1 FROM subject s WHERE s.id IN (d1.org, d2.org))),
  pair AS (
    SELECT x, y, array_agg(DISTINCT reason ORDER BY reason) AS reasons, max(domain) AS domain FROM (SELECT * FROM named UNION ALL SELECT * FROM shared) p GROUP BY x, y)
  SELECT a.id AS a_id, a.name AS a_name, a.type AS a_type, a.created_at AS a_created,
         (SELECT count(*)::int FROM contacts c WHERE c.organisation_id = a.id) AS a_contacts,
         (SELECT count(*)::int FROM meeting_attendees ma WHERE ma.organisation_id = a.id) AS a_meetings,
         b.id AS b_id, b.name AS b_name, b.type AS b_type, b.created_at AS b_created,
         (SELECT count(*)::int FROM contacts c WHERE c.organisation_id = b.id) AS b_contacts,
         (SELECT count(*)::int FROM meeting_attendees ma WHERE ma.organisation_id = b.id) AS b_meetings,
         round(similarity(a.name, b.name)::numeric, 2)::float AS similarity, pair.reasons, pair.domain
    FROM pair
    JOIN organisations a ON a.id = CASE WHEN (SELECT created_at FROM organisations WHERE id = pair.x) <= (SELECT created_at FROM organisations WHERE id = pair.y) THEN pair.x ELSE pair.y END
    JOIN organisations b ON b.id = CASE WHEN a.id = pair.x THEN pair.y ELSE pair.x END
   ORDER BY cardinality(pair.reasons) DESC, similarity(a.name, b.name) DESC, lower(a.name), a.id, b.id
   LIMIT ${PAIRS_MAX}`;

@Injectable()
export class OrganisationDuplicates {
  constructor(private readonly db: DataSource) {}

  async find(query: DuplicateListQuery): Promise<DuplicateListResponse> {
    if (query.organisationId && !(await sql(this.db, `SELECT 1 FROM organisations WHERE id = $1`, [query.organisationId])).length) throw new NotFound('organisation', query.organisationId);
    const rows = await inSnapshot(this.db, async (q) => {
      // `%` compares against this threshold; set for this snapshot's transaction only.
      await q(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(NAME_SIMILARITY)]);
      return sql<PairRow>(q, PAIRS_SQL, [query.organisationId ?? null, query.organisationId ? 1 : NEWEST_CHECKED, PUBLIC_MAIL_DOMAINS]);
    });
    return { items: rows.map(toPair), checkedNewest: query.organisationId ? null : NEWEST_CHECKED };
  }
}

function toPair(r: PairRow): DuplicatePair {
  return {
    a: { id: r.a_id, name: r.a_name, type: r.a_type, contacts: r.a_contacts, meetings: r.a_meetings, createdAt: r.a_created.toISOString() },
    b: { id: r.b_id, name: r.b_name, type: r.b_type, contacts: r.b_contacts, meetings: r.b_meetings, createdAt: r.b_created.toISOString() },
    similarity: r.similarity,
    reasons: r.reasons,
    domain: r.reasons.some((reason) => reason !== 'similar_name') ? r.domain : null,
  };
}
