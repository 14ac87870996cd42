import { EXPORT_FORMATS, type ExportFormat } from '../exports/list-export';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  CLASSIFICATIONS,
  ORGANISATION_TYPES,
  PHASES,
  STANCES,
  type Classification,
  type CreatePositionRequest,
  type OrganisationType,
  type Phase,
  type PositionListFilters,
  type PositionMatrixFilters,
  type Stance,
  type UpdatePositionRequest,
} from '@send/contracts';
import { ListQuery, PageQuery } from '../common/list-query';
import { ArrayQuery, BooleanQuery, TEXT_MAX, Trim } from '../common/validators';
import { IsDateOnly } from '../common/date-validators';

export const QUOTE_MAX = 5_000;
export const MATRIX_COLUMNS_MAX = 100;

/** A blank optional text is "none", not an empty quote. */
function TrimOrNull(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));
}

export class CreatePositionBody implements CreatePositionRequest {
  @IsUUID()
  organisationId!: string;

  @IsUUID()
  proposalId!: string;

  @IsIn(STANCES)
  stance!: Stance;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary!: string;

  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(QUOTE_MAX)
  quote?: string | null;

  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @IsDateOnly()
  statedOn!: string;

  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class UpdatePositionBody extends CreatePositionBody implements UpdatePositionRequest {
  @IsOptional()
  @IsUUID()
  declare organisationId: string;

  @IsOptional()
  @IsUUID()
  declare proposalId: string;

  @IsOptional()
  @IsIn(STANCES)
  declare stance: Stance;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  declare summary: string;

  @IsOptional()
  @IsDateOnly()
  declare statedOn: string;
}

export class PositionListQuery extends ListQuery implements PositionListFilters {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(STANCES.length)
  @IsIn(STANCES, { each: true })
  stance?: Stance[];

  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;
}

/** Its own paging (50 rows by default) and no `sort`: rows are always in organisation-name order. */
export class PositionMatrixQuery extends PageQuery implements PositionMatrixFilters {
  override pageSize = 50;

  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @IsUUID()
  groupId?: string;

  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;

  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(MATRIX_COLUMNS_MAX)
  @IsUUID('all', { each: true })
  proposalId?: string[];

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeEmpty?: boolean;
}

export class PositionExportQuery extends PositionListQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;

  /** The current statement of each pair (as GET /api/positions/current) rather than every statement. */
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  current?: boolean;
}
