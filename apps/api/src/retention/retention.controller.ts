import { Body, Controller, Get, Headers, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DisposalResponse, DisposeResponse, DueRecordResponse, Page, RetentionRuleListResponse, RetentionRuleResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { PageQuery } from '../common/list-query';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { RetentionDisposals } from './retention-disposals.service';
import { RetentionRules } from './retention-rules.service';
import { DisposeBody, DueListQuery, UpdateRetentionRuleBody } from './retention.requests';

/** The retention schedule: anyone may read how long records are kept (it is published); admins change it. */
@ApiTags('retention')
@Controller('retention-rules')
export class RetentionRulesController {
  constructor(private readonly rules: RetentionRules) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(): Promise<RetentionRuleListResponse> {
    return this.rules.list();
  }

  @Allow('admin')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateRetentionRuleBody, @CurrentUser() user: AuthUser): Promise<RetentionRuleResponse> {
    return this.rules.update(id, requireVersion(ifMatch), body, user);
  }
}

/** Admins only: the review list names people and what is about to go; disposal cannot be undone. */
@ApiTags('retention')
@Controller('retention')
export class RetentionController {
  constructor(private readonly disposals: RetentionDisposals) {}

  @Allow('admin')
  @Get('due')
  due(@Query() query: DueListQuery): Promise<Page<DueRecordResponse>> {
    return this.disposals.due(query);
  }

  @Allow('admin')
  @Get('disposals')
  history(@Query() query: PageQuery): Promise<Page<DisposalResponse>> {
    return this.disposals.history(query);
  }

  @Allow('admin')
  @IdempotentPost('disposals')
  dispose(@Body() body: DisposeBody, @CurrentUser() user: AuthUser): Promise<DisposeResponse> {
    return this.disposals.dispose(body, user);
  }
}
