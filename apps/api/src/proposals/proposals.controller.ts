import { Body, Controller, Get, Headers, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, ProposalResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { CreateProposalBody, ProposalListQuery, UpdateProposalBody } from './proposal.requests';
import { ProposalsService } from './proposals.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

/** Proposals are the department's own policy list: only admins shape it; everyone signed in reads it. */
@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: ProposalListQuery): Promise<Page<ProposalResponse>> {
    return this.proposals.list(query);
  }

  @Allow('admin')
  @IdempotentPost()
  create(@Body() body: CreateProposalBody, @CurrentUser() user: AuthUser): Promise<ProposalResponse> {
    return this.proposals.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<ProposalResponse> {
    return this.proposals.get(id);
  }

  @Allow('admin')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateProposalBody, @CurrentUser() user: AuthUser): Promise<ProposalResponse> {
    return this.proposals.update(id, requireVersion(ifMatch), body, user);
  }
}
