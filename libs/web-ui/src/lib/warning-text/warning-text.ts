import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** GOV.UK warning text. The visually hidden prefix stands in for the "!" icon, which screen readers skip. */
@Component({
  selector: 'govuk-warning-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">{{ iconFallbackText() }}</span> {{ text() }}</strong>
    </div>
  `,
})
export class GovukWarningText {
  readonly text = input.required<string>();
  readonly iconFallbackText = input('Warning');
}
