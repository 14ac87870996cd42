import { Body, Controller, Get, Headers, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MinisterListResponse, MinisterResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { CreateMinisterBody, MinisterListQuery, UpdateMinisterBody } from './minister.requests';
import { MinistersService } from './ministers.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('ministers')
@Controller('ministers')
export class MinistersController {
  constructor(private readonly ministers: MinistersService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: MinisterListQuery): Promise<MinisterListResponse> {
    return this.ministers.list(query);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<MinisterResponse> {
    return this.ministers.get(id);
  }

  @Allow('admin')
  @IdempotentPost()
  create(@Body() body: CreateMinisterBody, @CurrentUser() user: AuthUser): Promise<MinisterResponse> {
    return this.ministers.create(body, user);
  }

  /** `{ active: false }` retires a minister: never deleted, so past meetings keep the name. */
  @Allow('admin')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateMinisterBody, @CurrentUser() user: AuthUser): Promise<MinisterResponse> {
    return this.ministers.update(id, requireVersion(ifMatch), body, user);
  }
}
