import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INBOUND_NOTE_STATUSES, type FileInboundNoteRequest, type InboundNoteStatus } from '@send/contracts';
import { PageQuery } from '../common/list-query';

export class FileInboundNoteBody implements FileInboundNoteRequest {
  @IsOptional()
  @IsUUID('all')
  meetingId?: string;

  @IsOptional()
  @IsUUID('all')
  positionId?: string;
}

export class InboundNoteListQuery extends PageQuery {
  /** Drafts (the default) await filing. */
  @IsOptional()
  @IsIn(INBOUND_NOTE_STATUSES)
  status?: InboundNoteStatus;
}

/** `:id/attachments/:attachmentId`. */
export class AttachmentParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @IsUUID('all', { message: 'attachmentId must be a UUID' })
  attachmentId!: string;
}
