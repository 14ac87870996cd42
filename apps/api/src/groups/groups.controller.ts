import { Body, Controller, Get, Headers, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GroupDetailResponse, GroupMemberResponse, GroupResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { AddGroupMemberBody, CreateGroupBody, GroupListQuery, MembershipParam, UpdateGroupBody, UpdateGroupMemberBody } from './group.requests';
import { GroupMembersService } from './group-members.service';
import { GroupsService } from './groups.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('groups')
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly members: GroupMembersService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: GroupListQuery): Promise<Page<GroupResponse>> {
    return this.groups.list(query);
  }

  @Allow(...EDITORS)
  @IdempotentPost()
  create(@Body() body: CreateGroupBody, @CurrentUser() user: AuthUser): Promise<GroupDetailResponse> {
    return this.groups.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<GroupDetailResponse> {
    return this.groups.get(id);
  }

  @Allow(...EDITORS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateGroupBody, @CurrentUser() user: AuthUser): Promise<GroupDetailResponse> {
    return this.groups.update(id, requireVersion(ifMatch), body, user);
  }

  /** The response is the membership, so its ETag is the version a later PATCH of the membership sends. */
  @Allow(...EDITORS)
  @IdempotentPost(':id/members')
  addMember(@Param() { id }: IdParam, @Body() body: AddGroupMemberBody, @CurrentUser() user: AuthUser): Promise<GroupMemberResponse> {
    return this.members.add(id, body, user);
  }

  @Allow(...EDITORS)
  @Patch(':id/members/:membershipId')
  updateMember(
    @Param() { id, membershipId }: MembershipParam,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateGroupMemberBody,
    @CurrentUser() user: AuthUser,
  ): Promise<GroupMemberResponse> {
    return this.members.update(id, membershipId, requireVersion(ifMatch), body, user);
  }
}
