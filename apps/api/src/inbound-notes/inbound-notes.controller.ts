import { Body, Controller, Get, HttpCode, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { InboundNoteResponse, InboundRefusalResponse, Page } from '@send/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { PageQuery } from '../common/list-query';
import { IdParam } from '../common/params';
import { AttachmentParams, FileInboundNoteBody, InboundNoteListQuery } from './inbound-note.requests';
import { InboundNotesService } from './inbound-notes.service';

/** Recorders file what came in; admins also see what was refused. */
const FILERS = ['admin', 'recorder'] as const;

@ApiTags('inbound-notes')
@Controller('inbound-notes')
export class InboundNotesController {
  constructor(private readonly notes: InboundNotesService) {}

  @Allow(...FILERS)
  @Get()
  list(@Query() query: InboundNoteListQuery): Promise<Page<InboundNoteResponse>> {
    return this.notes.list(query);
  }

  /** Messages the listener refused (not from a user, wrong address, too large), newest first. */
  @Allow('admin')
  @Get('refusals')
  refusals(@Query() query: PageQuery): Promise<Page<InboundRefusalResponse>> {
    return this.notes.refusals(query);
  }

  @Allow(...FILERS)
  @Get(':id')
  get(@Param() { id }: IdParam): Promise<InboundNoteResponse> {
    return this.notes.get(id);
  }

  /** The attachment as it arrived, always as a download (never rendered by the browser). */
  @Allow(...FILERS)
  @Get(':id/attachments/:attachmentId')
  @ApiOkResponse({ description: 'The attachment as it arrived.', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async attachment(@Param() { id, attachmentId }: AttachmentParams, @Res() res: Response): Promise<void> {
    const file = await this.notes.attachment(id, attachmentId);
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.content);
  }

  @Allow(...FILERS)
  @IdempotentPost(':id/file')
  @HttpCode(200)
  file(@Param() { id }: IdParam, @Body() body: FileInboundNoteBody, @CurrentUser() user: AuthUser): Promise<InboundNoteResponse> {
    return this.notes.file(id, body, user);
  }

  @Allow(...FILERS)
  @IdempotentPost(':id/discard')
  @HttpCode(200)
  discard(@Param() { id }: IdParam, @CurrentUser() user: AuthUser): Promise<InboundNoteResponse> {
    return this.notes.discard(id, user);
  }
}
