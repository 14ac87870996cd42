import { PageQuery } from '../common/list-query';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORGANISATION_TYPES, type OrganisationType, type PositionMoveFilters, type StanceByPhaseFilters } from '@send/contracts';
import { IsDateOnly } from '../common/date-validators';

export class StanceByPhaseQuery implements StanceByPhaseFilters {
  @IsUUID()
  organisationId!: string;

  @IsOptional()
  @IsUUID()
  proposalId?: string;
}

/** Its own paging: 20 moves a page by default, biggest first. */
export class PositionMoveQuery extends PageQuery implements PositionMoveFilters {
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;

  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  override pageSize = 20;
}
