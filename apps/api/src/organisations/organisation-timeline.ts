import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganisationTimelineResponse, TimelineItem, TimelineKind } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { NotFound } from '../common/errors';
import { onOneConnection, sql } from '../common/sql';

const TIMELINE_LIMIT = 200;

interface TimelineRow {
  kind: TimelineKind;
  id: string;
  occurred_at: Date;
  title: string;
  reference: string | null;
  label: string;
  detail: string;
}

/**
 * Everything about one organisation, newest first, in one round trip: meetings it attended (or sent apologies to),
 * positions it stated, actions it raised and actions it owns. `$2` hides OFFICIAL_SENSITIVE records from viewers, and
 * the reference of a sensitive meeting at which an OFFICIAL position was stated.
 */
const TIMELINE_SQL = `
  SELECT * FROM (
    (SELECT 'meeting' AS kind, m.id, m.starts_at AS occurred_at, m.title, m.reference, a.attendance AS label, m.purpose AS detail
       FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
      WHERE a.organisation_id = $1 AND ($2 OR m.classification = 'OFFICIAL')
      ORDER BY a.meeting_starts_at DESC LIMIT ${TIMELINE_LIMIT})
    UNION ALL
    (SELECT 'position', p.id, p.stated_on::timestamptz, pr.title,
            CASE WHEN $2 OR m.classification = 'OFFICIAL' THEN m.reference END, p.stance, p.summary
       FROM positions p JOIN proposals pr ON pr.id = p.proposal_id LEFT JOIN meetings m ON m.id = p.meeting_id
      WHERE p.organisation_id = $1 AND ($2 OR p.classification = 'OFFICIAL')
      ORDER BY p.stated_on DESC, p.created_at DESC LIMIT ${TIMELINE_LIMIT})
    UNION ALL
    (SELECT 'action_raised', ac.id, ac.created_at, ac.title, ac.reference, ac.status, ac.description
       FROM actions ac WHERE ac.raised_by_organisation_id = $1 AND ($2 OR ac.classification = 'OFFICIAL')
      ORDER BY ac.created_at DESC LIMIT ${TIMELINE_LIMIT})
    UNION ALL
    (SELECT 'action_owned', ac.id, ac.created_at, ac.title, ac.reference, ac.status, ac.description
       FROM actions ac WHERE ac.owner_organisation_id = $1 AND ($2 OR ac.classification = 'OFFICIAL')
      ORDER BY ac.created_at DESC LIMIT ${TIMELINE_LIMIT})
  ) t
  ORDER BY occurred_at DESC, id
  LIMIT ${TIMELINE_LIMIT}`;

@Injectable()
export class OrganisationTimeline {
  constructor(private readonly db: DataSource) {}

  async forOrganisation(organisationId: string, user: AuthUser): Promise<OrganisationTimelineResponse> {
    const rows = await onOneConnection(this.db, async (q) => {
      const [exists] = await sql(q, `SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
      return exists ? sql<TimelineRow>(q, TIMELINE_SQL, [organisationId, seesSensitive(user)]) : undefined;
    });
    if (!rows) throw new NotFound('organisation', organisationId);
    return { organisationId, items: rows.map(toTimelineItem) };
  }
}

function toTimelineItem(row: TimelineRow): TimelineItem {
  return {
    kind: row.kind,
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    title: row.title,
    reference: row.reference,
    label: row.label,
    detail: row.detail,
  };
}
