import { EXPORT_FORMATS, type ExportFormat } from '../exports/list-export';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  ACTION_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  CLASSIFICATIONS,
  type ActionKind,
  type ActionListFilters,
  type ActionPriority,
  type ActionStatus,
  type Classification,
  type CreateActionRequest,
  type CreateActionUpdateRequest,
  type UpdateActionRequest,
} from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { IsDateOnly } from '../common/date-validators';
import { ArrayQuery, BooleanQuery, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

const LINKS_MAX = 50;

function UuidList(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(LINKS_MAX), IsUUID('all', { each: true, message: '$property must be a list of UUIDs' }));
}

export class CreateActionBody implements CreateActionRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;

  @IsOptional()
  @IsUUID('all')
  meetingId?: string | null;

  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @IsOptional()
  @IsUUID('all')
  ownerOrganisationId?: string | null;

  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;

  @IsOptional()
  @IsIn(ACTION_PRIORITIES)
  priority?: ActionPriority;

  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @IsOptional()
  @IsIn(ACTION_KINDS)
  kind?: ActionKind;

  @IsOptional()
  @IsUUID('all')
  raisedByOrganisationId?: string | null;

  @UuidList()
  proposalIds?: string[];

  @UuidList()
  themeIds?: string[];

  // Blank is not a note: clear it with null instead.
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  completionNote?: string | null;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class UpdateActionBody extends CreateActionBody implements UpdateActionRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  declare title: string;
}

export class CreateActionUpdateBody implements CreateActionUpdateRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  body!: string;
}

export class ActionListQuery extends ListQuery implements ActionListFilters {
  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(ACTION_STATUSES.length)
  @IsIn(ACTION_STATUSES, { each: true })
  status?: ActionStatus[];

  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'owner must be a user id or me' })
  owner?: string;

  @IsOptional()
  @IsUUID('all')
  ownerOrganisationId?: string;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @IsDateOnly()
  dueFrom?: string;

  @IsOptional()
  @IsDateOnly()
  dueTo?: string;

  @IsOptional()
  @IsUUID('all')
  meetingId?: string;

  @IsOptional()
  @IsUUID('all')
  themeId?: string;

  @IsOptional()
  @IsUUID('all')
  proposalId?: string;

  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @IsOptional()
  @IsIn(ACTION_KINDS)
  kind?: ActionKind;

  @IsOptional()
  @IsIn(ACTION_PRIORITIES)
  priority?: ActionPriority;
}

export class ActionExportQuery extends ActionListQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}
