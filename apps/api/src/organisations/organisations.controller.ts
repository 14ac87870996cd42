import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { ApiTags } from '@nestjs/swagger';
import type { OrganisationResponse, OrganisationTimelineResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { CreateOrganisationBody, OrganisationExportQuery, OrganisationListQuery, UpdateOrganisationBody } from './organisation.requests';
import { OrganisationsService } from './organisations.service';
import { OrganisationTimeline } from './organisation-timeline';
import { IdempotentPost } from '../common/idempotency.interceptor';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly timelines: OrganisationTimeline,
    private readonly exports: ExportsService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: OrganisationListQuery): Promise<Page<OrganisationResponse>> {
    return this.organisations.list(query);
  }

  @Allow(...EDITORS)
  @IdempotentPost()
  create(@Body() body: CreateOrganisationBody, @CurrentUser() user: AuthUser): Promise<OrganisationResponse> {
    return this.organisations.create(body, user);
  }

  // Declared before ':id' so "export" is not taken for an id.
  @Allow(...ANY_SIGNED_IN)
  @Get('export')
  @ApiDownload(...EXPORT_FORMATS)
  async export(@Query() query: OrganisationExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.organisations.exportSource(query));
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<OrganisationResponse> {
    return this.organisations.get(id);
  }

  @Allow(...EDITORS)
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateOrganisationBody, @CurrentUser() user: AuthUser): Promise<OrganisationResponse> {
    return this.organisations.update(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...EDITORS)
  @IdempotentPost(':id/archive')
  @HttpCode(200)
  archive(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<OrganisationResponse> {
    return this.organisations.setArchived(id, true, user);
  }

  @Allow(...EDITORS)
  @IdempotentPost(':id/restore')
  @HttpCode(200)
  restore(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<OrganisationResponse> {
    return this.organisations.setArchived(id, false, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id/timeline')
  timeline(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<OrganisationTimelineResponse> {
    return this.timelines.forOrganisation(id, user);
  }
}
