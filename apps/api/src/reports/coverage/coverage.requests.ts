import { IsOptional } from 'class-validator';
import type { CoverageFilters } from '@send/contracts';
import { IsDateOnly } from '../../common/date-validators';

export class CoverageQuery implements CoverageFilters {
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @IsOptional()
  @IsDateOnly()
  to?: string;
}
