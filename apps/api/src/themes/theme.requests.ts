import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { UpdateThemeRequest } from '@send/contracts';
import { TEXT_MAX, TITLE_MAX, Trim } from '../common/validators';

export class UpdateThemeBody implements UpdateThemeRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;
}
