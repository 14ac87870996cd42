// @ts-check
// What is measured: each scenario's HTTP request and, for reads, the SQL its service runs, issued straight through pg.
//
// ALIGN: the direct SQL for (a), (c), (d) and (f) restates what apps/api/src/actions/action-list.ts (+ cappedTotal),
// positions/position-matrix.ts, search/search-sql.ts and positions/position-shifts.ts ran when this file was written (those features were being
// built at the same time). When they change, change these to match, or the API/direct ratio compares different work.
// (b) copies TIMELINE_SQL from apps/api/src/organisations/organisation-timeline.ts.

const OPEN = `('open','in_progress','blocked')`;
const EXACT_TOTAL_LIMIT = 10_000;
const MATRIX_EXACT_TOTAL_LIMIT = 1_000;

/** Realistic searches: the words officials type, drawn from the generator's vocabulary. */
export const SEARCH_QUERIES = [
  'tribunal rights', 'speech and language therapy', 'home to school transport', 'autism assessment waits', 'resourced provision',
  'independent advocacy', 'parent carer forum', 'educational psychologists', 'high needs deficit', 'SENCo workload',
  'inclusion inspection', 'early language', 'short breaks', 'personal budgets', 'annual reviews', '"legal protections"',
];

/** @param {Date} [at] */
export function londonToday(at = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const ACTION_COLUMNS = `a.id, a.reference, a.title, a.description, a.meeting_id, a.owner_user_id, a.owner_organisation_id,
  a.due_on, a.priority, a.status, a.kind, a.raised_by_organisation_id, a.proposal_ids, a.theme_ids, a.completion_note,
  a.classification, a.closed_at, a.version, a.created_at, a.updated_at, a.created_by, a.updated_by`;
const ACTION_WHERE = `WHERE ($1::boolean OR a.classification = 'OFFICIAL') AND a.status = ANY($2::text[]) AND (a.due_on < $3::date AND a.status IN ${OPEN})`;
const ACTION_PAGE = `
  SELECT ${ACTION_COLUMNS}, coalesce(ou.name, oo.name) AS owner_name, rb.name AS raised_by_name, m.reference AS meeting_reference
    FROM (SELECT ${ACTION_COLUMNS} FROM actions a ${ACTION_WHERE} ORDER BY a.due_on ASC NULLS LAST, a.id ASC LIMIT 25 OFFSET 0) a
    LEFT JOIN users ou ON ou.id = a.owner_user_id
    LEFT JOIN organisations oo ON oo.id = a.owner_organisation_id
    LEFT JOIN organisations rb ON rb.id = a.raised_by_organisation_id
    LEFT JOIN meetings m ON m.id = a.meeting_id AND ($1::boolean OR m.classification = 'OFFICIAL')
   ORDER BY a.due_on ASC NULLS LAST, a.id ASC`;
const ACTION_TOTAL = `SELECT count(*)::int AS n FROM (SELECT 1 FROM actions a ${ACTION_WHERE} LIMIT ${EXACT_TOTAL_LIMIT + 1}) capped`;

// Copied from organisation-timeline.ts (TIMELINE_LIMIT = 200).
const TIMELINE_EXISTS = `SELECT 1 FROM organisations WHERE id = $1`;
const TIMELINE_SQL = `
  SELECT * FROM (
    (SELECT 'meeting' AS kind, m.id, m.starts_at AS occurred_at, m.title, m.reference, a.attendance AS label, m.purpose AS detail
       FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
      WHERE a.organisation_id = $1 AND ($2 OR m.classification = 'OFFICIAL')
      ORDER BY a.meeting_starts_at DESC LIMIT 200)
    UNION ALL
    (SELECT 'position', p.id, p.stated_on::timestamptz, pr.title, m.reference, p.stance, p.summary
       FROM positions p JOIN proposals pr ON pr.id = p.proposal_id LEFT JOIN meetings m ON m.id = p.meeting_id
      WHERE p.organisation_id = $1 AND ($2 OR p.classification = 'OFFICIAL')
      ORDER BY p.stated_on DESC, p.created_at DESC LIMIT 200)
    UNION ALL
    (SELECT 'action_raised', ac.id, ac.created_at, ac.title, ac.reference, ac.status, ac.description
       FROM actions ac WHERE ac.raised_by_organisation_id = $1 AND ($2 OR ac.classification = 'OFFICIAL')
      ORDER BY ac.created_at DESC LIMIT 200)
    UNION ALL
    (SELECT 'action_owned', ac.id, ac.created_at, ac.title, ac.reference, ac.status, ac.description
       FROM actions ac WHERE ac.owner_organisation_id = $1 AND ($2 OR ac.classification = 'OFFICIAL')
      ORDER BY ac.created_at DESC LIMIT 200)
  ) t
  ORDER BY occurred_at DESC, id
  LIMIT 200`;

// Position matrix, first page of 50: columns, a page of organisations with visible positions, their current cells.
const MATRIX_COLUMNS = `SELECT pr.id, pr.title FROM proposals pr WHERE pr.status <> 'dropped' ORDER BY lower(pr.title), pr.id`;
const MATRIX_FROM = `FROM organisations o WHERE o.archived_at IS NULL
  AND EXISTS (SELECT 1 FROM positions p WHERE p.organisation_id = o.id AND p.proposal_id = ANY($1::uuid[]) AND ($2 OR p.classification = 'OFFICIAL'))`;
const MATRIX_ROWS = `SELECT o.id, o.name, o.type ${MATRIX_FROM} ORDER BY lower(o.name), o.id LIMIT 50 OFFSET 0`;
const MATRIX_TOTAL = `SELECT count(*)::int AS n FROM (SELECT 1 ${MATRIX_FROM} LIMIT ${MATRIX_EXACT_TOTAL_LIMIT + 1}) capped`;
const MATRIX_CELLS = `
  SELECT c.organisation_id, c.proposal_id, c.stance, c.stated_on, c.id
    FROM unnest($1::uuid[]) AS org(id) CROSS JOIN unnest($2::uuid[]) AS pro(id)
    CROSS JOIN LATERAL (
      SELECT p.organisation_id, p.proposal_id, p.stance, p.stated_on, p.id FROM positions p
       WHERE p.organisation_id = org.id AND p.proposal_id = pro.id AND ($3 OR p.classification = 'OFFICIAL')
       ORDER BY p.stated_on DESC, p.created_at DESC LIMIT 1) c`;

// What moved over the last 90 days: each pair's latest statement in the period, one probe for the stance before it.
const SCALE = `ARRAY['support','support_with_conditions','neutral','concerns','oppose']::text[]`;
const MOVES = `
  WITH a AS (SELECT DISTINCT ON (p.organisation_id, p.proposal_id) p.organisation_id, p.proposal_id, p.stance, p.stated_on, p.id
               FROM positions p WHERE p.stated_on BETWEEN $2::date AND $3::date AND ($1 OR p.classification = 'OFFICIAL')
              ORDER BY p.organisation_id, p.proposal_id, p.stated_on DESC, p.created_at DESC, p.id DESC)
  SELECT o.id AS organisation_id, o.name AS organisation_name, o.type AS organisation_type, pr.id AS proposal_id, pr.title AS proposal_title,
         b.stance AS before_stance, b.stated_on AS before_on, b.id AS before_id, a.stance AS after_stance, a.stated_on AS after_on, a.id AS after_id,
         array_position(${SCALE}, b.stance) - array_position(${SCALE}, a.stance) AS steps, count(*) OVER ()::int AS total
    FROM a
    JOIN organisations o ON o.id = a.organisation_id AND o.archived_at IS NULL
    JOIN proposals pr ON pr.id = a.proposal_id
   CROSS JOIN LATERAL (SELECT q.stance, q.stated_on, q.id FROM positions q
     WHERE q.organisation_id = a.organisation_id AND q.proposal_id = a.proposal_id AND ($1 OR q.classification = 'OFFICIAL') AND q.stated_on < $2::date
     ORDER BY q.stated_on DESC, q.created_at DESC, q.id DESC LIMIT 1) b
   WHERE a.stance <> b.stance
   ORDER BY abs(array_position(${SCALE}, b.stance) - array_position(${SCALE}, a.stance)) DESC NULLS LAST, a.stated_on DESC, lower(o.name), lower(pr.title), o.id, pr.id
   LIMIT 10 OFFSET 0`;

/** The API's default period for what moved: the 90 days to today. */
function lastNinetyDays() {
  const to = londonToday();
  return { from: new Date(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10), to };
}

// Search: per type, a pool of at most 201 matches from its 2,000 newest records (read in index order) or, when those
// hold fewer than 20, from the GIN index; ranked, one page of 20, then headlines for it.
const Q = `websearch_to_tsquery('english', $1)`;
const SEARCH_SETTINGS = `SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), set_config('statement_timeout', '5000', true)`;
const POOL = 201;
const WINDOW = 2000;
const ENOUGH = 20;
const SOURCES = [
  ['organisation', 'organisations', '($3 OR x.archived_at IS NULL)', 'x.updated_at', 'x.updated_at DESC, x.id'],
  ['meeting', 'meetings', `($2 OR x.classification = 'OFFICIAL')`, 'x.starts_at', 'x.starts_at DESC'],
  ['position', 'positions', `($2 OR x.classification = 'OFFICIAL')`, 'x.stated_on::timestamptz', 'x.stated_on DESC, x.created_at DESC'],
  ['action', 'actions', `($2 OR x.classification = 'OFFICIAL')`, 'x.created_at', 'x.created_at DESC, x.id'],
];
const INDEXABLE = `querytree(${Q}) NOT IN ('', 'T')`;
const RANKED = `x.id, x.at, ts_rank_cd(x.search, ${Q}, 32) AS rank`;
export const SEARCH_CANDIDATES = `
  WITH ${SOURCES.map(([type, table, visible, at, recent]) => `recent_${type} AS MATERIALIZED (
    SELECT ${RANKED} FROM (SELECT x.id, x.search, ${at} AS at FROM ${table} x WHERE ${visible} ORDER BY ${recent} LIMIT ${WINDOW}) x
     WHERE x.search @@ ${Q} AND ${INDEXABLE} LIMIT ${POOL}),
  pool_${type} AS MATERIALIZED (
    SELECT * FROM recent_${type} WHERE (SELECT count(*) FROM recent_${type}) >= ${ENOUGH}
    UNION ALL
    SELECT ${RANKED} FROM (SELECT x.id, x.search, ${at} AS at FROM ${table} x
     WHERE (SELECT count(*) FROM recent_${type}) < ${ENOUGH} AND x.search @@ ${Q} AND ${INDEXABLE} AND ${visible} LIMIT ${POOL}) x)`).join(',\n')},
  hits AS (${SOURCES.map(([type]) => `(SELECT '${type}'::text AS type, id, rank, at FROM pool_${type} ORDER BY rank DESC, at DESC, id LIMIT 20)`).join(' UNION ALL ')}),
  page AS (SELECT * FROM hits ORDER BY rank DESC, at DESC, type, id LIMIT 20)
  SELECT ${SOURCES.map(([type, table, visible]) => `(SELECT count(*)::int FROM pool_${type}) AS ${type}_count,
    CASE WHEN (SELECT count(*) FROM pool_${type}) >= ${POOL} THEN true WHEN (SELECT count(*) FROM recent_${type}) < ${ENOUGH} THEN false
         ELSE (SELECT count(*) FROM (SELECT 1 FROM ${table} x WHERE ${visible} LIMIT ${WINDOW + 1}) w) > ${WINDOW} END AS ${type}_partial`).join(', ')},
    page.type, page.id, page.rank
    FROM (SELECT 1) one LEFT JOIN page ON true ORDER BY page.rank DESC, page.at DESC, page.type, page.id`;
const HEADLINE = `ts_headline('english', x.body, ${Q}, 'StartSel=<b>, StopSel=</b>, MaxFragments=2, MinWords=12, MaxWords=25') AS headline`;
const SEARCH_DETAILS = `
  SELECT x.id, ${HEADLINE} FROM (SELECT id, concat_ws(' · ', description, array_to_string(tags, ', ')) AS body FROM organisations WHERE id = ANY($2::uuid[])
    UNION ALL SELECT id, concat_ws(' · ', summary, purpose) FROM meetings WHERE id = ANY($2::uuid[])
    UNION ALL SELECT id, concat_ws(' · ', quote, summary) FROM positions WHERE id = ANY($2::uuid[])
    UNION ALL SELECT id, concat_ws(' · ', description, completion_note) FROM actions WHERE id = ANY($2::uuid[])) x`;

/**
 * @typedef {import('pg').PoolClient} Client
 * @typedef {{ busyOrganisations: string[]; proposalIds: string[]; meetingId: string; ownerUserId: string; runId: string }} Fixtures
 * @typedef {{ key: string; label: string; kind: 'read' | 'write'; p99TargetMs: number | null;
 *   http: import('./measure.mjs').HttpLoad; direct?: (client: Client, n: number) => Promise<unknown> }} Scenario
 */

/** @param {Fixtures} fx @returns {Scenario[]} */
export function scenarios(fx) {
  const org = (/** @type {number} */ n) => fx.busyOrganisations[n % fx.busyOrganisations.length];
  const words = (/** @type {number} */ n) => SEARCH_QUERIES[n % SEARCH_QUERIES.length];
  return [
    {
      key: 'actions', label: '(a) action log: open, overdue, by due date', kind: 'read', p99TargetMs: 25,
      http: { method: 'GET', path: () => '/api/actions?status=open&overdue=true&sort=dueOn&pageSize=25' },
      direct: async (c) => {
        const params = [true, ['open'], londonToday()];
        await c.query(ACTION_PAGE, params);
        return c.query(ACTION_TOTAL, params);
      },
    },
    {
      key: 'timeline', label: '(b) organisation timeline (busy organisations)', kind: 'read', p99TargetMs: 25,
      http: { method: 'GET', path: (n) => `/api/organisations/${org(n)}/timeline` },
      direct: async (c, n) => {
        await c.query(TIMELINE_EXISTS, [org(n)]);
        return c.query(TIMELINE_SQL, [org(n), true]);
      },
    },
    {
      key: 'matrix', label: '(c) positions matrix, 50 organisations', kind: 'read', p99TargetMs: 60,
      http: { method: 'GET', path: () => '/api/positions/matrix?pageSize=50' },
      direct: async (c) => {
        const columns = (await c.query(MATRIX_COLUMNS)).rows.map((r) => r.id);
        const rows = (await c.query(MATRIX_ROWS, [columns, true])).rows.map((r) => r.id);
        await c.query(MATRIX_CELLS, [rows, columns, true]);
        return c.query(MATRIX_TOTAL, [columns, true]);
      },
    },
    {
      key: 'search', label: '(d) search, common SEND words', kind: 'read', p99TargetMs: 60,
      http: { method: 'GET', path: (n) => `/api/search?q=${encodeURIComponent(words(n))}` },
      direct: async (c, n) => {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
          await c.query(SEARCH_SETTINGS);
          const hits = (await c.query(SEARCH_CANDIDATES, [words(n), true, false])).rows.filter((r) => r.id);
          if (hits.length) await c.query(SEARCH_DETAILS, [words(n), hits.map((h) => h.id)]);
        } finally {
          await c.query('COMMIT');
        }
      },
    },
    {
      key: 'moves', label: '(f) what moved in the last 3 months, top 10', kind: 'read', p99TargetMs: 60,
      http: { method: 'GET', path: () => '/api/positions/moves?pageSize=10' },
      direct: (c) => {
        const { from, to } = lastNinetyDays();
        return c.query(MOVES, [true, from, to]);
      },
    },
    {
      key: 'create-action', label: '(e) create an action (POST)', kind: 'write', p99TargetMs: null,
      http: {
        method: 'POST',
        path: () => '/api/actions',
        body: (n) => ({
          title: `Benchmark action ${fx.runId}-${n}: follow up on ${words(n)}`,
          description: 'Created by npm run bench.',
          meetingId: fx.meetingId,
          ownerUserId: fx.ownerUserId,
          raisedByOrganisationId: org(n),
          dueOn: londonToday(new Date(Date.now() + 30 * 86_400_000)),
          priority: 'medium',
          proposalIds: [fx.proposalIds[n % fx.proposalIds.length]],
        }),
      },
    },
  ];
}
