import { SEARCH_RESULTS_MAX, SEARCH_TYPES, type Classification, type SearchType } from '@send/contracts';
import { WHOLE_TEXT_MAX } from './snippet';

/**
 * The SQL behind GET /api/search. Parameters of the candidate query: $1 = q, $2 = the user sees OFFICIAL_SENSITIVE,
 * $3 = include archived organisations.
 *
 * `websearch_to_tsquery` is written out (not passed in) so the planner folds it to a constant and estimates each
 * table's matches from its statistics. A query with nothing to look up in an index (only stop words, or only
 * exclusions such as `-school`) has a querytree of '' or 'T': it finds nothing rather than scanning every row.
 */
const QUERY = `websearch_to_tsquery('english', $1)`;
const INDEXABLE = `querytree(${QUERY}) NOT IN ('', 'T')`;
/** ts_rank_cd normalisation 32 (rank / (rank + 1)) keeps every rank in 0..1, so the four types merge on one scale. */
const RANK = `ts_rank_cd(x.search, ${QUERY}, 32)`;
const OFFICIAL_ONLY = `($2 OR x.classification = 'OFFICIAL')`;

interface Source {
  table: string;
  /** Visibility beyond the text match. */
  visible: string;
  /** "Newest first" among equal ranks. */
  at: string;
  /** Newest first, exactly as an index of the table orders it, so the recent window is read from that index. */
  recent: string;
}

const SOURCES: Record<SearchType, Source> = {
  organisation: { table: 'organisations', visible: '($3 OR x.archived_at IS NULL)', at: 'x.updated_at', recent: 'x.updated_at DESC, x.id' },
  meeting: { table: 'meetings', visible: OFFICIAL_ONLY, at: 'x.starts_at', recent: 'x.starts_at DESC' },
  position: { table: 'positions', visible: OFFICIAL_ONLY, at: 'x.stated_on::timestamptz', recent: 'x.stated_on DESC, x.created_at DESC' },
  action: { table: 'actions', visible: OFFICIAL_ONLY, at: 'x.created_at', recent: 'x.created_at DESC, x.id' },
};

/**
 * How many of a type's newest visible records are read, in index order, before its GIN index is consulted (~3 µs a
 * record). A word in at least WINDOW_ENOUGH of them is answered from them alone; anything rarer goes to the GIN index,
 * which is quick exactly when matches are few.
 */
export const RECENT_WINDOW = 2000;
/** One page of results. */
export const WINDOW_ENOUGH = 20;

/** One row per hit on the page (or a single row with null hit columns when the page is empty), each with the counts. */
export interface CandidateRow {
  organisation_count: number;
  meeting_count: number;
  position_count: number;
  action_count: number;
  organisation_partial: boolean;
  meeting_partial: boolean;
  position_partial: boolean;
  action_partial: boolean;
  type: SearchType | null;
  id: string | null;
  rank: number | null;
}

/**
 * Counts and one page of hits in one statement. Each type's pool is at most SEARCH_RESULTS_MAX + 1 matches, counted
 * and, if the type was asked for, ranked:
 * - a common word: the newest matches among the type's RECENT_WINDOW newest records, read in index order and stopping
 *   as soon as the pool is full. A GIN scan would cost tens of milliseconds per table for such a word however small
 *   its LIMIT, because the index reads every match before giving the first.
 * - a rarer word (fewer than WINDOW_ENOUGH matches in the window): up to the pool's size of matches from the whole
 *   table through the GIN index, which is quick when matches are few.
 * `partial` says the count is a lower bound: the pool is full, or it came from a window that did not hold every record.
 * Each type keeps its best `depth` by rank, and only those are merged.
 */
export function candidatesSql(requested: readonly SearchType[], page: number, pageSize: number): string {
  const depth = page * pageSize;
  const limit = SEARCH_RESULTS_MAX + 1;
  const window = (type: SearchType) => {
    const { table, visible, at, recent } = SOURCES[type];
    return `SELECT x.id, x.search, ${at} AS at FROM ${table} x WHERE ${visible} ORDER BY ${recent} LIMIT ${RECENT_WINDOW}`;
  };
  const pools = SEARCH_TYPES.map((type) => {
    const { table, visible, at } = SOURCES[type];
    // A type only counted needs no rank.
    const columns = requested.includes(type) ? `x.id, x.at, ${RANK} AS rank` : '1 AS one';
    // Uncorrelated, so evaluated once: the branch whose condition is false is a one-time filter never executed.
    const found = `(SELECT count(*) FROM recent_${type})`;
    return `recent_${type} AS MATERIALIZED (
      SELECT ${columns} FROM (${window(type)}) x WHERE x.search @@ ${QUERY} AND ${INDEXABLE} LIMIT ${limit}),
    pool_${type} AS MATERIALIZED (
      SELECT * FROM recent_${type} WHERE ${found} >= ${WINDOW_ENOUGH}
      UNION ALL
      SELECT ${columns} FROM (SELECT x.id, x.search, ${at} AS at FROM ${table} x
       WHERE ${found} < ${WINDOW_ENOUGH} AND x.search @@ ${QUERY} AND ${INDEXABLE} AND ${visible} LIMIT ${limit}) x)`;
  });
  const best = requested.map(
    (type) => `(SELECT '${type}'::text AS type, id, rank, at FROM pool_${type} ORDER BY rank DESC, at DESC, id LIMIT ${depth})`,
  );
  // CASE runs a subquery only when its branch is reached: the window is counted only for a pool taken from it.
  const counts = SEARCH_TYPES.map(
    (type) => `(SELECT count(*)::int FROM pool_${type}) AS ${type}_count,
      CASE WHEN (SELECT count(*) FROM pool_${type}) >= ${limit} THEN true
           WHEN (SELECT count(*) FROM recent_${type}) < ${WINDOW_ENOUGH} THEN false
           ELSE (SELECT count(*) FROM (SELECT 1 FROM ${SOURCES[type].table} x WHERE ${SOURCES[type].visible} LIMIT ${RECENT_WINDOW + 1}) w) > ${RECENT_WINDOW}
      END AS ${type}_partial`,
  );
  return `
    WITH ${pools.join(',\n')},
    hits AS (${best.join('\nUNION ALL\n')}),
    page AS (SELECT * FROM hits ORDER BY rank DESC, at DESC, type, id LIMIT ${pageSize} OFFSET ${depth - pageSize})
    SELECT ${counts.join(',\n')}, page.type, page.id, page.rank
      FROM (SELECT 1) one LEFT JOIN page ON true
     ORDER BY page.rank DESC, page.at DESC, page.type, page.id`;
}

