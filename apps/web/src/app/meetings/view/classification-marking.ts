import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Classification } from '@send/contracts';
import { declarePrintMarking } from '../../core/print-marking';
import { CLASSIFICATION_LABELS } from './meeting-labels';

/**
 * The protective marking of a record, as the first thing on its page (and again at the foot): OFFICIAL-SENSITIVE
 * must be impossible to miss before anyone reads, copies or prints; OFFICIAL is marked quietly.
 */
@Component({
  selector: 'app-classification-marking',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-classification" [class.app-classification--sensitive]="sensitive()" data-testid="classification-marking">
      <p class="govuk-body app-classification__marking"><span class="govuk-visually-hidden">Security classification: </span>{{ label() }}</p>
      @if (sensitive() && withGuidance()) {
        <p class="govuk-body app-classification__guidance">Handle with care. Share only with people who need to know, and do not copy it into other systems.</p>
      }
    </div>
  `,
  styles: `
    .app-classification {
      margin-bottom: 20px;
      padding: 5px 0;
      border-bottom: 1px solid #b1b4b6;
      color: #484949;
    }
    .app-classification .govuk-body {
      color: inherit;
    }
    .app-classification__marking {
      margin: 0;
      font-size: 1rem;
      font-weight: 700;
      letter-spacing: 0.05em;
    }
    .app-classification--sensitive {
      padding: 10px 15px;
      border-bottom: 0;
      color: #ffffff;
      background-color: #942514;
    }
    .app-classification--sensitive .app-classification__marking {
      font-size: 1.5rem;
    }
    .app-classification__guidance {
      margin: 5px 0 0;
      font-size: 1rem;
    }
    @media print {
      .app-classification--sensitive {
        color: #0b0c0c;
        background: none;
        border: 3px solid #0b0c0c;
      }
    }
  `,
})
export class ClassificationMarking {
  readonly classification = input.required<Classification>();
  /** The handling line is shown once, at the top. */
  readonly withGuidance = input(true);
  protected readonly sensitive = computed(() => this.classification() === 'OFFICIAL_SENSITIVE');

  constructor() {
    declarePrintMarking(this.sensitive);
  }
  protected readonly label = computed(() => CLASSIFICATION_LABELS[this.classification()]);
}
