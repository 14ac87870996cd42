import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PHASES, type Phase, type UpdatePhaseRequest } from '@send/contracts';
import { IsDateOnly } from '../common/date-validators';
import { TITLE_MAX, Trim } from '../common/validators';

/** `:key` is one of the fixed phases: anything else → 400 naming `key`. */
export class PhaseKeyParam {
  @IsIn(PHASES, { message: `key must be one of ${PHASES.join(', ')}` })
  key!: Phase;
}

export class UpdatePhaseBody implements UpdatePhaseRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX)
  name?: string;

  @IsOptional()
  @IsDateOnly()
  startsOn?: string;
}
