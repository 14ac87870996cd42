import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RETENTION_RECORD_TYPE_LABELS, type DisposalOutcome, type DisposalResponse, type DisposeResponse, type DueRecordResponse, type Page, type RetentionRecordType } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { dateOnly } from '../common/dates';
import { Conflict, Unprocessable } from '../common/errors';
import { offset, type PageQuery } from '../common/list-query';
import { pageOf } from '../common/list-page';
import { SqlFilter } from '../common/list-query';
import { sql } from '../common/sql';
import { ContactsService } from '../contacts/contacts.service';
import { DUE_COLUMNS, DUE_ORDER, dueFrom, toDueResponse, type DueRow } from './retention-due';
import type { DisposeBody, DueListQuery } from './retention.requests';
import { RetentionRules } from './retention-rules.service';

interface DisposalRow {
  id: string;
  batch_id: string;
  record_type: RetentionRecordType;
  record_id: string;
  reference: string;
  outcome: DisposalOutcome;
  rule_id: string;
  rule_name: string;
  rule_version: number;
  period_months: number;
  due_on: Date | string;
  disposed_at: Date;
  disposed_by: string;
  disposed_by_name: string | null;
}

const DISPOSAL_SELECT = `d.id, d.batch_id, d.record_type, d.record_id, d.reference, d.outcome, d.rule_id, r.name AS rule_name, d.rule_version, d.period_months,
  d.due_on, d.disposed_at, d.disposed_by, u.name AS disposed_by_name`;
const DISPOSAL_FROM = `FROM retention_disposals d JOIN retention_rules r ON r.id = d.rule_id LEFT JOIN users u ON u.id = d.disposed_by`;

function toDisposal(r: DisposalRow): DisposalResponse {
  return {
    id: r.id,
    batchId: r.batch_id,
    recordType: r.record_type,
    recordId: r.record_id,
    reference: r.reference,
    outcome: r.outcome,
    ruleId: r.rule_id,
    ruleName: r.rule_name,
    ruleVersion: r.rule_version,
    periodMonths: r.period_months,
    dueOn: dateOnly(r.due_on) ?? '',
    disposedAt: r.disposed_at.toISOString(),
    disposedBy: r.disposed_by,
    disposedByName: r.disposed_by_name,
  };
}

/** The tables a kind of record lives in, for locking it before it is checked and disposed of. */
const TABLES: Record<RetentionRecordType, string> = { meeting: 'meetings', action: 'actions', contact: 'contacts', information_request: 'information_requests' };

/**
 * The disposal review list and disposal itself. Disposal takes the admin's chosen records in one transaction: each is
 * locked, checked again (still due, not held) and disposed of by its rule, and a disposal row and an audit event say
 * what went. One refusal rolls back every record already disposed of in the same request.
 */
@Injectable()
export class RetentionDisposals {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly rules: RetentionRules,
    private readonly contacts: ContactsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async due(query: DueListQuery): Promise<Page<DueRecordResponse>> {
    const f = new SqlFilter();
    f.param(this.clock.now());
    if (query.recordType) f.where(`record_type = ${f.param(query.recordType)}`);
    return pageOf(this.db, query, f, { select: DUE_COLUMNS, from: dueFrom(f.sql), orderBy: DUE_ORDER }, toDueResponse);
  }

  async history(query: PageQuery): Promise<Page<DisposalResponse>> {
    const [rows, [{ n }]] = await Promise.all([
      sql<DisposalRow>(this.db, `SELECT ${DISPOSAL_SELECT} ${DISPOSAL_FROM} ORDER BY d.disposed_at DESC, d.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM retention_disposals`),
    ]);
    return { items: rows.map(toDisposal), page: query.page, pageSize: query.pageSize, total: n, totalIsLowerBound: false };
  }

  async dispose(body: DisposeBody, user: AuthUser): Promise<DisposeResponse> {
    assertDistinct(body);
    const batchId = randomUUID();
    return this.db.transaction(async (tx) => {
      const rules = await this.rules.lockedByType(tx);
      const ids: string[] = [];
      for (const [index, item] of body.items.entries()) {
        ids.push(await this.disposeOne(tx, index, item.recordType, item.recordId, batchId, user, rules.get(item.recordType)?.name ?? ''));
      }
      const rows = await sql<DisposalRow>(tx, `SELECT ${DISPOSAL_SELECT} ${DISPOSAL_FROM} WHERE d.id = ANY($1) ORDER BY array_position($1, d.id)`, [ids]);
      return { batchId, items: rows.map(toDisposal) };
    });
  }

