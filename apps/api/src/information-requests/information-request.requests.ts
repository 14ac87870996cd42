import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  CLASSIFICATIONS,
  INFORMATION_REQUEST_STATUSES,
  INFORMATION_REQUEST_TYPES,
  type Classification,
  type CreateInformationRequestRequest,
  type InformationRequestListFilters,
  type InformationRequestStatus,
  type InformationRequestType,
  type PauseInformationRequestRequest,
  type ResumeInformationRequestRequest,
  type UpdateInformationRequestRequest,
} from '@send/contracts';
import { IsDateOnly } from '../common/date-validators';
import { ListQuery } from '../common/list-query';
import { ArrayQuery, BooleanQuery, SHORT_TEXT_MAX, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';
import { SAR_MAX_EXTENSION_MONTHS } from './deadlines';

export const EMAIL_MAX = 320;

export class CreateInformationRequestBody implements CreateInformationRequestRequest {
  @IsIn(INFORMATION_REQUEST_TYPES)
  type!: InformationRequestType;

  @IsDateOnly()
  receivedOn!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  requesterName!: string;

  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'requesterEmail must be an email address' })
  @MaxLength(EMAIL_MAX)
  requesterEmail?: string | null;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary!: string;

  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class UpdateInformationRequestBody implements UpdateInformationRequestRequest {
  @IsOptional()
  @IsDateOnly()
  receivedOn?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  requesterName?: string;

  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'requesterEmail must be an email address' })
  @MaxLength(EMAIL_MAX)
  requesterEmail?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary?: string;

  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @IsOptional()
  @IsIn(INFORMATION_REQUEST_STATUSES)
  status?: InformationRequestStatus;

  @IsOptional()
  @IsDateOnly()
  respondedOn?: string | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SAR_MAX_EXTENSION_MONTHS)
  extensionMonths?: number;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  extensionReason?: string | null;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class PauseInformationRequestBody implements PauseInformationRequestRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason!: string;

  @IsDateOnly()
  from!: string;
}

export class ResumeInformationRequestBody implements ResumeInformationRequestRequest {
  @IsDateOnly()
  to!: string;
}

export class InformationRequestListQuery extends ListQuery implements InformationRequestListFilters {
  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(INFORMATION_REQUEST_TYPES.length)
  @IsIn(INFORMATION_REQUEST_TYPES, { each: true })
  type?: InformationRequestType[];

  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(INFORMATION_REQUEST_STATUSES.length)
  @IsIn(INFORMATION_REQUEST_STATUSES, { each: true })
  status?: InformationRequestStatus[];

  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string;

  @IsOptional()
  @IsIn(['me'])
  owner?: 'me';

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  dueThisWeek?: boolean;
}
