import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InformationRequestResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate } from '../common/dates';
import { NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { assertReferences } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { redactPersonalData } from '../contacts/personal-data';
import { deadlineOf, type ClockPause } from './deadlines';
import { REQUEST_SELECT, toInformationRequestResponse, type InformationRequestRow } from './information-request.mapper';
import type { CreateInformationRequestBody, PauseInformationRequestBody, ResumeInformationRequestBody, UpdateInformationRequestBody } from './information-request.requests';
import { assertOpen, assertRequestState, type RequestState } from './information-request.rules';

const ENTITY = 'information_request';
const PERSONAL_FIELDS = ['requesterName', 'requesterEmail'] as const;

/** Fields a correction may send, and their columns. */
const COLUMNS = {
  receivedOn: 'received_on',
  requesterName: 'requester_name',
  requesterEmail: 'requester_email',
  summary: 'summary',
  ownerUserId: 'owner_user_id',
  status: 'status',
  respondedOn: 'responded_on',
  extensionMonths: 'extension_months',
  extensionReason: 'extension_reason',
  classification: 'classification',
} as const satisfies Record<keyof UpdateInformationRequestBody, string>;

function state(row: InformationRequestRow): RequestState {
  return {
    type: row.type,
    status: row.status,
    receivedOn: dateOnly(row.received_on) ?? '',
    respondedOn: dateOnly(row.responded_on),
    extensionMonths: row.extension_months,
    extensionReason: row.extension_reason,
  };
}

/** What the audit keeps of a request: what a reader sees, less what is derived or tracked anyway; the requester redacted. */
const NOT_AUDITED = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'overdue', 'paused', 'ownerName']);

function auditable(response: InformationRequestResponse): Record<string, unknown> {
  return Object.fromEntries(Object.entries(response).filter(([key]) => !NOT_AUDITED.has(key)));
}

