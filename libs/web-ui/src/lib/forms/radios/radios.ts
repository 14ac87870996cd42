import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { controlState } from '../../core/control-state';
import { choiceIds, GovukFieldsetField, type GovukChoice } from '../field';

/**
 * GOV.UK radios in a fieldset, bound to a FormControl holding the chosen value (null for none).
 * The inputs are bound by hand rather than with RadioControlValueAccessor, whose [value]/[name] inputs would
 * keep the value and name attributes govuk-frontend renders off the elements.
 */
@Component({
  selector: 'govuk-radios',
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
        <div class="govuk-radios" [class.govuk-radios--inline]="inline()" [class.govuk-radios--small]="small()" data-module="govuk-radios">
          @for (item of items(); track item.value) {
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                [id]="item.id"
                [name]="fieldName()"
                type="radio"
                [attr.value]="item.value"
                [checked]="state().value === item.value"
                [disabled]="state().disabled"
                [attr.aria-describedby]="item.hint ? item.hintId : null"
                (change)="choose(item.value)"
                (blur)="control().markAsTouched()"
              />
              <label class="govuk-label govuk-radios__label" [for]="item.id">{{ item.text }}</label>
              @if (item.hint; as hint) {
                <div [id]="item.hintId" class="govuk-hint govuk-radios__hint">{{ hint }}</div>
              }
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class GovukRadios extends GovukFieldsetField {
  readonly control = input.required<FormControl<string | null>>();
  readonly options = input.required<readonly GovukChoice[]>();
  /** Side by side; GOV.UK: only for two short options, such as Yes and No. */
  readonly inline = input(false);
  /** The small variant, for filters and dense pages. */
  readonly small = input(false);

  protected readonly state = controlState(this.control);
  protected readonly items = computed(() => this.options().map((option, index) => ({ ...option, ...choiceIds(this.id(), index) })));

  protected choose(value: string): void {
    const control = this.control();
    control.setValue(value);
    control.markAsDirty();
  }
}
