import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { SEARCH_PAGE_SIZE_MAX, SEARCH_Q_MAX, SEARCH_RESULTS_MAX, SEARCH_TYPES, type SearchRequest, type SearchType } from '@send/contracts';
import { ArrayQuery, BooleanQuery, Trim } from '../common/validators';

export class SearchQuery implements SearchRequest {
  @Trim()
  @IsString({ message: 'q must be the text to search for' })
  @Length(1, SEARCH_Q_MAX, { message: `q must be 1 to ${SEARCH_Q_MAX} characters` })
  q!: string;

  @IsOptional()
  @ArrayQuery()
  @IsIn(SEARCH_TYPES, { each: true, message: `types must be a comma-separated list of ${SEARCH_TYPES.join(', ')}` })
  types?: SearchType[];

  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_RESULTS_MAX)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_PAGE_SIZE_MAX)
  pageSize = 20;
}
