import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InformationRequestResponse, Page, Role } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { InformationRequestList } from './information-request-list';
import {
  CreateInformationRequestBody,
  InformationRequestListQuery,
  PauseInformationRequestBody,
  ResumeInformationRequestBody,
  UpdateInformationRequestBody,
} from './information-request.requests';
import { InformationRequestsService } from './information-requests.service';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

/** Officials and the private office log and progress requests; viewers (analysts, transparency) read the register. */
const HANDLERS: Role[] = ['admin', 'recorder', 'reviewer'];

@ApiTags('information-requests')
@Controller('information-requests')
export class InformationRequestsController {
  constructor(
    private readonly requests: InformationRequestsService,
    private readonly lists: InformationRequestList,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: InformationRequestListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<InformationRequestResponse>> {
    return this.lists.list(query, user, db);
  }

  @Allow(...HANDLERS)
  @IdempotentPost()
  create(@Body() body: CreateInformationRequestBody, @CurrentUser() user: AuthUser): Promise<InformationRequestResponse> {
    return this.requests.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<InformationRequestResponse> {
    return this.requests.get(id, user);
  }

  @Allow(...HANDLERS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateInformationRequestBody, @CurrentUser() user: AuthUser): Promise<InformationRequestResponse> {
    return this.requests.update(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...HANDLERS)
  @IdempotentPost(':id/pause')
  @HttpCode(200)
  pause(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: PauseInformationRequestBody, @CurrentUser() user: AuthUser): Promise<InformationRequestResponse> {
    return this.requests.pause(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...HANDLERS)
  @IdempotentPost(':id/resume')
  @HttpCode(200)
  resume(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: ResumeInformationRequestBody, @CurrentUser() user: AuthUser): Promise<InformationRequestResponse> {
    return this.requests.resume(id, requireVersion(ifMatch), body, user);
  }
}
