import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { appUrlTree } from '../core/links';
import { toTextBlock } from '../core/text';

export interface SummaryListRow {
  readonly key: string;
  /** Free text: line breaks are kept; a blank line starts a new paragraph. */
  readonly value: string;
  /** Where the row's action goes: an in-app path navigates with the router. No href, no action. */
  readonly href?: string;
  /** Defaults to "Change". */
  readonly actionText?: string;
  /**
   * Visually hidden words after the action text, so "Change" is not ambiguous out of context.
   * Defaults to the key; pass '' to leave them out.
   */
  readonly actionLabel?: string;
}

/** GOV.UK summary list with at most one action per row. */
@Component({
  selector: 'govuk-summary-list',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="govuk-summary-list" [class.govuk-summary-list--no-border]="noBorder()">
      @for (row of viewRows(); track $index) {
        <div class="govuk-summary-list__row" [class.govuk-summary-list__row--no-actions]="anyActions() && !row.href">
          <dt class="govuk-summary-list__key">{{ row.key }}</dt>
          <dd class="govuk-summary-list__value">
            @if (row.block.paragraphs; as paragraphs) {
              @for (paragraph of paragraphs; track $index) {
                <p class="govuk-body">
                  @for (line of paragraph; track $index) {@if (!$first) {<br />}{{ line }}}
                </p>
              }
            } @else {
              @for (line of row.block.lines; track $index) {@if (!$first) {<br />}{{ line }}}
            }
          </dd>
          @if (row.href; as href) {
            <dd class="govuk-summary-list__actions">
              @if (row.appUrl; as url) {
                <a class="govuk-link" [routerLink]="url">{{ row.actionText }}@if (row.actionLabel) {<span class="govuk-visually-hidden"> {{ row.actionLabel }}</span>}</a>
              } @else {
                <a class="govuk-link" [href]="href">{{ row.actionText }}@if (row.actionLabel) {<span class="govuk-visually-hidden"> {{ row.actionLabel }}</span>}</a>
              }
            </dd>
          }
        </div>
      }
    </dl>
  `,
})
export class GovukSummaryList {
  private readonly router = inject(Router);

  readonly rows = input.required<readonly SummaryListRow[]>();
  readonly noBorder = input(false);

  // govuk-frontend marks rows without actions only when some other row has one, to keep the columns aligned.
  protected readonly anyActions = computed(() => this.rows().some((row) => !!row.href));
  protected readonly viewRows = computed(() =>
    this.rows().map((row) => ({
      key: row.key,
      block: toTextBlock(row.value),
      href: row.href ?? null,
      appUrl: row.href ? appUrlTree(row.href, this.router) : null,
      actionText: row.actionText ?? 'Change',
      actionLabel: row.actionLabel ?? row.key,
    })),
  );
}
