import { IsOptional, IsUUID } from 'class-validator';
import type { DuplicateListFilters, MergeOrganisationRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';

export class DuplicateListQuery implements DuplicateListFilters {
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

export class MergeOrganisationBody implements MergeOrganisationRequest {
  @IsUUID('all')
  intoId!: string;
}

/** The merges, newest first. `q` and `sort` are not offered. */
export class MergeListQuery extends ListQuery {}
