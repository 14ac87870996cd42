import { Body, Controller, Get, Headers, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { TransparencyCheckResponse, TransparencyHeadingsResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { requireVersion } from '../../common/versioning';
import { ApiDownload, fileName, startDownload } from '../../exports/download';
import { TransparencyHeadingsService } from './transparency-headings';
import { TransparencyReturn } from './transparency-return';
import { QuarterQuery, UpdateTransparencyHeadingsBody } from './transparency.requests';

/** The ministers' meetings transparency return (GOV.UK quarterly CSV), its completeness check and its headings. */
@ApiTags('reports')
@Controller('reports/transparency-return')
export class TransparencyController {
  constructor(
    private readonly returns: TransparencyReturn,
    private readonly headings: TransparencyHeadingsService,
  ) {}

  /** `ministers-meetings-2026-Q3-official.csv`: named by the quarter it covers and the marking of its content. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  @ApiDownload('csv')
  async download(@Query() { quarter }: QuarterQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = await this.returns.file(quarter, user);
    startDownload(res, fileName('ministers-meetings', file.quarter.label, file.marking, 'csv'), 'csv', file.marking);
    return file.text;
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('check')
  check(@Query() { quarter }: QuarterQuery, @CurrentUser() user: AuthUser): Promise<TransparencyCheckResponse> {
    return this.returns.check(quarter, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('headings')
  getHeadings(): Promise<TransparencyHeadingsResponse> {
    return this.headings.get();
  }

  @Allow('admin')
  @Put('headings')
  putHeadings(@Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateTransparencyHeadingsBody, @CurrentUser() user: AuthUser): Promise<TransparencyHeadingsResponse> {
    return this.headings.update(requireVersion(ifMatch), body, user);
  }
}
