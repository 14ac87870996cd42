import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const AUDITED_ENTITIES = ['organisation', 'contact', 'group', 'theme', 'proposal', 'minister', 'meeting', 'position', 'action', 'user', 'phase'] as const;

/** `GET /api/audit?entity=&entityId=`: in a *.requests.ts file so the OpenAPI document describes it. */
export class AuditQuery {
  @IsIn(AUDITED_ENTITIES)
  entity!: string;

  @IsOptional()
  @IsUUID()
  entityId?: string;
}
