import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** A report that could not be made: said at once (role=alert), with the reason and a way to try again. */
@Component({
  selector: 'app-report-failed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-error-summary" [attr.data-testid]="testId()">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{{ what() }} could not be loaded</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{{ detail() }}</p>
          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" (click)="retry.emit()">Try again</button>
        </div>
      </div>
    </div>
  `,
})
export class ReportFailed {
  /** "Coverage", "The report". */
  readonly what = input.required<string>();
  readonly detail = input.required<string>();
  readonly testId = input<string>();
  readonly retry = output();
}
