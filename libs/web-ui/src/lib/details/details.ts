import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** GOV.UK details: native <details>, so it opens and closes without script; the content is projected. */
@Component({
  selector: 'govuk-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The id belongs on <details>, not also on the host.
  host: { '[attr.id]': 'null' },
  template: `
    <details class="govuk-details" [attr.id]="id()" [open]="open()">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{{ summaryText() }}</span>
      </summary>
      <div class="govuk-details__text"><ng-content /></div>
    </details>
  `,
})
export class GovukDetails {
  readonly summaryText = input.required<string>();
  /** Open when first shown; after that the user opens and closes it. */
  readonly open = input(false);
  readonly id = input<string | null>(null);
}
