import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { ApiTags } from '@nestjs/swagger';
import type { DuplicateListResponse, OrganisationMergeResponse, OrganisationResponse, OrganisationTimelineResponse, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import { OrganisationDuplicates } from './organisation-duplicates';
import { OrganisationMerge } from './organisation-merge';
import { DuplicateListQuery, MergeListQuery, MergeOrganisationBody } from './organisation-merge.requests';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { CreateOrganisationBody, OrganisationExportQuery, OrganisationListQuery, UpdateOrganisationBody } from './organisation.requests';
import { OrganisationsService } from './organisations.service';
import { OrganisationTimeline } from './organisation-timeline';
import { IdempotentPost } from '../common/idempotency.interceptor';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly timelines: OrganisationTimeline,
    private readonly exports: ExportsService,
    private readonly duplicates: OrganisationDuplicates,
    private readonly merges: OrganisationMerge,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: OrganisationListQuery, @ReadDb() db?: ReadSource): Promise<Page<OrganisationResponse>> {
    return this.organisations.list(query, db);
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
  async export(@Query() query: OrganisationExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response, @ReadDb() db?: ReadSource): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.organisations.exportSource(query), db);
  }

  /** Likely duplicates, for editors to review and merge. */
  @Allow(...EDITORS)
  @Get('duplicates')
  findDuplicates(@Query() query: DuplicateListQuery): Promise<DuplicateListResponse> {
    return this.duplicates.find(query);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('merges')
  listMerges(@Query() query: MergeListQuery): Promise<Page<OrganisationMergeResponse>> {
    return this.merges.list(query);
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

  /** Merges the organisation at :id (its version in If-Match) into another; admins only, as it cannot be undone. */
  @Allow('admin')
  @IdempotentPost(':id/merge')
  @HttpCode(200)
  merge(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: MergeOrganisationBody, @CurrentUser() user: AuthUser): Promise<OrganisationMergeResponse> {
    return this.merges.merge(id, requireVersion(ifMatch), body.intoId, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id/timeline')
  timeline(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<OrganisationTimelineResponse> {
    return this.timelines.forOrganisation(id, user);
  }
}
