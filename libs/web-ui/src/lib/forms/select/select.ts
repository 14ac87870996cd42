import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { GovukLabelledField, type GovukOption } from '../field';

export interface GovukSelectOption extends GovukOption {
  readonly disabled?: boolean;
}

/** GOV.UK select bound to a typed reactive FormControl. */
@Component({
  selector: 'govuk-select',
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
      <select
        class="govuk-select"
        [class.govuk-select--error]="!!errorMessage()"
        [id]="id()"
        [name]="fieldName()"
        [formControl]="control()"
        [attr.aria-describedby]="describedBy()"
      >
        @for (option of options(); track option.value) {
          <option [value]="option.value" [disabled]="option.disabled ?? false">{{ option.text }}</option>
        }
      </select>
    </div>
  `,
})
export class GovukSelect extends GovukLabelledField {
  readonly control = input.required<FormControl<string | null>>();
  /** GOV.UK: a select is a last resort; with few options prefer radios. Include a "Select…" option yourself if needed. */
  readonly options = input.required<readonly GovukSelectOption[]>();
}
