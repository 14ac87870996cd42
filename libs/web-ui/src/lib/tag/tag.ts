import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * The colours govuk-frontend 6 styles. Blue is the unmodified tag; turquoise and pink are its deprecated
 * names for teal and magenta, so they render as those. v6 has no light blue.
 */
export type GovukTagColour = 'grey' | 'green' | 'teal' | 'turquoise' | 'blue' | 'purple' | 'magenta' | 'pink' | 'red' | 'orange' | 'yellow';

const MODIFIER: Record<GovukTagColour, string | null> = {
  grey: 'grey',
  green: 'green',
  teal: 'teal',
  turquoise: 'teal',
  blue: null,
  purple: 'purple',
  magenta: 'magenta',
  pink: 'magenta',
  red: 'red',
  orange: 'orange',
  yellow: 'yellow',
};

/** GOV.UK tag: a short status label. */
@Component({
  selector: 'govuk-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<strong [class]="classes()">{{ text() }}</strong>`,
})
export class GovukTag {
  readonly text = input.required<string>();
  readonly colour = input<GovukTagColour>('blue');

  protected readonly classes = computed(() => {
    const modifier = MODIFIER[this.colour()];
    return modifier ? `govuk-tag govuk-tag--${modifier}` : 'govuk-tag';
  });
}
