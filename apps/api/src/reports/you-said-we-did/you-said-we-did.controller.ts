import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { YouSaidWeDidResponse } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { mediaType, startDownload } from '../../exports/download';
import { YouSaidWeDidQuery } from './you-said-we-did.requests';
import { YouSaidWeDidService } from './you-said-we-did.service';

@ApiTags('reports')
@Controller('reports/you-said-we-did')
export class YouSaidWeDidController {
  constructor(private readonly report: YouSaidWeDidService) {}

  /** JSON for the dashboard; `?format=csv` downloads the same as a file carrying its marking. */
  @Allow(...ANY_SIGNED_IN)
  @Get()
  @ApiProduces('application/json', mediaType('csv'))
  async get(@Query() query: YouSaidWeDidQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<YouSaidWeDidResponse | string> {
    if (query.format !== 'csv') return this.report.report(query, user);
    const file = await this.report.file(query, user);
    startDownload(res, file.name, 'csv', file.marking);
    return file.text;
  }
}
