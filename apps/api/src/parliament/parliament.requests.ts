import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  CLASSIFICATIONS,
  PARLIAMENTARY_KINDS,
  RECOMMENDATION_ANSWERS,
  RESPONSE_STATUSES,
  type Classification,
  type CreateParliamentaryItemRequest,
  type CreateParliamentaryLinkRequest,
  type CreateRecommendationRequest,
  type ParliamentaryKind,
  type ParliamentaryListFilters,
  type RecommendationAnswer,
  type ResponseStatus,
  type UpdateParliamentaryItemRequest,
  type UpdateRecommendationRequest,
} from '@send/contracts';
import { IsDateOnly } from '../common/date-validators';
import { ListQuery } from '../common/list-query';
import { ArrayQuery, BooleanQuery, TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

export const URL_MAX = 2000;
/** More than any petition has had. */
export const SIGNATURES_MAX = 100_000_000;
export const RECOMMENDATION_NUMBER_MAX = 10_000;

const WEB_ADDRESS = { protocols: ['http', 'https'], require_protocol: true };

/** The fields a create and a correction share; all optional here, the create class requires its own. */
class ItemFields {
  @IsOptional()
  @IsDateOnly()
  closesOn?: string | null;

  @IsOptional()
  @Trim()
  @IsUrl(WEB_ADDRESS, { message: 'url must be a web address starting http:// or https://' })
  @MaxLength(URL_MAX)
  url?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  petitionNumber?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SIGNATURES_MAX)
  signatures?: number | null;

  @IsOptional()
  @IsDateOnly()
  signaturesCountedOn?: string | null;

  @IsOptional()
  @IsDateOnly()
  petitionResponseDue?: string | null;

  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class CreateParliamentaryItemBody extends ItemFields implements CreateParliamentaryItemRequest {
  @IsIn(PARLIAMENTARY_KINDS)
  kind!: ParliamentaryKind;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  source!: string;

  @IsDateOnly()
  publishedOn!: string;
}

export class UpdateParliamentaryItemBody extends ItemFields implements UpdateParliamentaryItemRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  title?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  source?: string;

  @IsOptional()
  @IsDateOnly()
  publishedOn?: string;

  @IsOptional()
  @IsIn(RESPONSE_STATUSES)
  responseStatus?: ResponseStatus;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  responseText?: string | null;

  @IsOptional()
  @IsDateOnly()
  respondedOn?: string | null;
}

export class CreateRecommendationBody implements CreateRecommendationRequest {
  @IsInt()
  @Min(1)
  @Max(RECOMMENDATION_NUMBER_MAX)
  number!: number;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  text!: string;
}

export class UpdateRecommendationBody implements UpdateRecommendationRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  text?: string;

  @IsOptional()
  @IsIn(RECOMMENDATION_ANSWERS)
  answer?: RecommendationAnswer;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  answerText?: string | null;
}

export class CreateParliamentaryLinkBody implements CreateParliamentaryLinkRequest {
  @IsOptional()
  @IsUUID('all')
  recommendationId?: string | null;

  @IsOptional()
  @IsUUID('all')
  proposalId?: string;

  @IsOptional()
  @IsUUID('all')
  positionId?: string;

  @IsOptional()
  @IsUUID('all')
  meetingId?: string;

  @IsOptional()
  @IsUUID('all')
  actionId?: string;
}

export class RecommendationParams {
  @IsUUID('all')
  id!: string;

  @IsUUID('all')
  recommendationId!: string;
}

export class LinkParams {
  @IsUUID('all')
  id!: string;

  @IsUUID('all')
  linkId!: string;
}

export class ParliamentaryListQuery extends ListQuery implements ParliamentaryListFilters {
  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(PARLIAMENTARY_KINDS.length)
  @IsIn(PARLIAMENTARY_KINDS, { each: true })
  kind?: ParliamentaryKind[];

  @IsOptional()
  @ArrayQuery()
  @IsArray()
  @ArrayMaxSize(RESPONSE_STATUSES.length)
  @IsIn(RESPONSE_STATUSES, { each: true })
  responseStatus?: ResponseStatus[];

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  dueSoon?: boolean;

  @IsOptional()
  @IsUUID('all')
  proposalId?: string;
}
