import { ChangeDetectionStrategy, Component, Injectable, inject, input, signal } from '@angular/core';

const KEY = 'send-tracker.filter-panel';

/** Whether list pages show their filter panel: one choice for every list, kept in this browser between visits. */
@Injectable({ providedIn: 'root' })
export class FilterPanelPreference {
  readonly shown = signal(readStored() !== 'hidden');

  toggle(): void {
    this.shown.update((shown) => !shown);
    try {
      localStorage.setItem(KEY, this.shown() ? 'shown' : 'hidden');
    } catch {
      // Storage refused (private browsing, policy): the choice lasts until the page is reloaded.
    }
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** MOJ filter-a-list's "Hide filter" / "Show filter" button, for the panel with id `controls`. */
@Component({
  selector: 'app-filter-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-3" data-testid="filter-toggle"
      [attr.aria-controls]="controls()" [attr.aria-expanded]="preference.shown()" (click)="preference.toggle()">
      {{ preference.shown() ? 'Hide filter' : 'Show filter' }}
    </button>
  `,
})
export class FilterToggle {
  readonly controls = input.required<string>();
  protected readonly preference = inject(FilterPanelPreference);
}
