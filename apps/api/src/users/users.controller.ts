import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CreateUserResponse, Page, ResetPasswordResponse, UserResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { CreateUserBody, UpdateUserBody, UserListQuery } from './user.requests';
import { UsersService } from './users.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Everyone signed in can list colleagues (for owner and official pickers); only admins change them. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: UserListQuery): Promise<Page<UserResponse>> {
    return this.users.list(query);
  }

  @Allow('admin')
  @IdempotentPost()
  create(@Body() body: CreateUserBody, @CurrentUser() actor: AuthUser): Promise<CreateUserResponse> {
    return this.users.create(body, actor);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Allow('admin')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateUserBody, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.update(id, requireVersion(ifMatch), body, actor);
  }

  @Allow('admin')
  @IdempotentPost(':id/deactivate')
  @HttpCode(200)
  deactivate(@Param() { id }: IdParam, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.setActive(id, false, actor);
  }

  @Allow('admin')
  @IdempotentPost(':id/reactivate')
  @HttpCode(200)
  reactivate(@Param() { id }: IdParam, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.setActive(id, true, actor);
  }

  @Allow('admin')
  @IdempotentPost(':id/reset-password')
  @HttpCode(200)
  resetPassword(@Param() { id }: IdParam, @CurrentUser() actor: AuthUser): Promise<ResetPasswordResponse> {
    return this.users.resetPassword(id, actor);
  }
}
