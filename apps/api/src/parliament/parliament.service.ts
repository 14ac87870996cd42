import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ParliamentaryItemDetailResponse, ParliamentaryItemResponse, ParliamentaryLinkResponse, ParliamentaryRecommendationResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate } from '../common/dates';
import { NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { uniqueConflict } from '../common/references';
import { sql, type Db } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { ParliamentaryLinks } from './parliamentary-links';
import { ITEM_SELECT, toParliamentaryItemResponse, type ParliamentaryItemRow } from './parliamentary-item.mapper';
import { assertItemState, type ItemState } from './parliamentary-item.rules';
import type { CreateParliamentaryItemBody, CreateParliamentaryLinkBody, CreateRecommendationBody, UpdateParliamentaryItemBody, UpdateRecommendationBody } from './parliament.requests';
import { Recommendations } from './recommendations';
import { responseDueOf } from './response-due';

export const ITEM_ENTITY = 'parliamentary_item';

/** Fields a correction may send, and their columns. */
const COLUMNS = {
  title: 'title',
  source: 'source',
  publishedOn: 'published_on',
  closesOn: 'closes_on',
  url: 'url',
  summary: 'summary',
  petitionNumber: 'petition_number',
  signatures: 'signatures',
  signaturesCountedOn: 'signatures_counted_on',
  petitionResponseDue: 'petition_response_due',
  responseStatus: 'response_status',
  responseText: 'response_text',
  respondedOn: 'responded_on',
  classification: 'classification',
} as const satisfies Record<keyof UpdateParliamentaryItemBody, string>;

function state(row: ParliamentaryItemRow): ItemState {
  return {
    kind: row.kind,
    publishedOn: dateOnly(row.published_on) ?? '',
    closesOn: dateOnly(row.closes_on),
    petitionNumber: row.petition_number,
    signatures: row.signatures,
    signaturesCountedOn: dateOnly(row.signatures_counted_on),
    petitionResponseDue: dateOnly(row.petition_response_due),
    responseStatus: row.response_status,
    responseText: row.response_text,
    respondedOn: dateOnly(row.responded_on),
  };
}

const PETITION_NUMBER_TAKEN = (error: unknown): never =>
  uniqueConflict(error, 'parliamentary_items_petition_number_key', 'petitionNumber', 'That petition is already in the register.');

/** What the audit keeps: what a reader sees, less what is derived or tracked anyway. */
const NOT_AUDITED = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'overdue', 'thresholds', 'recommendationCount']);
const auditable = (r: ParliamentaryItemResponse) => Object.fromEntries(Object.entries(r).filter(([key]) => !NOT_AUDITED.has(key)));

