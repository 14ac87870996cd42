import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LEGAL_HOLD_ENTITIES, type LegalHoldEntity, type PlaceLegalHoldRequest, type ReleaseLegalHoldRequest } from '@send/contracts';
import { ListQuery } from '../common/list-query';
import { BooleanQuery, SHORT_TEXT_MAX, Trim } from '../common/validators';

export class PlaceLegalHoldBody implements PlaceLegalHoldRequest {
  @IsIn(LEGAL_HOLD_ENTITIES)
  entity!: LegalHoldEntity;

  @IsUUID('all')
  entityId!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason!: string;
}

export class ReleaseLegalHoldBody implements ReleaseLegalHoldRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX)
  reason!: string;
}

export class LegalHoldListQuery extends ListQuery {
  /** Only holds still in place (the default), or every one ever placed. */
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeReleased?: boolean;

  /** The holds on one record. */
  @IsOptional()
  @IsUUID('all')
  entityId?: string;
}
