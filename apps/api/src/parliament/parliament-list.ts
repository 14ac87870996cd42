import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, ParliamentaryItemResponse } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { SqlFilter, cappedTotal, offset, orderBy } from '../common/list-query';
import { containing } from '../common/list-page';
import { onOneConnection, sql, type ReadSource } from '../common/sql';
import { addDays } from '../common/working-days';
import { AWAITING_RESPONSE, ITEM_SELECT, toParliamentaryItemResponse, type ParliamentaryItemRow } from './parliamentary-item.mapper';
import type { ParliamentaryListQuery } from './parliament.requests';
import { DUE_SOON_DAYS } from './response-due';

const SORTS = {
  responseDue: { expression: 'p.response_due', nullsLast: true },
  publishedOn: 'p.published_on',
  reference: 'p.reference',
  updatedAt: 'p.updated_at',
} as const;

/** The register as each reader may see it: a viewer sees OFFICIAL items only. */
@Injectable()
export class ParliamentList {
  constructor(private readonly db: DataSource) {}

  async list(query: ParliamentaryListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<ParliamentaryItemResponse>> {
    const today = londonDate();
    const f = new SqlFilter();
    f.where(`(${f.param(seesSensitive(user))} OR p.classification = 'OFFICIAL')`);
    if (query.kind?.length) f.where(`p.kind = ANY(${f.param(query.kind)}::text[])`);
    if (query.responseStatus?.length) f.where(`p.response_status = ANY(${f.param(query.responseStatus)}::text[])`);
    if (query.overdue) f.where(`${AWAITING_RESPONSE} AND p.response_due < ${f.param(today)}::date`);
    if (query.dueSoon) f.where(`${AWAITING_RESPONSE} AND p.response_due BETWEEN ${f.param(today)}::date AND ${f.param(addDays(today, DUE_SOON_DAYS))}::date`);
    if (query.proposalId) f.where(`EXISTS (SELECT 1 FROM parliamentary_links l WHERE l.item_id = p.id AND l.proposal_id = ${f.param(query.proposalId)})`);
    if (query.q) f.where(`(p.search @@ websearch_to_tsquery('english', ${f.param(query.q)}) OR p.reference ILIKE ${f.param(containing(query.q))})`);
    const order = orderBy(query.sort, SORTS, 'responseDue', 'p.id');
    const [rows, total] = await onOneConnection(db, async (q) => [
      await sql<ParliamentaryItemRow>(q, `${ITEM_SELECT} ${f.sql} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset(query)}`, f.params),
      await cappedTotal(q, `FROM parliamentary_items p ${f.sql}`, f.params),
    ] as const);
    return { items: rows.map((row) => toParliamentaryItemResponse(row, today)), page: query.page, pageSize: query.pageSize, ...total };
  }
}
