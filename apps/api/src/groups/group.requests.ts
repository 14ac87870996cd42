import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { AddGroupMemberRequest, CreateGroupRequest, GroupListFilters, UpdateGroupMemberRequest, UpdateGroupRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { SHORT_TEXT_MAX, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';
import { IsDateOnly } from '../common/date-validators';

export class CreateGroupBody implements CreateGroupRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;
}

export class UpdateGroupBody extends CreateGroupBody implements UpdateGroupRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  declare name: string;
}

export class GroupListQuery extends ListQuery implements GroupListFilters {
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class AddGroupMemberBody implements AddGroupMemberRequest {
  @IsUUID()
  organisationId!: string;

  @IsDateOnly()
  joinedOn!: string;

  @IsOptional()
  @IsDateOnly()
  leftOn?: string | null;

  /** Required: members are invited by topic, and the reason is what the record is for. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason!: string;
}

export class UpdateGroupMemberBody implements UpdateGroupMemberRequest {
  @IsOptional()
  @IsDateOnly()
  joinedOn?: string;

  @IsOptional()
  @IsDateOnly()
  leftOn?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason?: string;
}

/** `/groups/:id/members/:membershipId`: both UUIDs, checked before any query runs. */
export class MembershipParam {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;
}