/** The register's items: each change in one transaction, audited, re-deriving the date the response is due. */
@Injectable()
export class ParliamentService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly recommendations: Recommendations,
    private readonly links: ParliamentaryLinks,
  ) {}

  async get(id: string, user: AuthUser): Promise<ParliamentaryItemDetailResponse> {
    const item = toParliamentaryItemResponse(await this.row(this.db, id, user));
    const [recommendations, links] = await Promise.all([this.recommendations.of(this.db, id), this.links.of(this.db, id, user)]);
    return { ...item, recommendations, links };
  }

  async create(body: CreateParliamentaryItemBody, user: AuthUser): Promise<ParliamentaryItemResponse> {
    const s: ItemState = {
      kind: body.kind,
      publishedOn: body.publishedOn,
      closesOn: body.closesOn ?? null,
      petitionNumber: body.petitionNumber ?? null,
      signatures: body.signatures ?? null,
      signaturesCountedOn: body.signaturesCountedOn ?? null,
      petitionResponseDue: body.petitionResponseDue ?? null,
      responseStatus: 'not_started',
      responseText: null,
      respondedOn: null,
    };
    assertItemState(s, londonDate());
    return this.db.transaction(async (tx) => {
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO parliamentary_items (kind, title, source, published_on, closes_on, url, summary, petition_number, signatures,
           signatures_counted_on, petition_response_due, response_due, classification, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id`,
        [body.kind, body.title, body.source, s.publishedOn, s.closesOn, body.url ?? null, body.summary ?? null, s.petitionNumber, s.signatures, s.signaturesCountedOn, s.petitionResponseDue, responseDueOf(s), body.classification ?? 'OFFICIAL', user.id],
      ).catch(PETITION_NUMBER_TAKEN);
      const created = toParliamentaryItemResponse(await this.row(tx, id, user));
      await this.record(tx, user, 'created', null, created);
      return created;
    });
  }

  async update(id: string, version: number, body: UpdateParliamentaryItemBody, user: AuthUser): Promise<ParliamentaryItemResponse> {
    rejectNulls(body, ['title', 'source', 'publishedOn', 'responseStatus', 'classification']);
    return this.db.transaction(async (tx) => {
      const before = await this.locked(tx, id, version, user);
      const current = state(before);
      const changes = Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== undefined && k in current));
      const next = { ...current, ...changes } as ItemState;
      assertItemState(next, londonDate());
      const set: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(COLUMNS)) {
        const value = (body as Record<string, unknown>)[field];
        if (value !== undefined) set[column] = value;
      }
      set['response_due'] = responseDueOf(next);
      const columns = Object.keys(set);
      await sql(
        tx,
        `UPDATE parliamentary_items SET ${[...columns.map((c, i) => `${c} = $${i + 3}`), 'version = version + 1', 'updated_at = now()', 'updated_by = $2'].join(', ')} WHERE id = $1`,
        [id, user.id, ...columns.map((c) => set[c])],
      ).catch(PETITION_NUMBER_TAKEN);
      const after = toParliamentaryItemResponse(await this.row(tx, id, user));
      await this.record(tx, user, 'updated', toParliamentaryItemResponse(before), after);
      return after;
    });
  }

  /** Recommendations are a committee report's; anything else makes none. */
  addRecommendation(id: string, body: CreateRecommendationBody, user: AuthUser): Promise<ParliamentaryRecommendationResponse> {
    return this.db.transaction(async (tx) => {
      const item = await this.row(tx, id, user, true);
      if (item.kind !== 'committee_report') throw new Unprocessable(`${item.reference} is not a committee report.`, [{ field: 'number', message: 'only a committee report makes recommendations' }]);
      return this.recommendations.add(tx, item, body, user);
    });
  }

  updateRecommendation(id: string, recommendationId: string, version: number, body: UpdateRecommendationBody, user: AuthUser): Promise<ParliamentaryRecommendationResponse> {
    return this.db.transaction(async (tx) => this.recommendations.update(tx, await this.row(tx, id, user, true), recommendationId, version, body, user));
  }

  addLink(id: string, body: CreateParliamentaryLinkBody, user: AuthUser): Promise<ParliamentaryLinkResponse> {
    return this.db.transaction(async (tx) => this.links.add(tx, await this.row(tx, id, user, true), body, user));
  }

  removeLink(id: string, linkId: string, user: AuthUser): Promise<void> {
    return this.db.transaction(async (tx) => this.links.remove(tx, await this.row(tx, id, user, true), linkId, user));
  }

  private record(tx: EntityManager, user: AuthUser, action: string, before: ParliamentaryItemResponse | null, after: ParliamentaryItemResponse): Promise<void> {
    return this.audit.record(tx, {
      actorId: user.id,
      entity: ITEM_ENTITY,
      entityId: after.id,
      action,
      before: before && auditable(before),
      after: auditable(after),
      classification: after.classification === 'OFFICIAL_SENSITIVE' || before?.classification === 'OFFICIAL_SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
    });
  }

  /** An item the reader may not see is answered as missing. */
  async row(db: Db, id: string, user: AuthUser, forUpdate = false): Promise<ParliamentaryItemRow> {
    const [row] = await sql<ParliamentaryItemRow>(db, `${ITEM_SELECT} WHERE p.id = $1 AND ($2 OR p.classification = 'OFFICIAL') ${forUpdate ? 'FOR UPDATE OF p' : ''}`, [id, seesSensitive(user)]);
    if (!row) throw new NotFound('parliamentary item', id);
    return row;
  }

  private async locked(tx: EntityManager, id: string, version: number, user: AuthUser): Promise<ParliamentaryItemRow> {
    const row = await this.row(tx, id, user, true);
    if (row.version !== version) throw new StaleVersion('parliamentary item', id, row.version);
    return row;
  }
}
