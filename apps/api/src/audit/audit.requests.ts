import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const AUDITED_ENTITIES = ['organisation', 'contact', 'group', 'theme', 'proposal', 'minister', 'meeting', 'position', 'action', 'user', 'phase', 'export', 'information_request', 'parliamentary_item', 'retention_rule'] as const;

/**
 * `GET /api/audit?entity=&entityId=`: in a *.requests.ts file so the OpenAPI document describes it.
 * `export` answers who took a copy of a record (or a list) off the system, and in what format.
 */
export class AuditQuery {
  @IsIn(AUDITED_ENTITIES)
  entity!: string;

  @IsOptional()
  @IsUUID()
  entityId?: string;
}
