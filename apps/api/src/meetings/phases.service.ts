import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PHASES, type Phase, type PhaseListResponse, type PhaseResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { dateOnly } from '../common/dates';
import { StaleVersion, Unprocessable } from '../common/errors';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import type { UpdatePhaseBody } from './phase.requests';

interface PhaseRow {
  key: Phase;
  name: string;
  starts_on: Date | string;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

function toPhaseResponse(row: PhaseRow): PhaseResponse {
  return { key: row.key, name: row.name, startsOn: dateOnly(row.starts_on) ?? '', version: row.version, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}

const COLUMNS = 'key, name, starts_on, version, updated_at, updated_by';

/** What an admin edits, and so what the audit compares. */
function pick({ name, startsOn }: PhaseResponse): Pick<PhaseResponse, 'name' | 'startsOn'> {
  return { name, startsOn };
}

/** Phase order is the reform's order (PHASES), never the dates: the dates are what an admin may get wrong. */
const IN_PHASE_ORDER = `ORDER BY array_position($1::text[], key)`;

/**
 * The managed list of reform phases that meetings and positions default their `phase` from. Changing a start date
 * does not re-phase records already saved: each keeps the phase it was given.
 */
@Injectable()
export class PhasesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PhaseListResponse> {
    return { items: (await this.rows(this.db)).map(toPhaseResponse) };
  }

  async update(key: Phase, version: number, body: UpdatePhaseBody, user: AuthUser): Promise<PhaseResponse> {
    rejectNulls(body, ['name', 'startsOn']);
    return this.db.transaction(async (tx) => {
      // Every phase is locked: two admins moving neighbouring dates at once could otherwise cross them.
      const phases = (await this.rows(tx, true)).map(toPhaseResponse);
      const index = phases.findIndex((p) => p.key === key);
      const before = phases[index];
      if (before.version !== version) throw new StaleVersion('phase', key, before.version);
      const changed = { name: body.name ?? before.name, startsOn: body.startsOn ?? before.startsOn };
      assertInOrder(phases[index - 1], { ...before, ...changed }, phases[index + 1]);
      const [row] = await sql<PhaseRow>(
        tx,
        `UPDATE phases SET name = $2, starts_on = $3, version = version + 1, updated_at = now(), updated_by = $4 WHERE key = $1 RETURNING ${COLUMNS}`,
        [key, changed.name, changed.startsOn, user.id],
      );
      // audit_events.entity_id is a uuid and phases are keyed by text: the key goes in the details.
      await this.audit.record(tx, { actorId: user.id, entity: 'phase', entityId: null, action: 'updated', before: pick(before), after: changed, details: { key } });
      return toPhaseResponse(row);
    });
  }

  private rows(db: DataSource | EntityManager, forUpdate = false): Promise<PhaseRow[]> {
    return sql<PhaseRow>(db, `SELECT ${COLUMNS} FROM phases ${IN_PHASE_ORDER} ${forUpdate ? 'FOR UPDATE' : ''}`, [PHASES]);
  }
}

/** Start dates strictly increase in phase order (ISO dates compare correctly as text). */
function assertInOrder(previous: PhaseResponse | undefined, phase: Pick<PhaseResponse, 'name' | 'startsOn'>, next: PhaseResponse | undefined): void {
  const bounds = [
    previous && phase.startsOn <= previous.startsOn ? `after ${previous.name} (${previous.startsOn})` : undefined,
    next && phase.startsOn >= next.startsOn ? `before ${next.name} (${next.startsOn})` : undefined,
  ].filter((b): b is string => b !== undefined);
  if (bounds.length) {
    const message = `startsOn must be ${bounds.join(' and ')}`;
    throw new Unprocessable(`${phase.name} must start ${bounds.join(' and ')}: phases start in order.`, [{ field: 'startsOn', message }]);
  }
}
