import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import type { Stance } from '@send/contracts';
import { GovukTag } from '@send/web-ui';
import { STANCE_COLOURS, STANCE_LABELS } from './labels';

/** A stance as a GOV.UK tag: its words and its colour together. */
@Component({
  selector: 'app-stance-tag',
  imports: [GovukTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // govuk-frontend caps tags at 160px, which breaks "Supports with conditions" over two lines wherever it appears.
  encapsulation: ViewEncapsulation.None,
  styles: `app-stance-tag .govuk-tag { max-width: none; }`,
  template: `<govuk-tag [text]="label()" [colour]="colour()" />`,
})
export class StanceTag {
  readonly stance = input.required<Stance>();
  protected readonly label = computed(() => STANCE_LABELS[this.stance()]);
  protected readonly colour = computed(() => STANCE_COLOURS[this.stance()]);
}
