import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BUNDLE_ITEM_KINDS,
  DISCLOSURE_DECISIONS,
  type BundleItemKind,
  type BundleItemResponse,
  type BundleSummary,
  type DisclosureDecision,
  type Exemption,
  type GatherResponse,
  type Page,
} from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { dateOnly } from '../common/dates';
import { NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { offset } from '../common/list-query';
import { containing } from '../common/list-page';
import { sql } from '../common/sql';
import { markingOf } from '../exports/marking';
import { FOUND_BY, ITEM_RECORD, type Subject } from './bundle-records';
import type { BundleItemListQuery, GatherBody, UpdateBundleItemBody } from './bundle.requests';

/** More than this from one search is not a bundle anyone can review: the search is narrowed instead. */
export const GATHER_MAX = 5_000;

export interface ItemRow {
  id: string;
  kind: BundleItemKind;
  record_id: string;
  found_by: string;
  decision: DisclosureDecision;
  exemption: Exemption | null;
  note: string | null;
  version: number;
  reference: string | null;
  title: string | null;
  day: Date | string | null;
  classification: 'OFFICIAL' | 'OFFICIAL_SENSITIVE' | null;
}

export const ITEM_SELECT = `SELECT i.id, i.kind, i.record_id, i.found_by, i.decision, i.exemption, i.note, i.version, r.reference, r.title, r.day, r.classification
  FROM information_request_items i ${ITEM_RECORD}`;

export function toItem(row: ItemRow): BundleItemResponse {
  return {
    id: row.id,
    kind: row.kind,
    recordId: row.record_id,
    reference: row.reference,
    title: row.title ?? 'No longer held',
    date: dateOnly(row.day),
    classification: row.classification ?? 'OFFICIAL',
    foundBy: row.found_by,
    decision: row.decision,
    exemption: row.exemption,
    note: row.note,
    version: row.version,
  };
}

function subjectOf(body: GatherBody): { subject: Subject; value: string } {
  const given = [body.organisationId && { subject: 'organisation' as const, value: body.organisationId }, body.contactId && { subject: 'contact' as const, value: body.contactId }, body.phrase && { subject: 'phrase' as const, value: body.phrase }].filter(
    (s): s is { subject: Subject; value: string } => !!s,
  );
  if (given.length !== 1) throw new Unprocessable('Search for one thing at a time: an organisation, a contact or a phrase.', [{ field: 'phrase', message: 'give exactly one of organisationId, contactId and phrase' }]);
  return given[0] as { subject: Subject; value: string };
}

/**
 * A request's bundle: "find everything about X" gathers the records into it, each is reviewed (disclose, withhold
 * with an exemption), and the whole is read back for the response. Those who handle requests see every record.
 */
@Injectable()
export class RequestBundle {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async gather(requestId: string, body: GatherBody, user: AuthUser): Promise<GatherResponse> {
    const { subject, value } = subjectOf(body);
    return this.db.transaction(async (tx) => {
      const [request] = await sql<{ reference: string; status: string }>(tx, `SELECT reference, status FROM information_requests WHERE id = $1 FOR UPDATE`, [requestId]);
      if (!request) throw new NotFound('information request', requestId);
      if (request.status === 'responded' || request.status === 'withdrawn') throw new Unprocessable(`${request.reference} is ${request.status}: its bundle is closed.`, [{ field: 'status', message: `the request is ${request.status}` }]);
      const label = await this.label(tx, subject, value);
      const found = `WITH args AS (SELECT $1::uuid AS request_id, $3::text AS pattern), found(kind, record_id) AS (${FOUND_BY[subject]})`;
      const params = [requestId, value, subject === 'phrase' ? containing(value) : null];
      const [{ n }] = await sql<{ n: number }>(tx, `${found} SELECT count(*)::int AS n FROM found`, params);
      if (n > GATHER_MAX) throw new Unprocessable(`That finds ${n.toLocaleString('en-GB')} records: narrow the search.`, [{ field: subject === 'phrase' ? 'phrase' : `${subject}Id`, message: `finds more than ${GATHER_MAX.toLocaleString('en-GB')} records` }]);
      const inserted = await sql<{ kind: BundleItemKind }>(
        tx,
        `${found} INSERT INTO information_request_items (request_id, kind, record_id, found_by, added_by)
           SELECT $1, kind, record_id, $4, $5 FROM found ON CONFLICT (request_id, kind, record_id) DO NOTHING RETURNING kind`,
        [...params, label, user.id],
      );
      const added = Object.fromEntries(BUNDLE_ITEM_KINDS.map((k) => [k, inserted.filter((r) => r.kind === k).length])) as Record<BundleItemKind, number>;
      await this.audit.record(tx, { actorId: user.id, entity: 'information_request', entityId: requestId, action: 'gathered', details: { foundBy: label, added, found: n } });
      return { added, alreadyThere: n - inserted.length };
    });
  }

  async summary(requestId: string): Promise<BundleSummary> {
    await this.exists(requestId);
    const rows = await sql<{ decision: DisclosureDecision; classification: string | null; n: number }>(
      this.db,
      `SELECT i.decision, r.classification, count(*)::int AS n FROM information_request_items i ${ITEM_RECORD} WHERE i.request_id = $1 GROUP BY 1, 2`,
      [requestId],
    );
    const byDecision = Object.fromEntries(DISCLOSURE_DECISIONS.map((d) => [d, rows.filter((r) => r.decision === d).reduce((sum, r) => sum + r.n, 0)])) as Record<DisclosureDecision, number>;
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return { total, byDecision, marking: markingOf(rows.map((r) => (r.classification === 'OFFICIAL_SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL'))) };
  }

  async items(requestId: string, query: BundleItemListQuery): Promise<Page<BundleItemResponse>> {
    await this.exists(requestId);
    const where = ['i.request_id = $1'];
    const params: unknown[] = [requestId];
    if (query.kind) where.push(`i.kind = $${params.push(query.kind)}`);
    if (query.decision) where.push(`i.decision = $${params.push(query.decision)}`);
    const [rows, [{ n }]] = await Promise.all([
      sql<ItemRow>(this.db, `${ITEM_SELECT} WHERE ${where.join(' AND ')} ORDER BY array_position($${params.length + 1}::text[], i.kind), r.day DESC NULLS LAST, i.id LIMIT ${query.pageSize} OFFSET ${offset(query)}`, [...params, BUNDLE_ITEM_KINDS]),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM information_request_items i WHERE ${where.join(' AND ')}`, params),
    ]);
    return { items: rows.map(toItem), page: query.page, pageSize: query.pageSize, total: n, totalIsLowerBound: false };
  }

  async decide(requestId: string, itemId: string, version: number, body: UpdateBundleItemBody, user: AuthUser): Promise<BundleItemResponse> {
    return this.db.transaction(async (tx) => {
      const [before] = await sql<ItemRow>(tx, `${ITEM_SELECT} WHERE i.id = $1 AND i.request_id = $2 FOR UPDATE OF i`, [itemId, requestId]);
      if (!before) throw new NotFound('bundle item', itemId);
      if (before.version !== version) throw new StaleVersion('bundle item', itemId, before.version);
      const decision = body.decision ?? before.decision;
      const exemption = body.exemption === undefined ? before.exemption : body.exemption;
      if ((decision === 'withhold' || decision === 'partly_withhold') && !exemption) throw new Unprocessable('Withholding needs the exemption relied on.', [{ field: 'exemption', message: 'choose the exemption relied on' }]);
      const note = body.note === undefined ? before.note : body.note;
      await tx.query(
        `UPDATE information_request_items SET decision = $2, exemption = $3, note = $4, version = version + 1, decided_at = now(), decided_by = $5 WHERE id = $1`,
        [itemId, decision, decision === 'disclose' || decision === 'undecided' ? null : exemption, note, user.id],
      );
      const [after] = await sql<ItemRow>(tx, `${ITEM_SELECT} WHERE i.id = $1`, [itemId]);
      const item = toItem(after as ItemRow);
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'information_request',
        entityId: requestId,
        action: 'item_decided',
        before: { decision: before.decision, exemption: before.exemption, note: before.note },
        after: { decision: item.decision, exemption: item.exemption, note: item.note },
        details: { itemId, kind: item.kind, recordId: item.recordId },
      });
      return item;
    });
  }

  private async exists(requestId: string): Promise<void> {
    if (!(await sql(this.db, `SELECT 1 FROM information_requests WHERE id = $1`, [requestId])).length) throw new NotFound('information request', requestId);
  }

  /** How the bundle says what found each record: "Organisation: Council for Disabled Children", "Phrase: “tribunal”". */
  private async label(tx: EntityManager, subject: Subject, value: string): Promise<string> {
    if (subject === 'phrase') return `Phrase: “${value}”`;
    const table = subject === 'organisation' ? 'organisations' : 'contacts';
    const [row] = await sql<{ name: string; anonymised: boolean }>(tx, `SELECT name, ${subject === 'contact' ? 'anonymised_at IS NOT NULL' : 'false'} AS anonymised FROM ${table} WHERE id = $1`, [value]);
    if (!row) throw new Unprocessable(`No ${subject} with that id.`, [{ field: `${subject}Id`, message: `no ${subject} with id ${value}` }]);
    return subject === 'organisation' ? `Organisation: ${row.name}` : `Contact: ${row.anonymised ? 'an anonymised contact' : row.name}`;
  }
}
