import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { controlState } from '../../core/control-state';
import { GovukFieldsetField } from '../field';
import { datePartsToValue, INVALID_DATE, valueToDateParts, type DatePart, type DateParts } from './date-parts';

const PARTS: readonly { readonly part: DatePart; readonly label: string; readonly width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * GOV.UK date input (day, month, year boxes) bound to one FormControl holding YYYY-MM-DD, null when all
 * boxes are empty, or INVALID_DATE. Error summary links should point at `#${id}-day` (or the part at fault).
 */
@Component({
  selector: 'govuk-date-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!errorMessage()">
      <fieldset class="govuk-fieldset" role="group" [attr.aria-describedby]="describedBy()">
        <legend [class]="legendClass()">
          @if (isPageHeading()) {
            <h1 class="govuk-fieldset__heading">{{ legend() }}</h1>
          } @else {
            {{ legend() }}
          }
        </legend>
        @if (hint(); as hint) {
          <div [id]="hintId()" class="govuk-hint">{{ hint }}</div>
        }
        @if (errorMessage(); as error) {
          <p [id]="errorId()" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ error }}</p>
        }
        <div class="govuk-date-input" [id]="id()">
          @for (item of items(); track item.part) {
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" [for]="item.id">{{ item.label }}</label>
                <input
                  [class]="item.classes"
                  [id]="item.id"
                  [name]="item.name"
                  type="text"
                  inputmode="numeric"
                  [value]="parts()[item.part]"
                  [disabled]="state().disabled"
                  (input)="update(item.part, $event)"
                  (blur)="control().markAsTouched()"
                />
              </div>
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class GovukDateInput extends GovukFieldsetField {
  readonly control = input.required<FormControl<string | null>>();
  /** Name attributes become `${namePrefix}-day` etc.; without one they are day, month and year, as govuk-frontend does. */
  readonly namePrefix = input<string | null>(null);
  /** Which boxes to mark with govuk-input--error; by default all three while there is an error message. */
  readonly errorParts = input<readonly DatePart[] | null>(null);

  protected readonly state = controlState(this.control);

  /**
   * What is in the boxes. Follows the control when it is set from outside (a record loaded, a form reset) but
   * keeps what was typed while the control holds INVALID_DATE or the value those boxes already make.
   */
  protected readonly parts = linkedSignal<string | null, DateParts>({
    source: () => this.state().value,
    computation: (value, previous) =>
      previous && (value === INVALID_DATE || value === datePartsToValue(previous.value)) ? previous.value : valueToDateParts(value),
  });

  protected readonly items = computed(() => {
    const prefix = this.namePrefix();
    const errorParts = this.errorParts() ?? (this.errorMessage() ? PARTS.map(({ part }) => part) : []);
    return PARTS.map(({ part, label, width }) => ({
      part,
      label,
      id: `${this.id()}-${part}`,
      name: prefix ? `${prefix}-${part}` : part,
      classes: ['govuk-input', 'govuk-date-input__input', ...(errorParts.includes(part) ? ['govuk-input--error'] : []), `govuk-input--width-${width}`].join(' '),
    }));
  });

  protected update(part: DatePart, event: Event): void {
    const next = { ...this.parts(), [part]: (event.target as HTMLInputElement).value };
    this.parts.set(next);
    const control = this.control();
    control.setValue(datePartsToValue(next));
    control.markAsDirty();
  }
}