/** The register's changes: each in one transaction, each audited, each re-deriving the deadline it affects. */
@Injectable()
export class InformationRequestsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string, user: AuthUser): Promise<InformationRequestResponse> {
    return toInformationRequestResponse(await this.row(this.db, id, user), seesSensitive(user));
  }

  async create(body: CreateInformationRequestBody, user: AuthUser): Promise<InformationRequestResponse> {
    assertRequestState({ type: body.type, status: 'received', receivedOn: body.receivedOn, respondedOn: null, extensionMonths: 0, extensionReason: null }, londonDate());
    return this.db.transaction(async (tx) => {
      await assertReferences(tx, [{ field: 'ownerUserId', table: 'users', ids: [body.ownerUserId], where: 'deactivated_at IS NULL' }]);
      const deadline = deadlineOf({ type: body.type, receivedOn: body.receivedOn, extensionMonths: 0, pauses: [] });
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO information_requests (type, received_on, requester_name, requester_email, summary, owner_user_id, deadline, classification, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
        [body.type, body.receivedOn, body.requesterName, body.requesterEmail ?? null, body.summary, body.ownerUserId ?? null, deadline, body.classification ?? 'OFFICIAL', user.id],
      );
      const created = toInformationRequestResponse(await this.row(tx, id, user), true);
      await this.record(tx, user, 'created', null, created);
      return created;
    });
  }

  async update(id: string, version: number, body: UpdateInformationRequestBody, user: AuthUser): Promise<InformationRequestResponse> {
    rejectNulls(body, ['receivedOn', 'requesterName', 'summary', 'status', 'extensionMonths', 'classification']);
    return this.db.transaction(async (tx) => {
      const before = await this.locked(tx, id, version, user);
      assertOpen(before.status, before.reference);
      const next = { ...state(before), ...Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== undefined && k in state(before))) } as RequestState;
      assertRequestState(next, londonDate());
      await assertReferences(tx, [{ field: 'ownerUserId', table: 'users', ids: [body.ownerUserId], where: 'deactivated_at IS NULL' }]);
      const set: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(COLUMNS)) {
        const value = (body as Record<string, unknown>)[field];
        if (value !== undefined) set[column] = value;
      }
      set['deadline'] = deadlineOf({ ...next, pauses: before.pauses });
      return this.write(tx, before, set, user, 'updated');
    });
  }

  /** Stops the clock: no deadline until the clarification comes. */
  async pause(id: string, version: number, body: PauseInformationRequestBody, user: AuthUser): Promise<InformationRequestResponse> {
    return this.db.transaction(async (tx) => {
      const before = await this.locked(tx, id, version, user);
      assertOpen(before.status, before.reference);
      const receivedOn = dateOnly(before.received_on) ?? '';
      const last = before.pauses.at(-1);
      if (last && last.to === null) throw new Unprocessable(`${before.reference} is already waiting for clarification.`, [{ field: 'from', message: 'the clock is already stopped' }]);
      const earliest = last?.to ?? receivedOn;
      if (body.from < earliest) throw new Unprocessable('A stop of the clock cannot begin before the request arrived or the last one ended.', [{ field: 'from', message: `from must be on or after ${earliest}` }]);
      if (body.from > londonDate()) throw new Unprocessable('The clock cannot be stopped in the future.', [{ field: 'from', message: 'from cannot be in the future' }]);
      await sql(tx, `INSERT INTO information_request_pauses (request_id, from_on, reason, created_by) VALUES ($1, $2, $3, $4)`, [id, body.from, body.reason, user.id]);
      return this.write(tx, before, { deadline: null }, user, 'paused', { from: body.from, reason: body.reason });
    });
  }

  /** The clarification came: the clock runs again, the paused days added on. */
  async resume(id: string, version: number, body: ResumeInformationRequestBody, user: AuthUser): Promise<InformationRequestResponse> {
    return this.db.transaction(async (tx) => {
      const before = await this.locked(tx, id, version, user);
      assertOpen(before.status, before.reference);
      const open = before.pauses.at(-1);
      if (!open || open.to !== null) throw new Unprocessable(`${before.reference} is not waiting for clarification.`, [{ field: 'to', message: 'the clock is not stopped' }]);
      if (body.to < open.from) throw new Unprocessable('The clock cannot restart before it stopped.', [{ field: 'to', message: `to must be on or after ${open.from}` }]);
      if (body.to > londonDate()) throw new Unprocessable('The clock cannot restart in the future.', [{ field: 'to', message: 'to cannot be in the future' }]);
      await sql(tx, `UPDATE information_request_pauses SET to_on = $2 WHERE request_id = $1 AND to_on IS NULL`, [id, body.to]);
      const pauses: ClockPause[] = [...before.pauses.slice(0, -1), { from: open.from, to: body.to }];
      return this.write(tx, before, { deadline: deadlineOf({ ...state(before), pauses }) }, user, 'resumed', { to: body.to });
    });
  }

  private async write(tx: EntityManager, before: InformationRequestRow, set: Record<string, unknown>, user: AuthUser, action: string, details?: Record<string, unknown>): Promise<InformationRequestResponse> {
    const columns = Object.keys(set);
    await sql(
      tx,
      `UPDATE information_requests SET ${[...columns.map((c, i) => `${c} = $${i + 3}`), 'version = version + 1', 'updated_at = now()', 'updated_by = $2'].join(', ')} WHERE id = $1`,
      [before.id, user.id, ...columns.map((c) => set[c])],
    );
    const after = toInformationRequestResponse(await this.row(tx, before.id, user), true);
    await this.record(tx, user, action, toInformationRequestResponse(before, true), after, details);
    return after;
  }

  private record(tx: EntityManager, user: AuthUser, action: string, before: InformationRequestResponse | null, after: InformationRequestResponse, details?: Record<string, unknown>): Promise<void> {
    const redacted = redactPersonalData(before && auditable(before), auditable(after), PERSONAL_FIELDS);
    const merged = { ...(redacted.details ?? {}), ...(details ?? {}) };
    return this.audit.record(tx, {
      actorId: user.id,
      entity: ENTITY,
      entityId: after.id,
      action,
      before: redacted.before,
      after: redacted.after,
      ...(Object.keys(merged).length ? { details: merged } : {}),
      classification: after.classification === 'OFFICIAL_SENSITIVE' || before?.classification === 'OFFICIAL_SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
    });
  }

  /** A request the reader may not see is answered as missing. */
  private async row(db: DataSource | EntityManager, id: string, user: AuthUser, forUpdate = false): Promise<InformationRequestRow> {
    const [row] = await sql<InformationRequestRow>(db, `${REQUEST_SELECT} WHERE r.id = $1 AND ($2 OR r.classification = 'OFFICIAL') ${forUpdate ? 'FOR UPDATE OF r' : ''}`, [id, seesSensitive(user)]);
    if (!row) throw new NotFound('information request', id);
    return row;
  }

  private async locked(tx: EntityManager, id: string, version: number, user: AuthUser): Promise<InformationRequestRow> {
    const row = await this.row(tx, id, user, true);
    if (row.version !== version) throw new StaleVersion('information request', id, row.version);
    return row;
  }
}
