/*
 * Engagement coverage, each figure one aggregate statement. Every statement takes the same first three parameters:
 * $1 whether the reader sees OFFICIAL_SENSITIVE records, $2 and $3 the first and last London dates of the range.
 * Only attendances count as an organisation being heard (apologies do not).
 */

/** Meetings (alias m) the reader may see that start on a London date in the range; sargable on starts_at. */
const MEETINGS_IN_RANGE = `($1::boolean OR m.classification = 'OFFICIAL')
  AND m.starts_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London')
  AND m.starts_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

const IN_RANGE = (column: string) => `${column} >= ($2::date::timestamp AT TIME ZONE 'Europe/London')
  AND ${column} < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

/**
 * Principles × regions, with the per-principle, per-region and overall rows from GROUPING SETS (distinct
 * organisations cannot be added up from the cells). A meeting with no principle counts under a null principle.
 */
export const GRID_SQL = `
WITH m AS (SELECT m.id, m.theme_ids, m.region FROM meetings m WHERE ${MEETINGS_IN_RANGE})
SELECT t.theme_id, m.region,
       GROUPING(t.theme_id) = 1 AS all_themes, GROUPING(m.region) = 1 AS all_regions,
       count(DISTINCT m.id)::int AS meetings, count(DISTINCT a.organisation_id)::int AS organisations
  FROM m
 CROSS JOIN LATERAL unnest(CASE WHEN cardinality(m.theme_ids) = 0 THEN ARRAY[NULL::uuid] ELSE m.theme_ids END) AS t(theme_id)
  LEFT JOIN meeting_attendees a ON a.meeting_id = m.id AND a.attendance = 'attended'
 GROUP BY GROUPING SETS ((t.theme_id, m.region), (t.theme_id), (m.region), ())`;

/** Voice by organisation type, every type listed ($4, in order) so the silent ones show as zero. */
export const BY_TYPE_SQL = `
SELECT t.type, count(DISTINCT a.organisation_id)::int AS organisations, count(DISTINCT a.meeting_id)::int AS meetings,
       count(a.meeting_id)::int AS attendances
  FROM unnest($4::text[]) WITH ORDINALITY AS t(type, ord)
  LEFT JOIN (meeting_attendees a
             JOIN organisations o ON o.id = a.organisation_id
             JOIN meetings m ON m.id = a.meeting_id AND a.attendance = 'attended' AND ${MEETINGS_IN_RANGE})
         ON o.type = t.type
 GROUP BY t.type, t.ord
 ORDER BY t.ord`;

/** Voice by minister: meetings each attended and the distinct organisations heard there; retired ones only if any. */
export const BY_MINISTER_SQL = `
SELECT mi.id AS minister_id, mi.name, count(DISTINCT m.id)::int AS meetings, count(DISTINCT a.organisation_id)::int AS organisations
  FROM ministers mi
  LEFT JOIN (meeting_ministers mm JOIN meetings m ON m.id = mm.meeting_id AND ${MEETINGS_IN_RANGE}) ON mm.minister_id = mi.id
  LEFT JOIN meeting_attendees a ON a.meeting_id = m.id AND a.attendance = 'attended'
 GROUP BY mi.id, mi.name, mi.active
HAVING mi.active OR count(m.id) > 0
 ORDER BY lower(mi.name), mi.id`;

/** Every London month of the range, with meetings held, actions opened (created) and closed in it. */
export const MONTHS_SQL = `
WITH months AS (
  SELECT to_char(d, 'YYYY-MM') AS month
    FROM generate_series(date_trunc('month', $2::date::timestamp), $3::date::timestamp, interval '1 month') AS d
),
held AS (
  SELECT to_char(m.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS n
    FROM meetings m WHERE ${MEETINGS_IN_RANGE} GROUP BY 1
),
opened AS (
  SELECT to_char(a.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS n
    FROM actions a WHERE ($1::boolean OR a.classification = 'OFFICIAL') AND ${IN_RANGE('a.created_at')} GROUP BY 1
),
closed AS (
  SELECT to_char(a.closed_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS n
    FROM actions a WHERE ($1::boolean OR a.classification = 'OFFICIAL') AND ${IN_RANGE('a.closed_at')} GROUP BY 1
)
SELECT months.month, coalesce(held.n, 0) AS meetings, coalesce(opened.n, 0) AS actions_opened, coalesce(closed.n, 0) AS actions_closed
  FROM months
  LEFT JOIN held USING (month)
  LEFT JOIN opened USING (month)
  LEFT JOIN closed USING (month)
 ORDER BY months.month`;

/**
 * Per proposal, how many organisations hold each stance: each organisation counted once, by its latest statement
 * (that the reader may see) made in the range.
 */
export const STANCES_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (p.organisation_id, p.proposal_id) p.proposal_id, p.stance
    FROM positions p
   WHERE ($1::boolean OR p.classification = 'OFFICIAL') AND p.stated_on BETWEEN $2::date AND $3::date
   ORDER BY p.organisation_id, p.proposal_id, p.stated_on DESC, p.created_at DESC, p.id DESC
),
counts AS (SELECT proposal_id, stance, count(*)::int AS n FROM latest GROUP BY proposal_id, stance)
SELECT pr.id AS proposal_id, pr.title, pr.status,
       coalesce(jsonb_object_agg(c.stance, c.n) FILTER (WHERE c.stance IS NOT NULL), '{}'::jsonb) AS stances,
       coalesce(sum(c.n), 0)::int AS organisations
  FROM proposals pr
  LEFT JOIN counts c ON c.proposal_id = pr.id
 GROUP BY pr.id
 ORDER BY lower(pr.title), pr.id`;

/** Whether anything OFFICIAL_SENSITIVE went into the figures (only asked for readers who see it). */
export const SENSITIVE_SQL = `
SELECT EXISTS (SELECT 1 FROM meetings m WHERE ${MEETINGS_IN_RANGE} AND m.classification = 'OFFICIAL_SENSITIVE')
    OR EXISTS (SELECT 1 FROM actions a WHERE a.classification = 'OFFICIAL_SENSITIVE' AND ((${IN_RANGE('a.created_at')}) OR (${IN_RANGE('a.closed_at')})))
    OR EXISTS (SELECT 1 FROM positions p WHERE p.classification = 'OFFICIAL_SENSITIVE' AND p.stated_on BETWEEN $2::date AND $3::date)
       AS sensitive`;