/** What a hit shows, read only for the page's records. */
export interface DetailRow {
  type: SearchType;
  id: string;
  title: string;
  at: Date | null;
  /** Positions: statedOn as YYYY-MM-DD. */
  day: string | null;
  classification: Classification;
  organisation_id: string | null;
  proposal_id: string | null;
  headline: string;
}

/**
 * ts_headline is the costly part of a search, so it runs for the page's hits only, over the text that best explains
 * each match (its title is shown apart). $1 = q, $2 = the page's ids, $3 = options for short texts, $4 = options for
 * long ones, $5 = the marker characters, removed from the text first so every marker in a headline is one
 * ts_headline put there.
 */
const BODY = (text: string) => `CROSS JOIN LATERAL (SELECT translate(${text}, $5, '') AS body) b`;
const HEADLINE = `ts_headline('english', b.body, ${QUERY}, CASE WHEN length(b.body) <= ${WHOLE_TEXT_MAX} THEN $3 ELSE $4 END) AS headline`;
/** The agenda as meetings.search indexes it (item titles and notes), read as "Title: notes · Title: notes". */
const AGENDA_TEXT = `(SELECT string_agg(concat_ws(': ', i ->> 'title', nullif(i ->> 'notes', '')), ' · ' ORDER BY n)
    FROM jsonb_path_query(x.agenda, '$[*]') WITH ORDINALITY a(i, n))`;

const DETAILS: Record<SearchType, string> = {
  organisation: `
    SELECT 'organisation' AS type, x.id, x.name AS title, x.updated_at AS at, NULL::text AS day, 'OFFICIAL' AS classification,
           NULL::uuid AS organisation_id, NULL::uuid AS proposal_id, ${HEADLINE}
      FROM organisations x ${BODY(`concat_ws(' · ', nullif(x.description, ''), nullif(array_to_string(x.tags, ', '), ''))`)}
     WHERE x.id = ANY($2::uuid[])`,
  meeting: `
    SELECT 'meeting' AS type, x.id, x.reference || ': ' || x.title AS title, x.starts_at AS at, NULL::text AS day, x.classification,
           NULL::uuid AS organisation_id, NULL::uuid AS proposal_id, ${HEADLINE}
      FROM meetings x ${BODY(`concat_ws(' · ', nullif(x.summary, ''), nullif(x.purpose, ''), ${AGENDA_TEXT})`)}
     WHERE x.id = ANY($2::uuid[])`,
  position: `
    SELECT 'position' AS type, x.id, o.name || ' on ' || pr.title AS title, NULL::timestamptz AS at, x.stated_on::text AS day,
           x.classification, x.organisation_id, x.proposal_id, ${HEADLINE}
      FROM positions x JOIN organisations o ON o.id = x.organisation_id JOIN proposals pr ON pr.id = x.proposal_id
           ${BODY(`concat_ws(' · ', x.quote, x.summary)`)}
     WHERE x.id = ANY($2::uuid[])`,
  action: `
    SELECT 'action' AS type, x.id, x.reference || ': ' || x.title AS title, x.created_at AS at, NULL::text AS day, x.classification,
           NULL::uuid AS organisation_id, NULL::uuid AS proposal_id, ${HEADLINE}
      FROM actions x ${BODY(`concat_ws(' · ', nullif(x.description, ''), x.completion_note)`)}
     WHERE x.id = ANY($2::uuid[])`,
};

export function detailsSql(types: readonly SearchType[]): string {
  return types.map((type) => DETAILS[type]).join('\nUNION ALL\n');
}

/**
 * For the search transaction only ($1 = time limit in ms).
 * - No sequential scans: the recent window reads an index in order, and the GIN branch only runs for words too rare
 *   to fill the pool from the window, where the index is right whatever the planner estimates (it estimates a phrase
 *   "a <-> b" like "a & b", and a pair of common words that seldom meet as if they often did).
 * - No JIT: compiling costs more than these queries run.
 * - A time limit bounds the worst case left: two very common words that seldom appear together in recent records.
 */
export const SEARCH_SETTINGS = `
  SELECT set_config('enable_seqscan', 'off', true),
         set_config('jit', 'off', true),
         set_config('statement_timeout', $1, true)`;
