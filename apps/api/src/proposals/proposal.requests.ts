import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PROPOSAL_STATUSES, type CreateProposalRequest, type ProposalStatus, type UpdateProposalRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

/** More than the five principles is never meaningful; the bound stops a huge array reaching the database. */
const THEMES_MAX = 20;

export class CreateProposalBody implements CreateProposalRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(THEMES_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}

export class UpdateProposalBody extends CreateProposalBody implements UpdateProposalRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  declare title: string;
}

export class ProposalListQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}
