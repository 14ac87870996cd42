/**
 * What each kind of bundle item points at, as one row: reference, title, date and classification. A CASE guards each
 * cast, so an audit event's bigint id is never read as a uuid. A record no longer held (anonymised, disposed of)
 * still lists, as such.
 */
export const ITEM_RECORD = `LEFT JOIN LATERAL (
    SELECT m.reference, m.title, (m.starts_at AT TIME ZONE 'Europe/London')::date AS day, m.classification
      FROM meetings m WHERE m.id = CASE WHEN i.kind = 'meeting' THEN i.record_id::uuid END
    UNION ALL
    SELECT mt.reference, o.name || ' on ' || pr.title, p.stated_on, p.classification
      FROM positions p JOIN organisations o ON o.id = p.organisation_id JOIN proposals pr ON pr.id = p.proposal_id
      LEFT JOIN meetings mt ON mt.id = p.meeting_id
     WHERE p.id = CASE WHEN i.kind = 'position' THEN i.record_id::uuid END
    UNION ALL
    SELECT a.reference, a.title, (a.created_at AT TIME ZONE 'Europe/London')::date, a.classification
      FROM actions a WHERE a.id = CASE WHEN i.kind = 'action' THEN i.record_id::uuid END
    UNION ALL
    SELECT NULL, CASE WHEN c.anonymised_at IS NULL THEN c.name || ', ' || o.name ELSE 'An anonymised contact, ' || o.name END,
           (c.created_at AT TIME ZONE 'Europe/London')::date, 'OFFICIAL'
      FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = CASE WHEN i.kind = 'contact' THEN i.record_id::uuid END
    UNION ALL
    SELECT NULL, replace(e.entity, '_', ' ') || ' ' || replace(e.action, '_', ' ') || coalesce(' by ' || u.name, ''), (e.occurred_at AT TIME ZONE 'Europe/London')::date, e.classification
      FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.id = CASE WHEN i.kind = 'audit_event' THEN i.record_id::bigint END
  ) r ON true`;

/** The records a search finds, as (kind, record_id): one CTE body per search. `$2` is the subject; `args.pattern` its LIKE pattern. */
export const FOUND_BY = {
  organisation: `
    SELECT 'meeting', a.meeting_id::text FROM meeting_attendees a WHERE a.organisation_id = $2::uuid
    UNION SELECT 'position', p.id::text FROM positions p WHERE p.organisation_id = $2::uuid
    UNION SELECT 'action', ac.id::text FROM actions ac WHERE $2::uuid IN (ac.owner_organisation_id, ac.raised_by_organisation_id)
    UNION SELECT 'contact', c.id::text FROM contacts c WHERE c.organisation_id = $2::uuid AND c.anonymised_at IS NULL
    UNION SELECT 'audit_event', e.id::text FROM audit_events e
           WHERE (e.entity = 'organisation' AND e.entity_id = $2::uuid)
              OR (e.entity = 'contact' AND e.entity_id IN (SELECT c.id FROM contacts c WHERE c.organisation_id = $2::uuid))`,
  contact: `
    SELECT 'meeting', a.meeting_id::text FROM meeting_attendees a WHERE a.contact_ids @> ARRAY[$2::uuid]
    UNION SELECT 'contact', c.id::text FROM contacts c WHERE c.id = $2::uuid
    UNION SELECT 'audit_event', e.id::text FROM audit_events e WHERE e.entity = 'contact' AND e.entity_id = $2::uuid`,
  phrase: `
    SELECT 'meeting', m.id::text FROM meetings m WHERE m.search @@ websearch_to_tsquery('english', $2)
    UNION SELECT 'position', p.id::text FROM positions p WHERE p.search @@ websearch_to_tsquery('english', $2)
    UNION SELECT 'action', a.id::text FROM actions a WHERE a.search @@ websearch_to_tsquery('english', $2)
    UNION SELECT 'contact', c.id::text FROM contacts c WHERE c.anonymised_at IS NULL AND c.name ILIKE (SELECT pattern FROM args)`,
} as const;
export type Subject = keyof typeof FOUND_BY;
