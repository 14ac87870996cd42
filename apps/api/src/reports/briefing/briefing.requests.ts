import { IsIn, IsOptional } from 'class-validator';
import { BRIEFING_FORMATS, type BriefingFormat } from '@send/contracts';

export class BriefingFileQuery {
  /** ODS by default: the open standard government documents are published in. */
  @IsOptional()
  @IsIn(BRIEFING_FORMATS, { message: `format must be one of ${BRIEFING_FORMATS.join(', ')}` })
  format: BriefingFormat = 'ods';
}
