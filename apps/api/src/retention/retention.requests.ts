import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  RETENTION_ACTIONS,
  RETENTION_RECORD_TYPES,
  type DisposalItemRequest,
  type DisposeRequest,
  type RetentionAction,
  type RetentionRecordType,
  type UpdateRetentionRuleRequest,
} from '@send/contracts';
import { PageQuery } from '../common/list-query';
import { SHORT_TEXT_MAX, Trim } from '../common/validators';

/** A hundred years: longer than any schedule keeps anything it will later dispose of. */
export const PERIOD_MONTHS_MAX = 1200;
/** One page of the review list: what an admin can have checked on one screen. */
export const DISPOSAL_ITEMS_MAX = 100;

export class UpdateRetentionRuleBody implements UpdateRetentionRuleRequest {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(PERIOD_MONTHS_MAX)
  periodMonths?: number;

  @IsOptional()
  @IsIn(RETENTION_ACTIONS)
  action?: RetentionAction;

  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason?: string;
}

export class DueListQuery extends PageQuery {
  @IsOptional()
  @IsIn(RETENTION_RECORD_TYPES)
  recordType?: RetentionRecordType;
}

export class DisposalItemBody implements DisposalItemRequest {
  @IsIn(RETENTION_RECORD_TYPES)
  recordType!: RetentionRecordType;

  @IsUUID('all')
  recordId!: string;
}

export class DisposeBody implements DisposeRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DISPOSAL_ITEMS_MAX)
  @ValidateNested({ each: true })
  @Type(() => DisposalItemBody)
  items!: DisposalItemBody[];
}
