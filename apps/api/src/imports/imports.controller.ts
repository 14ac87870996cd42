import { Controller, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ImportCheckResponse, ImportCommitResponse } from '@send/contracts';
import { Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { startDownload } from '../exports/download';
import { csvBodyOf } from './csv-body';
import { ImportsService } from './imports.service';
import { IdempotentPost } from '../common/idempotency.interceptor';

const CSV_BODY = { schema: { type: 'string', description: 'The filled-in template as CSV (UTF-8), at most 5 MB and 5,000 rows.' } } as const;

@ApiTags('imports')
@Controller('imports/organisations-and-contacts')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Allow(...EDITORS)
  @Get('template')
  @ApiProduces('text/csv')
  template(@Res({ passthrough: true }) res: Response): string {
    startDownload(res, 'organisations-and-contacts-template.csv', 'csv', 'OFFICIAL');
    return this.imports.template();
  }

  @Allow(...EDITORS)
  @IdempotentPost('dry-run')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  dryRun(@Req() req: Request): Promise<ImportCheckResponse> {
    return this.imports.check(csvBodyOf(req));
  }

  @Allow(...EDITORS)
  @IdempotentPost('commit')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  commit(@Req() req: Request, @CurrentUser() user: AuthUser): Promise<ImportCommitResponse> {
    return this.imports.commit(csvBodyOf(req), user);
  }
}