  private async disposeOne(tx: EntityManager, index: number, recordType: RetentionRecordType, recordId: string, batchId: string, user: AuthUser, ruleName: string): Promise<string> {
    const field = `items[${index}].recordId`;
    const kind = RETENTION_RECORD_TYPE_LABELS[recordType].toLowerCase();
    // Locked first, so the check below is still true when the record goes.
    if (!(await sql(tx, `SELECT 1 FROM ${TABLES[recordType]} WHERE id = $1 FOR UPDATE`, [recordId])).length) {
      throw new Unprocessable(`There is no ${kind} with id ${recordId}: nothing was disposed of.`, [{ field, message: `no ${kind} with id ${recordId}` }]);
    }
    // A hold placed on the contact's organisation meanwhile waits for this transaction (placing one locks the record).
    if (recordType === 'contact') await sql(tx, `SELECT 1 FROM organisations o JOIN contacts c ON c.organisation_id = o.id WHERE c.id = $1 FOR SHARE OF o`, [recordId]);
    const [due] = await sql<DueRow>(tx, `SELECT ${DUE_COLUMNS} ${dueFrom('WHERE record_type = $2 AND record_id = $3')}`, [this.clock.now(), recordType, recordId]);
    if (!due) {
      throw new Unprocessable(`This ${kind} is not due for disposal (its period has not run, or it was already reviewed): nothing was disposed of.`, [{ field, message: `${kind} ${recordId} is not due for disposal` }]);
    }
    if (due.held_by) {
      throw new Conflict(`${due.reference} cannot be disposed of: ${due.held_by}. Nothing was disposed of.`, [{ field, message: `${due.reference} is held: ${due.held_by}` }]);
    }
    const outcome = await this.apply(tx, due, user);
    const [{ id }] = await sql<{ id: string }>(
      tx,
      `INSERT INTO retention_disposals (batch_id, record_type, record_id, reference, outcome, rule_id, rule_version, period_months, due_on, disposed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [batchId, recordType, recordId, due.reference, outcome, due.rule_id, due.rule_version, due.period_months, dateOnly(due.due_on), user.id],
    );
    // What went and why, never what it said.
    await this.audit.record(tx, {
      actorId: user.id,
      entity: recordType,
      entityId: recordId,
      action: `retention_${outcome}`,
      details: { disposalId: id, batchId, reference: due.reference, rule: ruleName, ruleVersion: due.rule_version, periodMonths: due.period_months, dueOn: dateOnly(due.due_on) },
    });
    return id;
  }

  /** Carries out the rule's action. Preservation changes nothing: the record leaves the list, kept for The National Archives. */
  private async apply(tx: EntityManager, due: DueRow, user: AuthUser): Promise<DisposalOutcome> {
    if (due.action === 'preserve') return 'selected_for_preservation';
    if (due.action === 'anonymise') {
      // Contacts are the only kind anonymised (the rules table's CHECK), by the one anonymisation the contact page uses.
      await this.contacts.anonymiseIn(tx, due.record_id, user);
      return 'anonymised';
    }
    if (due.record_type === 'action') {
      await tx.query(`DELETE FROM action_updates WHERE action_id = $1`, [due.record_id]);
      await tx.query(`DELETE FROM actions WHERE id = $1`, [due.record_id]);
    } else {
      // Its pauses and bundle go with it (ON DELETE CASCADE).
      await tx.query(`DELETE FROM information_requests WHERE id = $1`, [due.record_id]);
    }
    return 'deleted';
  }
}

/** The same record twice would be disposed of twice: refused, naming the second. */
function assertDistinct(body: DisposeBody): void {
  const seen = new Set<string>();
  for (const [index, item] of body.items.entries()) {
    const key = `${item.recordType}:${item.recordId}`;
    if (seen.has(key)) throw new Unprocessable('The same record is listed twice.', [{ field: `items[${index}].recordId`, message: 'this record is already listed' }]);
    seen.add(key);
  }
}
