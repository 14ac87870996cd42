import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { GovukLabelledField } from '../field';

/** GOV.UK textarea bound to a typed reactive FormControl. */
@Component({
  selector: 'govuk-textarea',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!errorMessage()">
      @if (isPageHeading()) {
        <h1 class="govuk-label-wrapper">
          <label [class]="labelClass()" [for]="id()">{{ label() }}</label>
        </h1>
      } @else {
        <label [class]="labelClass()" [for]="id()">{{ label() }}</label>
      }
      @if (hint(); as hint) {
        <div [id]="hintId()" class="govuk-hint">{{ hint }}</div>
      }
      @if (errorMessage(); as error) {
        <p [id]="errorId()" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ error }}</p>
      }
      <textarea
        class="govuk-textarea"
        [class.govuk-textarea--error]="!!errorMessage()"
        [id]="id()"
        [name]="fieldName()"
        [rows]="rows()"
        [formControl]="control()"
        [attr.aria-describedby]="describedBy()"
        [attr.autocomplete]="autocomplete()"
      ></textarea>
    </div>
  `,
})
export class GovukTextarea extends GovukLabelledField {
  readonly control = input.required<FormControl<string | null>>();
  readonly rows = input(5);
  readonly autocomplete = input<string | null>(null);
}
