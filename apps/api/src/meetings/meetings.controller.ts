import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { MeetingResponse, MeetingSummary, Page } from '@send/contracts';
import { ANY_SIGNED_IN, Allow, CurrentUser, EDITORS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/params';
import { requireVersion } from '../common/versioning';
import { ApiDownload } from '../exports/download';
import { ExportsService } from '../exports/exports.service';
import { EXPORT_FORMATS } from '../exports/list-export';
import { CreateMeetingBody, MeetingExportQuery, MeetingListQuery, ReasonBody, UpdateMeetingBody } from './meeting.requests';
import { MeetingWorkflowService } from './meeting-workflow.service';
import { MeetingsService } from './meetings.service';
import { IdempotentPost } from '../common/idempotency.interceptor';
import type { ReadSource } from '../common/sql';
import { ReadDb } from '../database/replica/read-routing';

/** If-Match is optional on transitions; when sent it must be current (412 otherwise). */
function optionalVersion(ifMatch: string | undefined): number | undefined {
  return ifMatch === undefined || ifMatch.trim() === '' ? undefined : requireVersion(ifMatch);
}

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly workflow: MeetingWorkflowService,
    private readonly exports: ExportsService,
  ) {}

  @Allow(...ANY_SIGNED_IN)
  @Get()
  list(@Query() query: MeetingListQuery, @CurrentUser() user: AuthUser, @ReadDb() db?: ReadSource): Promise<Page<MeetingSummary>> {
    return this.meetings.list(query, user, db);
  }

  // Declared before ':id' so "export" is not taken for an id.
  @Allow(...ANY_SIGNED_IN)
  @Get('export')
  @ApiDownload(...EXPORT_FORMATS)
  async export(@Query() query: MeetingExportQuery, @CurrentUser() user: AuthUser, @Res() res: Response, @ReadDb() db?: ReadSource): Promise<void> {
    await this.exports.send(res, user, query.format, query, this.meetings.exportSource(query, user), db);
  }

  @Allow(...EDITORS)
  @IdempotentPost()
  create(@Body() body: CreateMeetingBody, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.meetings.create(body, user);
  }

  @Allow(...ANY_SIGNED_IN)
  @Get(':id')
  get(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.meetings.get(id, user);
  }

  /** Drafts by admin/recorder, submitted meetings by admin/reviewer (checked against the meeting's state). */
  @Allow('admin', 'recorder', 'reviewer')
  @Patch(':id')
  update(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: UpdateMeetingBody, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.meetings.update(id, requireVersion(ifMatch), body, user);
  }

  @Allow(...EDITORS)
  @IdempotentPost(':id/submit')
  @HttpCode(200)
  submit(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.workflow.transition(id, 'submit', user, optionalVersion(ifMatch));
  }

  @Allow('admin', 'reviewer')
  @IdempotentPost(':id/agree')
  @HttpCode(200)
  agree(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.workflow.transition(id, 'agree', user, optionalVersion(ifMatch));
  }

  @Allow('admin', 'reviewer')
  @IdempotentPost(':id/return')
  @HttpCode(200)
  returnToDraft(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: ReasonBody, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.workflow.transition(id, 'return', user, optionalVersion(ifMatch), body.reason);
  }

  @Allow('admin', 'reviewer')
  @IdempotentPost(':id/reopen')
  @HttpCode(200)
  reopen(@Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined, @Body() body: ReasonBody, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.workflow.transition(id, 'reopen', user, optionalVersion(ifMatch), body.reason);
  }
}
