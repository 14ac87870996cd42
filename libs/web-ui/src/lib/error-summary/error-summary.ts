import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { focusFieldFromLink } from './focus-field';

export interface ErrorSummaryItem {
  readonly text: string;
  /** `#${field id}`: the link moves focus to that field. Without one the error is plain text. */
  readonly href?: string;
}

/**
 * GOV.UK error summary. Renders nothing until there is an error (or a description) to show, then takes focus,
 * as govuk-frontend's script does on page load, so a failed submit lands keyboard and screen reader users on
 * it. Links focus their field instead of navigating.
 */
@Component({
  selector: 'govuk-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <div
        #summary
        class="govuk-error-summary"
        data-module="govuk-error-summary"
        [attr.tabindex]="focusable() ? -1 : null"
        (blur)="focusable.set(false)"
      >
        <div role="alert">
          <h2 class="govuk-error-summary__title">{{ titleText() }}</h2>
          <div class="govuk-error-summary__body">
            @if (description(); as description) {
              <p>{{ description }}</p>
            }
            @if (errors().length) {
              <ul class="govuk-list govuk-error-summary__list">
                @for (error of errors(); track $index) {
                  <li>
                    @if (error.href; as href) {
                      <a [href]="href" (click)="focusField($event, href)">{{ error.text }}</a>
                    } @else {
                      {{ error.text }}
                    }
                  </li>
                }
              </ul>
            }
          </div>
        </div>
      </div>
    }
  `,
})
export class GovukErrorSummary {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  readonly errors = input<readonly ErrorSummaryItem[]>([]);
  readonly titleText = input('There is a problem');
  readonly description = input<string | null>(null);

  protected readonly visible = computed(() => this.errors().length > 0 || !!this.description());
  /** Focusable only until it loses focus, as govuk-frontend does, so clicks inside do not draw the focus ring. */
  protected readonly focusable = signal(false);

  constructor() {
    // Focus on appearing, not on every change: errors recomputed while someone types must not steal focus.
    let wasVisible = false;
    effect(() => {
      const visible = this.visible();
      if (visible && !wasVisible) untracked(() => this.focus());
      wasVisible = visible;
    });
  }

  /** Moves focus to the summary again, for a page whose summary is still showing when a submit fails again. */
  focus(): void {
    this.focusable.set(true);
    afterNextRender({ write: () => this.summary()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected focusField(event: MouseEvent, href: string): void {
    if (!href.startsWith('#')) return;
    // With <base href="/">, following "#field" would load another route: never let the browser do it.
    event.preventDefault();
    focusFieldFromLink(this.document, decodeURIComponent(href.slice(1)));
  }
}
