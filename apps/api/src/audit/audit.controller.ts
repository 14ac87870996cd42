import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AuditEventResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { AuditQuery } from './audit.requests';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  changes: Record<string, unknown>;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly db: DataSource) {}

  /** A record's history, newest first. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  async history(@Query() query: AuditQuery, @CurrentUser() user: AuthUser): Promise<{ items: AuditEventResponse[] }> {
    const rows: AuditRow[] = await this.db.query(
      `SELECT e.id::text, e.occurred_at, e.actor_id, u.name AS actor_name, e.entity, e.entity_id, e.action, e.changes
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.entity = $1 AND ($2::uuid IS NULL OR e.entity_id = $2) AND ($3 OR e.classification = 'OFFICIAL')
        ORDER BY e.id DESC LIMIT 500`,
      [query.entity, query.entityId ?? null, seesSensitive(user)],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        entity: r.entity,
        entityId: r.entity_id,
        action: r.action,
        changes: r.changes,
      })),
    };
  }
}
