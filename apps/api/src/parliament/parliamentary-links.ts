import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PARLIAMENTARY_LINK_KINDS, type FieldError, type ParliamentaryLinkKind, type ParliamentaryLinkResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { NotFound, Unprocessable } from '../common/errors';
import { assertReferences, uniqueConflict } from '../common/references';
import { sql, type Db } from '../common/sql';
import type { CreateParliamentaryLinkBody } from './parliament.requests';
import type { Item } from './recommendations';

interface LinkRow {
  id: string;
  recommendation_id: string | null;
  kind: ParliamentaryLinkKind;
  target_id: string;
  label: string;
  sensitive: boolean;
  organisation_id: string | null;
  proposal_id: string | null;
  created_at: Date;
  created_by: string;
}

const FIELDS = { proposal: 'proposalId', position: 'positionId', meeting: 'meetingId', action: 'actionId' } as const satisfies Record<ParliamentaryLinkKind, keyof CreateParliamentaryLinkBody>;
const TABLES = { proposal: 'proposals', position: 'positions', meeting: 'meetings', action: 'actions' } as const;

/** Each link with what it points at, named as a reader knows it; a sensitive record only for those who may read it. */
const TARGET_CLASSIFICATION = `coalesce(po.classification, m.classification, a.classification, 'OFFICIAL')`;
const SELECT = `SELECT l.id, l.recommendation_id, l.created_at, l.created_by, ${TARGET_CLASSIFICATION} = 'OFFICIAL_SENSITIVE' AS sensitive,
    po.organisation_id, po.proposal_id,
    CASE WHEN l.proposal_id IS NOT NULL THEN 'proposal' WHEN l.position_id IS NOT NULL THEN 'position'
         WHEN l.meeting_id IS NOT NULL THEN 'meeting' ELSE 'action' END AS kind,
    coalesce(l.proposal_id, l.position_id, l.meeting_id, l.action_id) AS target_id,
    coalesce(pr.title, o.name || ' on ' || pp.title || ' (' || po.stated_on || ')', m.reference || ': ' || m.title, a.reference || ': ' || a.title) AS label
  FROM parliamentary_links l
  LEFT JOIN parliamentary_recommendations r ON r.id = l.recommendation_id
  LEFT JOIN proposals pr ON pr.id = l.proposal_id
  LEFT JOIN positions po ON po.id = l.position_id
  LEFT JOIN organisations o ON o.id = po.organisation_id
  LEFT JOIN proposals pp ON pp.id = po.proposal_id
  LEFT JOIN meetings m ON m.id = l.meeting_id
  LEFT JOIN actions a ON a.id = l.action_id`;
const VISIBLE = `($2 OR ${TARGET_CLASSIFICATION} = 'OFFICIAL')`;

function toLink(r: LinkRow): ParliamentaryLinkResponse {
  return { id: r.id, recommendationId: r.recommendation_id, kind: r.kind, targetId: r.target_id, label: r.label,
    pair: r.organisation_id && r.proposal_id ? { organisationId: r.organisation_id, proposalId: r.proposal_id } : null,
    createdAt: r.created_at.toISOString(), createdBy: r.created_by };
}

/** The one kind of record a link names, or a 422 naming what was sent wrong. */
function targetOf(body: CreateParliamentaryLinkBody): { kind: ParliamentaryLinkKind; id: string } {
  const given = PARLIAMENTARY_LINK_KINDS.filter((kind) => body[FIELDS[kind]] !== undefined);
  const [kind] = given;
  if (given.length === 1 && kind) return { kind, id: body[FIELDS[kind]] as string };
  const errors: FieldError[] = given.length
    ? given.slice(1).map((k) => ({ field: FIELDS[k], message: `link one record at a time: ${FIELDS[kind as ParliamentaryLinkKind]} is already given` }))
    : [{ field: 'proposalId', message: 'give one of proposalId, positionId, meetingId or actionId' }];
  throw new Unprocessable('A link points at exactly one record.', errors);
}

/** What in the engagement record bears on a report, a recommendation or a petition. */
@Injectable()
export class ParliamentaryLinks {
  constructor(private readonly audit: AuditService) {}

  async of(db: Db, itemId: string, user: AuthUser): Promise<ParliamentaryLinkResponse[]> {
    const rows = await sql<LinkRow>(db, `${SELECT} WHERE l.item_id = $1 AND ${VISIBLE} ORDER BY r.number NULLS FIRST, l.created_at, l.id`, [itemId, seesSensitive(user)]);
    return rows.map(toLink);
  }

  /** The caller has locked the item, having checked the reader may see it. */
  async add(tx: EntityManager, item: Item, body: CreateParliamentaryLinkBody, user: AuthUser): Promise<ParliamentaryLinkResponse> {
    const target = targetOf(body);
    if (body.recommendationId && !(await sql(tx, `SELECT 1 FROM parliamentary_recommendations WHERE id = $1 AND item_id = $2`, [body.recommendationId, item.id])).length) {
      throw new Unprocessable('That recommendation is not in this report.', [{ field: 'recommendationId', message: `no recommendation of this item with id ${body.recommendationId}` }]);
    }
    await assertReferences(tx, [{ field: FIELDS[target.kind], table: TABLES[target.kind], ids: [target.id] }]);
    const [{ id }] = await sql<{ id: string }>(
      tx,
      `INSERT INTO parliamentary_links (item_id, recommendation_id, ${target.kind}_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [item.id, body.recommendationId ?? null, target.id, user.id],
    ).catch((error: unknown) => uniqueConflict(error, 'parliamentary_links_once_idx', FIELDS[target.kind], 'That record is already linked here.'));
    const [row] = await sql<LinkRow>(tx, `${SELECT} WHERE l.id = $1 AND ${VISIBLE}`, [id, true]);
    const link = toLink(row as LinkRow);
    await this.record(tx, user, item, 'link_added', link, (row as LinkRow).sensitive);
    return link;
  }

  async remove(tx: EntityManager, item: Item, linkId: string, user: AuthUser): Promise<void> {
    const [row] = await sql<LinkRow>(tx, `${SELECT} WHERE l.id = $1 AND l.item_id = $3 AND ${VISIBLE}`, [linkId, seesSensitive(user), item.id]);
    if (!row) throw new NotFound('link', linkId);
    await sql(tx, `DELETE FROM parliamentary_links WHERE id = $1`, [linkId]);
    await this.record(tx, user, item, 'link_removed', toLink(row), row.sensitive);
  }

  /** The label names the linked record, so the event is marked as the more sensitive of the two. */
  private record(tx: EntityManager, user: AuthUser, item: Item, action: string, link: ParliamentaryLinkResponse, targetSensitive: boolean): Promise<void> {
    const details = { linkId: link.id, kind: link.kind, targetId: link.targetId, label: link.label, recommendationId: link.recommendationId };
    return this.audit.record(tx, { actorId: user.id, entity: 'parliamentary_item', entityId: item.id, action, details, classification: targetSensitive ? 'OFFICIAL_SENSITIVE' : item.classification });
  }
}
