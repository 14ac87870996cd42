import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { CreateMinisterRequest, MinisterListFilters, UpdateMinisterRequest } from '@send/contracts';
import { BooleanQuery, TITLE_MAX, Trim } from '../common/validators';

export class CreateMinisterBody implements CreateMinisterRequest {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name!: string;
}

export class UpdateMinisterBody implements UpdateMinisterRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name?: string;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class MinisterListQuery implements MinisterListFilters {
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeInactive?: boolean;
}
