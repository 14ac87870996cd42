import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Classification } from '@send/contracts';

export interface AuditEvent {
  actorId: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before?: object | null;
  after?: object | null;
  /** Extra facts for actions that are not field changes (a return reason, a sign-in address). */
  details?: Record<string, unknown>;
  classification?: Classification;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `{ field: { from, to } }` for each field that differs; bookkeeping fields are left out. */
export function changedFields(beforeRecord: object | null | undefined, afterRecord: object | null | undefined): Record<string, { from: unknown; to: unknown }> {
  const before = beforeRecord as Record<string, unknown> | null | undefined;
  const after = afterRecord as Record<string, unknown> | null | undefined;
  const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy']);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) {
    if (ignored.has(key)) continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return changes;
}

/** Writes audit events inside the caller's transaction, so a change and its record commit together or not at all. */
@Injectable()
export class AuditService {
  async record(tx: EntityManager, event: AuditEvent): Promise<void> {
    const changes = { ...changedFields(event.before, event.after), ...(event.details ? { details: event.details } : {}) };
    await tx.query(
      `INSERT INTO audit_events (actor_id, entity, entity_id, action, changes, classification) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.actorId, event.entity, event.entityId, event.action, JSON.stringify(changes), event.classification ?? 'OFFICIAL'],
    );
  }
}
