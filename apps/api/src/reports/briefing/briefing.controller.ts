import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BRIEFING_FORMATS, type BriefingPackResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { IdParam } from '../../common/params';
import { ApiDownload } from '../../exports/download';
import { BriefingPackService } from './briefing-pack';
import { BriefingFileQuery } from './briefing.requests';

/** The briefing pack for a meeting: what each attending organisation thinks, is owed, owes and was promised. */
@ApiTags('reports')
@Controller('reports/briefing-pack')
export class BriefingController {
  constructor(private readonly packs: BriefingPackService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<BriefingPackResponse> {
    return this.packs.build(id, user);
  }

  /** `briefing-pack-MTG-0042-2026-11-24-official.ods`, one sheet per section; errors before the first byte stay problems. */
  @Allow(...ANY_SIGNED_IN)
  @Get(':id/file')
  @ApiDownload(...BRIEFING_FORMATS)
  async file(@Param() { id }: IdParam, @Query() { format }: BriefingFileQuery, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.packs.sendFile(res, id, format, user);
  }
}
