import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InformationRequestResponse, Page } from '@send/contracts';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { londonDate } from '../common/dates';
import { SqlFilter, cappedTotal, offset, orderBy } from '../common/list-query';
import { containing } from '../common/list-page';
import { onOneConnection, sql, type ReadSource } from '../common/sql';
import { REQUEST_SELECT, toInformationRequestResponse, type InformationRequestRow } from './information-request.mapper';
import type { InformationRequestListQuery } from './information-request.requests';
import { addDays } from '../common/working-days';

const OPEN = `r.status NOT IN ('responded','withdrawn')`;

const SORTS = {
  deadline: { expression: 'r.deadline', nullsLast: true },
  receivedOn: 'r.received_on',
  reference: 'r.reference',
  updatedAt: 'r.updated_at',
} as const;

/** The Sunday that ends this week (Monday to Sunday), in London. */
export function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (7 - weekday) % 7);
}

/** The register, as each reader may see it: a viewer sees OFFICIAL requests only, without the requester. */
@Injectable()
export class InformationRequestList {
  constructor(private readonly db: DataSource) {}

  async list(query: InformationRequestListQuery, user: AuthUser, db: ReadSource = this.db): Promise<Page<InformationRequestResponse>> {
    const sees = seesSensitive(user);
    const today = londonDate();
    const f = new SqlFilter();
    f.where(`(${f.param(sees)} OR r.classification = 'OFFICIAL')`);
    if (query.type?.length) f.where(`r.type = ANY(${f.param(query.type)}::text[])`);
    if (query.status?.length) f.where(`r.status = ANY(${f.param(query.status)}::text[])`);
    if (query.ownerUserId) f.where(`r.owner_user_id = ${f.param(query.ownerUserId)}`);
    if (query.owner === 'me') f.where(`r.owner_user_id = ${f.param(user.id)}`);
    if (query.overdue) f.where(`${OPEN} AND r.deadline < ${f.param(today)}::date`);
    if (query.dueThisWeek) f.where(`${OPEN} AND r.deadline BETWEEN ${f.param(today)}::date AND ${f.param(endOfWeek(today))}::date`);
    if (query.q) {
      // The requester's name is searchable only by those who may read it.
      const words = f.param(query.q);
      const name = sees ? ` OR r.requester_name ILIKE ${f.param(containing(query.q))}` : '';
      f.where(`(r.search @@ websearch_to_tsquery('english', ${words}) OR r.reference ILIKE ${f.param(containing(query.q))}${name})`);
    }
    const order = orderBy(query.sort, SORTS, 'deadline', 'r.id');
    const [rows, total] = await onOneConnection(db, async (q) => [
      await sql<InformationRequestRow>(q, `${REQUEST_SELECT} ${f.sql} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset(query)}`, f.params),
      await cappedTotal(q, `FROM information_requests r ${f.sql}`, f.params),
    ] as const);
    return { items: rows.map((row) => toInformationRequestResponse(row, sees, today)), page: query.page, pageSize: query.pageSize, ...total };
  }
}
