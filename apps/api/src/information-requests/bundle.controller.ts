import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { BundleItemResponse, BundleSummary, GatherResponse, Page, Role } from '@send/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { WORKBOOK_FORMATS } from '../exports/csv-zip';
import { ApiDownload } from '../exports/download';
import { RequestBundle } from './bundle';
import { BundleFile } from './bundle-file';
import { BundleFileQuery, BundleItemListQuery, BundleItemParams, GatherBody, UpdateBundleItemBody } from './bundle.requests';

/** Those who handle requests; a bundle holds every kind of record, sensitive ones included, so viewers have none. */
const HANDLERS: Role[] = ['admin', 'recorder', 'reviewer'];

@ApiTags('information-requests')
@Controller('information-requests/:id/bundle')
export class BundleController {
  constructor(
    private readonly bundles: RequestBundle,
    private readonly files: BundleFile,
  ) {}

  @Allow(...HANDLERS)
  @Get()
  summary(@Param() { id }: IdParam): Promise<BundleSummary> {
    return this.bundles.summary(id);
  }

  @Allow(...HANDLERS)
  @Get('items')
  items(@Param() { id }: IdParam, @Query() query: BundleItemListQuery): Promise<Page<BundleItemResponse>> {
    return this.bundles.items(id, query);
  }

  /** "Find everything about X": adds what it finds, once each. */
  @Allow(...HANDLERS)
  @IdempotentPost('gather')
  @HttpCode(200)
  gather(@Param() { id }: IdParam, @Body() body: GatherBody, @CurrentUser() user: AuthUser): Promise<GatherResponse> {
    return this.bundles.gather(id, body, user);
  }

  @Allow(...HANDLERS)
  @Patch('items/:itemId')
  decide(@Param() { id, itemId }: BundleItemParams, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateBundleItemBody, @CurrentUser() user: AuthUser): Promise<BundleItemResponse> {
    return this.bundles.decide(id, itemId, requireVersion(ifMatch), body, user);
  }

  @Allow(...HANDLERS)
  @Get('file')
  @ApiDownload(...WORKBOOK_FORMATS)
  async file(@Param() { id }: IdParam, @Query() query: BundleFileQuery, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.files.send(res, id, query.format, user);
  }
}
