import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { problemOf } from './problem';

/** What a section of a page says when its data could not be loaded, with a way to try again. */
@Component({
  selector: 'app-load-failed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-inset-text" data-testid="load-failed">
      <p class="govuk-body">{{ what() }} could not be loaded. {{ detail() }}</p>
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" (click)="retry.emit()">Try again<span class="govuk-visually-hidden"> to load {{ what().toLowerCase() }}</span></button>
    </div>
  `,
})
export class LoadFailed {
  /** "The contacts". */
  readonly what = input.required<string>();
  readonly error = input.required<unknown>();
  readonly retry = output();

  protected readonly detail = computed(() => problemOf(this.error()).detail);
}
