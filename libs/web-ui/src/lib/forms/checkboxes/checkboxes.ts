import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { controlState } from '../../core/control-state';
import { choiceIds, GovukFieldsetField, type GovukChoice } from '../field';

/**
 * GOV.UK checkboxes in a fieldset, bound to one FormControl holding the checked values
 * (in the options' order; a null value counts as none checked).
 */
@Component({
  selector: 'govuk-checkboxes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!errorMessage()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy()">
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
        <div class="govuk-checkboxes" [class.govuk-checkboxes--small]="small()" data-module="govuk-checkboxes">
          @for (item of items(); track item.value) {
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                [id]="item.id"
                [name]="fieldName()"
                type="checkbox"
                [attr.value]="item.value"
                [checked]="checked().has(item.value)"
                [disabled]="state().disabled"
                [attr.aria-describedby]="item.hint ? item.hintId : null"
                (change)="toggle(item.value, $event)"
                (blur)="control().markAsTouched()"
              />
              <label class="govuk-label govuk-checkboxes__label" [for]="item.id">{{ item.text }}</label>
              @if (item.hint; as hint) {
                <div [id]="item.hintId" class="govuk-hint govuk-checkboxes__hint">{{ hint }}</div>
              }
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class GovukCheckboxes extends GovukFieldsetField {
  readonly control = input.required<FormControl<string[] | null>>();
  readonly options = input.required<readonly GovukChoice[]>();
  /** The small variant, for filters and dense pages. */
  readonly small = input(false);

  protected readonly state = controlState(this.control);
  protected readonly checked = computed(() => new Set(this.state().value ?? []));
  protected readonly items = computed(() => this.options().map((option, index) => ({ ...option, ...choiceIds(this.id(), index) })));

  protected toggle(value: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const current = this.checked();
    const known = this.options().map((option) => option.value);
    const next = known.filter((candidate) => (candidate === value ? on : current.has(candidate)));
    // Values with no option (say, a retired category on an old record) are kept rather than silently dropped.
    const unknown = [...current].filter((candidate) => !known.includes(candidate));
    const control = this.control();
    control.setValue([...next, ...unknown]);
    control.markAsDirty();
  }
}
