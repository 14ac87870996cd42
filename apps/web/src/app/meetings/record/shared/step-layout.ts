import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, untracked, viewChild } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router } from '@angular/router';
import { GovukBackLink, GovukErrorSummary, GovukInsetText } from '@send/web-ui';
import { ConflictNotice, type ConflictField } from '../../../core/conflict-notice';
import { summaryItems, type PageError } from './server-errors';

/**
 * The frame of every step: Back, the error summary or conflict notice, the caption and the one h1, then the step's
 * fields inside one form with "Continue" (Enter submits it) and "Save as draft".
 */
@Component({
  selector: 'app-step-layout',
  imports: [GovukBackLink, GovukErrorSummary, GovukInsetText, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(click)': 'followAppLink($event)' },
  template: `
    <govuk-back-link [href]="backHref()" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="summary()" />
        @if (conflicts(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">{{ caption() }}</span>
        <h1 class="govuk-heading-l" tabindex="-1">{{ heading() }}</h1>
        @if (restored()) {
          <govuk-inset-text data-testid="restored-notice">
            We have put back what you typed on this page before. It is not saved yet: continue or save as draft to keep it.
          </govuk-inset-text>
        }
        <form novalidate (submit)="submit($event)">
          <ng-content />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" data-module="govuk-button">{{ primaryText() }}</button>
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="saveDraft.emit()">Save as draft</button>
          </div>
        </form>
      </div>
    </div>
  `,
})
export class StepLayout {
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly errorSummary = viewChild(GovukErrorSummary);
  private readonly titles = inject(Title);
  private readonly router = inject(Router);
  private readonly baseTitle = inject(ActivatedRoute).snapshot.title ?? null;

  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  readonly backHref = input.required<string>();
  readonly errors = input<readonly PageError[]>([]);
  readonly conflicts = input<ConflictField[] | null>(null);
  /** Counts failed saves: each one moves focus to the error summary (or the conflict notice), even if it is showing. */
  readonly failures = input(0);
  readonly restored = input(false);
  readonly primaryText = input('Continue');

  readonly primary = output<void>();
  readonly saveDraft = output<void>();

  protected readonly summary = computed(() => summaryItems(this.errors()));

  constructor() {
    effect(() => {
      if (this.failures() === 0) return;
      untracked(() => {
        if (this.conflicts()) setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=conflict-notice]')?.focus());
        else this.errorSummary()?.focus();
      });
    });
    // GOV.UK: a page showing errors says so first in its title.
    effect(() => {
      const failed = this.errors().length > 0;
      if (this.baseTitle) this.titles.setTitle(failed ? `Error: ${this.baseTitle}` : this.baseTitle);
    });
  }

  /** The error summary renders links to other steps as plain hrefs: follow them in the app, not with a page load. */
  protected followAppLink(event: MouseEvent): void {
    const link = event.target instanceof Element ? event.target.closest('.govuk-error-summary a') : null;
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('/') || event.defaultPrevented) return;
    event.preventDefault();
    void this.router.navigateByUrl(href);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.primary.emit();
  }
}
