import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RETENTION_ACTIONS_FOR, RETENTION_ACTION_LABELS, RETENTION_RECORD_TYPE_LABELS, type RetentionAction, type RetentionClock, type RetentionRecordType, type RetentionRuleListResponse, type RetentionRuleResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFound, Unprocessable } from '../common/errors';
import { sql, type Db } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import type { UpdateRetentionRuleBody } from './retention.requests';

export interface RuleRow {
  id: string;
  record_type: RetentionRecordType;
  name: string;
  period_months: number;
  clock_starts: RetentionClock;
  action: RetentionAction;
  reason: string;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

export const RULE_COLUMNS = 'id, record_type, name, period_months, clock_starts, action, reason, version, updated_at, updated_by';
/** The schedule's order: the kinds of record as the product lists them. */
const IN_ORDER = `ORDER BY array_position(ARRAY['meeting','action','contact','information_request'], record_type)`;

export function toRuleResponse(r: RuleRow): RetentionRuleResponse {
  return {
    id: r.id,
    recordType: r.record_type,
    name: r.name,
    periodMonths: r.period_months,
    clockStartsFrom: r.clock_starts,
    action: r.action,
    reason: r.reason,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  };
}

/** What an admin edits, and so what the audit compares. */
function edited({ periodMonths, action, reason }: RetentionRuleResponse) {
  return { periodMonths, action, reason };
}

/** The retention schedule: one rule per kind of record, seeded by the migration, edited by admins. */
@Injectable()
export class RetentionRules {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RetentionRuleListResponse> {
    return { items: (await sql<RuleRow>(this.db, `SELECT ${RULE_COLUMNS} FROM retention_rules ${IN_ORDER}`)).map(toRuleResponse) };
  }

  async update(id: string, version: number, body: UpdateRetentionRuleBody, user: AuthUser): Promise<RetentionRuleResponse> {
    rejectNulls(body, ['periodMonths', 'action', 'reason']);
    return this.db.transaction(async (tx) => {
      const [row] = await sql<RuleRow>(tx, `SELECT ${RULE_COLUMNS} FROM retention_rules WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFound('retention rule', id);
      const allowed = RETENTION_ACTIONS_FOR[row.record_type];
      if (body.action && !allowed.includes(body.action)) {
        const kind = RETENTION_RECORD_TYPE_LABELS[row.record_type].toLowerCase();
        const message = `action must be one of ${allowed.join(', ')} for a ${kind}`;
        throw new Unprocessable(`A ${kind} cannot be disposed of by “${RETENTION_ACTION_LABELS[body.action].toLowerCase()}”: ${allowed.map((a) => RETENTION_ACTION_LABELS[a].toLowerCase()).join(' or ')} only.`, [{ field: 'action', message }]);
      }
      const before = toRuleResponse(row);
      const saved = toRuleResponse(await updateIfVersion<RuleRow>(tx, 'retention_rules', 'retention rule', id, version, user.id, columnsFrom(body, { periodMonths: 'period_months', action: 'action', reason: 'reason' })));
      await this.audit.record(tx, { actorId: user.id, entity: 'retention_rule', entityId: id, action: 'updated', before: edited(before), after: edited(saved), details: { recordType: row.record_type } });
      return saved;
    });
  }

  /** Every rule, locked against an edit until the caller's transaction ends: disposal applies the rules it read. */
  async lockedByType(tx: EntityManager | Db): Promise<Map<RetentionRecordType, RuleRow>> {
    const rows = await sql<RuleRow>(tx, `SELECT ${RULE_COLUMNS} FROM retention_rules FOR SHARE`);
    return new Map(rows.map((r) => [r.record_type, r]));
  }
}
