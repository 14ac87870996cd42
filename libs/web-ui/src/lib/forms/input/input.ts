import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { GovukLabelledField } from '../field';

export type GovukInputType = 'text' | 'email' | 'url' | 'number' | 'tel';

/** Fixed widths size the box to the expected answer (govuk-input--width-N); fluid ones to the column (govuk-!-width-…). */
export type GovukInputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter';

/** GOV.UK text input bound to a typed reactive FormControl. */
@Component({
  selector: 'govuk-input',
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
      <input
        [class]="inputClass()"
        [id]="id()"
        [name]="fieldName()"
        [type]="type()"
        [formControl]="control()"
        [attr.aria-describedby]="describedBy()"
        [attr.inputmode]="inputmode()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="spellcheckAttribute()"
      />
    </div>
  `,
})
export class GovukInput extends GovukLabelledField {
  readonly control = input.required<FormControl<string | null>>();
  /**
   * GOV.UK advises against type "number" (it rounds, and scrolling changes it); prefer "text" with
   * inputmode "numeric" for whole numbers.
   */
  readonly type = input<GovukInputType>('text');
  readonly width = input<GovukInputWidth | null>(null);
  readonly inputmode = input<'numeric' | 'decimal' | 'email' | 'tel' | 'url' | null>(null);
  readonly autocomplete = input<string | null>(null);
  /** GOV.UK turns spellcheck off for things like email addresses and reference numbers. */
  readonly spellcheck = input<boolean | null>(null);

  protected readonly inputClass = computed(() => {
    const width = this.width();
    const classes = ['govuk-input'];
    if (this.errorMessage()) classes.push('govuk-input--error');
    if (typeof width === 'number') classes.push(`govuk-input--width-${width}`);
    else if (width) classes.push(`govuk-!-width-${width}`);
    return classes.join(' ');
  });

  protected readonly spellcheckAttribute = computed(() => {
    const spellcheck = this.spellcheck();
    return spellcheck === null ? null : String(spellcheck);
  });
}
