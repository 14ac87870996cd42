import { EXPORT_FORMATS, type ExportFormat } from '../exports/list-export';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CLASSIFICATIONS,
  MEETING_ATTENDANCES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PHASES,
  REGIONS,
  type Classification,
  type CreateMeetingRequest,
  type MeetingAgendaItemRequest,
  type MeetingAttendance,
  type MeetingAttendeeRequest,
  type MeetingListFilters,
  type MeetingReasonRequest,
  type MeetingStatus,
  type MeetingType,
  type Phase,
  type Region,
  type UpdateMeetingRequest,
} from '@send/contracts';
import { IsDateOnly, IsInstant } from '../common/date-validators';
import { ListQuery } from '../common/list-query';
import { ArrayQuery, BooleanQuery, SHORT_TEXT_MAX, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

export const PURPOSE_MAX = 500;
export const REASON_MAX = 2_000;
export const AGENDA_MAX = 50;
// Generous bounds that still keep one request (and one audit snapshot) a sensible size.
const ATTENDEES_MAX = 300;
const PEOPLE_MAX = 100;

export class AgendaItemBody implements MeetingAgendaItemRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  notes?: string;
}

export class AttendeeBody implements MeetingAttendeeRequest {
  @IsUUID()
  organisationId!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PEOPLE_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @IsIn(MEETING_ATTENDANCES)
  attendance!: MeetingAttendance;
}

export class CreateMeetingBody implements CreateMeetingRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @IsIn(MEETING_TYPES)
  type!: MeetingType;

  @IsInstant()
  startsAt!: string;

  @IsOptional()
  @IsInstant()
  endsAt?: string | null;

  @IsOptional()
  @IsIn(REGIONS)
  region?: Region | null;

  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  location?: string;

  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PEOPLE_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ministerIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PEOPLE_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  officialIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ATTENDEES_MAX)
  @ValidateNested({ each: true })
  @Type(() => AttendeeBody)
  attendees?: AttendeeBody[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PEOPLE_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemBody)
  agenda?: AgendaItemBody[];

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PURPOSE_MAX)
  purpose?: string;

  @IsOptional()
  @IsBoolean()
  noOfficialPresent?: boolean;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;

  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;
}

export class UpdateMeetingBody extends CreateMeetingBody implements UpdateMeetingRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  declare title: string;

  @IsOptional()
  @IsIn(MEETING_TYPES)
  declare type: MeetingType;

  @IsOptional()
  @IsInstant()
  declare startsAt: string;
}

/** Body of return and reopen: the reason is shown on the draft and kept in the audit history. */
export class ReasonBody implements MeetingReasonRequest {
  @Trim()
  @IsString()
  @MinLength(1, { message: 'reason must say why' })
  @MaxLength(REASON_MAX)
  reason!: string;
}

export class MeetingListQuery extends ListQuery implements MeetingListFilters {
  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @IsIn(MEETING_STATUSES, { each: true })
  status?: MeetingStatus[];

  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @IsIn(MEETING_TYPES, { each: true })
  type?: MeetingType[];

  @IsOptional()
  @IsUUID()
  groupId?: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @IsUUID()
  ministerId?: string;

  @IsOptional()
  @IsUUID()
  officialId?: string;

  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;

  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  needsOfficialNote?: boolean;
}

export class MeetingExportQuery extends MeetingListQuery {
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;
}
