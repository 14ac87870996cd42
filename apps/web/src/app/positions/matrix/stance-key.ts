import { ChangeDetectionStrategy, Component } from '@angular/core';
import { STANCES } from '@send/contracts';
import { STANCE_HINTS } from '../labels';
import { StanceTag } from '../stance-tag';

/** The key to the matrix: each stance's tag with what it means. */
@Component({
  selector: 'app-stance-key',
  imports: [StanceTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-stance-key { display: flex; flex-wrap: wrap; gap: 10px 25px; }
    .app-stance-key__item { display: flex; align-items: baseline; gap: 5px; margin: 0; }
  `,
  template: `
    <h2 class="govuk-heading-s" id="stance-key-title">Key</h2>
    <ul class="govuk-list app-stance-key" aria-labelledby="stance-key-title">
      @for (stance of stances; track stance) {
        <li class="app-stance-key__item">
          <app-stance-tag [stance]="stance" />
          <span class="govuk-body-s govuk-!-margin-0">{{ hints[stance] }}</span>
        </li>
      }
      <li class="app-stance-key__item govuk-body-s">“No position”: nothing recorded (in the phase chosen)</li>
    </ul>
  `,
})
export class StanceKey {
  protected readonly stances = STANCES;
  protected readonly hints = STANCE_HINTS;
}
