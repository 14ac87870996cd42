import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { YOU_SAID_FORMATS, type YouSaidFormat, type YouSaidWeDidFilters } from '@send/contracts';

export class YouSaidWeDidQuery implements YouSaidWeDidFilters {
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @IsOptional()
  @IsIn(YOU_SAID_FORMATS)
  format?: YouSaidFormat;
}
