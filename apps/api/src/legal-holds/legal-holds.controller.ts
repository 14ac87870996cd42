import { Body, Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LegalHoldResponse, Page } from '@send/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { IdParam } from '../common/params';
import { LegalHoldListQuery, PlaceLegalHoldBody, ReleaseLegalHoldBody } from './legal-hold.requests';
import { LegalHolds } from './legal-holds.service';

@ApiTags('legal-holds')
@Controller('legal-holds')
export class LegalHoldsController {
  constructor(private readonly holds: LegalHolds) {}

  @Allow('admin', 'recorder', 'reviewer')
  @Get()
  list(@Query() query: LegalHoldListQuery): Promise<Page<LegalHoldResponse>> {
    return this.holds.list(query);
  }

  /** Admins only: a hold stops erasure and disposal, which the law may otherwise require. */
  @Allow('admin')
  @IdempotentPost()
  place(@Body() body: PlaceLegalHoldBody, @CurrentUser() user: AuthUser): Promise<LegalHoldResponse> {
    return this.holds.place(body, user);
  }

  @Allow('admin')
  @IdempotentPost(':id/release')
  @HttpCode(200)
  release(@Param() { id }: IdParam, @Body() body: ReleaseLegalHoldBody, @CurrentUser() user: AuthUser): Promise<LegalHoldResponse> {
    return this.holds.release(id, body.reason, user);
  }
}
