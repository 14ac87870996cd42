import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_SIGNED_IN, Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ActionListQuery } from '../actions/action.requests';
import { IdParam } from '../common/params';
import { ApiDownload } from '../exports/download';
import { PrintService } from './print.service';


/** Records as PDFs, printed from the dashboard's own pages: what a minister's box gets. */
@ApiTags('print')
@Controller('print')
export class PrintController {
  constructor(private readonly print: PrintService) {}

  @Allow(...ANY_SIGNED_IN)
  @Get('meetings/:id')
  @ApiDownload('pdf')
  meeting(@Param() { id }: IdParam, @CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.print.meeting(id, user, req, res);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get('briefing-pack/:id')
  @ApiDownload('pdf')
  briefingPack(@Param() { id }: IdParam, @CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.print.briefingPack(id, user, req, res);
  }

  /** The action log with the filters of the list page (its query parameters). */
  @Allow(...ANY_SIGNED_IN)
  @Get('actions')
  @ApiDownload('pdf')
  actions(@Query() _filters: ActionListQuery, @CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.print.actions(user, req, res);
  }
}
