import { computed, Directive, input } from '@angular/core';

/** govuk-label--s … --xl and govuk-fieldset__legend--s … --xl. */
export type GovukTextSize = 's' | 'm' | 'l' | 'xl';

/**
 * What every GOV.UK form field shares. Ids follow govuk-frontend: `${id}-hint`, `${id}-error`.
 * `<govuk-input id="x">` would also put id="x" on the host, ahead of the real input in the document, and
 * error summary links and labels would find the host: so the host never keeps id or name.
 */
@Directive({ host: { '[attr.id]': 'null', '[attr.name]': 'null' } })
export abstract class GovukField {
  /** The id of the field (the first input, for groups); error summary links point at `#${id}`. */
  readonly id = input.required<string>();
  /** The name attribute; defaults to the id. */
  readonly name = input<string | null>(null);
  readonly hint = input<string | null>(null);
  /** Shown with a visually hidden "Error:" prefix; also turns on the --error modifiers. */
  readonly errorMessage = input<string | null>(null);
  /** Puts the label or legend inside the page's h1, as govuk-frontend's isPageHeading does. */
  readonly isPageHeading = input(false);

  protected readonly fieldName = computed(() => this.name() ?? this.id());
  protected readonly hintId = computed(() => `${this.id()}-hint`);
  protected readonly errorId = computed(() => `${this.id()}-error`);
  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.errorMessage() ? this.errorId() : null].filter((id) => id !== null);
    return ids.length ? ids.join(' ') : null;
  });
}

/** A single control with a <label>: input, textarea, select. */
@Directive()
export abstract class GovukLabelledField extends GovukField {
  readonly label = input.required<string>();
  /** Defaults to 'l' when the label is the page heading. */
  readonly labelSize = input<GovukTextSize | null>(null);

  protected readonly labelClass = computed(() => {
    const size = this.labelSize() ?? (this.isPageHeading() ? 'l' : null);
    return size ? `govuk-label govuk-label--${size}` : 'govuk-label';
  });
}

/** A group of controls in a <fieldset> with a <legend>: radios, checkboxes, date input. */
@Directive()
export abstract class GovukFieldsetField extends GovukField {
  readonly legend = input.required<string>();
  /** Defaults to 'l' when the legend is the page heading. */
  readonly legendSize = input<GovukTextSize | null>(null);

  protected readonly legendClass = computed(() => {
    const size = this.legendSize() ?? (this.isPageHeading() ? 'l' : null);
    return size ? `govuk-fieldset__legend govuk-fieldset__legend--${size}` : 'govuk-fieldset__legend';
  });
}

/** An option of a select, radios or checkboxes. */
export interface GovukOption {
  readonly value: string;
  readonly text: string;
}

/** Radios and checkboxes items may carry a hint of their own. */
export interface GovukChoice extends GovukOption {
  readonly hint?: string;
}

/** Items' ids as govuk-frontend makes them: the field id, then `${id}-2`, `${id}-3`…; hints `${itemId}-item-hint`. */
export function choiceIds(id: string, index: number): { readonly id: string; readonly hintId: string } {
  const itemId = index === 0 ? id : `${id}-${index + 1}`;
  return { id: itemId, hintId: `${itemId}-item-hint` };
}
