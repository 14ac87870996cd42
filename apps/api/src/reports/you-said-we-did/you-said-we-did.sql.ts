/**
 * "You said, we did" in one statement, one row per organisation × proposal with at least one point.
 *
 * A point is a position whose stance is one of $2 (conditions, concerns, opposition). An action or ministerial
 * commitment answers an organisation's points on a proposal when BOTH
 *   - it is about that proposal: the proposal is in its proposal_ids, or it names no proposal but shares one of the
 *     proposal's principles (theme_ids); AND
 *   - it came from that organisation: raised by it (raised_by_organisation_id), or arising from a meeting where the
 *     organisation made one of those points (meeting_id).
 * Everything the reader may not see ($1 false: OFFICIAL_SENSITIVE positions, meetings, actions) is left out before
 * matching, so a hidden meeting links nothing.
 *
 * $1 sees sensitive, $2 point stances, $3 proposal id or null, $4 theme id or null, $5 most pairs to return.
 */
export const YOU_SAID_SQL = `
WITH points AS (
  SELECT p.id, p.organisation_id, p.proposal_id, p.stance, p.summary, p.quote, p.stated_on, p.created_at, p.classification,
         m.id AS meeting_id, m.reference AS meeting_reference, m.title AS meeting_title, m.classification AS meeting_classification
    FROM positions p
    JOIN proposals pr ON pr.id = p.proposal_id
    LEFT JOIN meetings m ON m.id = p.meeting_id AND ($1::boolean OR m.classification = 'OFFICIAL')
   WHERE p.stance = ANY($2::text[])
     AND ($1::boolean OR p.classification = 'OFFICIAL')
     AND ($3::uuid IS NULL OR p.proposal_id = $3::uuid)
     AND ($4::uuid IS NULL OR $4::uuid = ANY(pr.theme_ids))
),
pairs AS (
  SELECT organisation_id, proposal_id,
         json_agg(json_build_object(
           'positionId', id, 'stance', stance, 'summary', summary, 'quote', quote, 'statedOn', to_char(stated_on, 'YYYY-MM-DD'),
           'meetingId', meeting_id, 'meetingReference', meeting_reference, 'meetingTitle', meeting_title,
           'meetingClassification', meeting_classification, 'classification', classification
         ) ORDER BY stated_on DESC, created_at DESC, id) AS points,
         coalesce(array_agg(DISTINCT meeting_id) FILTER (WHERE meeting_id IS NOT NULL), '{}') AS meeting_ids
    FROM points
   GROUP BY organisation_id, proposal_id
),
chosen AS (
  SELECT pr.id AS proposal_id, pr.title AS proposal_title, pr.status AS proposal_status, pr.theme_ids,
         o.id AS organisation_id, o.name AS organisation_name, o.type AS organisation_type, pairs.points, pairs.meeting_ids
    FROM pairs
    JOIN proposals pr ON pr.id = pairs.proposal_id
    JOIN organisations o ON o.id = pairs.organisation_id
   ORDER BY lower(pr.title), pr.id, lower(o.name), o.id
   LIMIT $5
)
SELECT c.proposal_id, c.proposal_title, c.proposal_status, c.theme_ids, c.organisation_id, c.organisation_name,
       c.organisation_type, c.points, coalesce(answers.items, '[]'::json) AS answers
  FROM chosen c
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object(
             'id', a.id, 'reference', a.reference, 'title', a.title, 'kind', a.kind, 'status', a.status,
             'completionNote', a.completion_note, 'dueOn', to_char(a.due_on, 'YYYY-MM-DD'),
             'closedAt', to_char(a.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'raisedBy', coalesce(a.raised_by_organisation_id = c.organisation_id, false),
             'meetingId', CASE WHEN a.meeting_id = ANY(c.meeting_ids) THEN a.meeting_id END,
             'classification', a.classification
           ) ORDER BY a.created_at, a.reference) AS items
      FROM actions a
     WHERE ($1::boolean OR a.classification = 'OFFICIAL')
       AND (a.proposal_ids @> ARRAY[c.proposal_id] OR (a.proposal_ids = '{}' AND a.theme_ids && c.theme_ids))
       AND (a.raised_by_organisation_id = c.organisation_id OR a.meeting_id = ANY(c.meeting_ids))
  ) answers ON true
 ORDER BY lower(c.proposal_title), c.proposal_id, lower(c.organisation_name), c.organisation_id`;
