import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { QUARTER_PATTERN, TRANSPARENCY_HEADING_MAX, type UpdateTransparencyHeadingsRequest } from '@send/contracts';
import { Trim } from '../../common/validators';

export class QuarterQuery {
  @Matches(QUARTER_PATTERN, { message: 'quarter must be a year and quarter, e.g. 2026-Q3' })
  quarter!: string;
}

/** One line of text: a heading with a line break would not fit the template's single header row. */
const ONE_LINE = /^[^\r\n]*$/;

function heading(): PropertyDecorator {
  return (target, key) => {
    const name = String(key);
    for (const decorate of [
      Matches(ONE_LINE, { message: `${name} must be on one line` }),
      MaxLength(TRANSPARENCY_HEADING_MAX, { message: `${name} must be ${TRANSPARENCY_HEADING_MAX} characters or fewer` }),
      MinLength(1, { message: `${name} must not be empty` }),
      IsString({ message: `${name} must be text` }),
      Trim(),
    ]) {
      decorate(target, key);
    }
  };
}

export class UpdateTransparencyHeadingsBody implements UpdateTransparencyHeadingsRequest {
  @heading()
  minister!: string;

  @heading()
  date!: string;

  @heading()
  organisations!: string;

  @heading()
  purpose!: string;
}
