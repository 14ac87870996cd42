import { ChangeDetectionStrategy, Component } from '@angular/core';

/** GOV.UK inset text; the content is projected (text, or paragraphs with class govuk-body). */
@Component({
  selector: 'govuk-inset-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="govuk-inset-text"><ng-content /></div>`,
})
export class GovukInsetText {}
