import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { RETENTION_ACTION_LABELS, RETENTION_RECORD_TYPE_LABELS, type DueRecordResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukPagination, GovukTag, formatLondonDate, type ErrorSummaryItem } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { DisposalSelection } from './disposal-selection';
import { RetentionApi } from './retention-api';
import { RECORD_LINKS } from './retention-labels';
import { RetentionNav } from './retention-nav';

const key = (r: DueRecordResponse) => `${r.recordType}:${r.recordId}`;

/** /admin/retention/due: the records whose period has run; the admin ticks those to dispose of and confirms next. */
@Component({
  selector: 'app-disposal-review-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukPagination, GovukTag, LoadStatus, RetentionNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    <govuk-error-summary [errors]="problems()" />
    <h1 class="govuk-heading-l" tabindex="-1">Due for disposal</h1>
    <app-retention-nav current="/admin/retention/due" />
    <p class="govuk-body">Records whose retention period has run. Choose the ones to dispose of; you can check what will happen before anything is done. Records that are held cannot be chosen until the hold ends.</p>
    <app-load-status [state]="due()" what="the records due for disposal" />
    @if (due(); as due) {
      @if (due.state === 'ready') {
        @if (due.value.items.length) {
          <form (submit)="$event.preventDefault(); review(due.value.items)" novalidate>
            <div class="govuk-form-group" [class.govuk-form-group--error]="problems().length > 0">
              @if (problems().length) {
                <p id="choose-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ problems()[0].text }}</p>
              }
              <table class="govuk-table app-table--stack" data-testid="due-records">
                <caption class="govuk-table__caption govuk-visually-hidden">Records due for disposal, the longest overdue first</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Choose</span></th>
                    <th scope="col" class="govuk-table__header">Record</th>
                    <th scope="col" class="govuk-table__header">Due since</th>
                    <th scope="col" class="govuk-table__header">Then</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  @for (r of due.value.items; track r.recordType + r.recordId; let i = $index) {
                    <tr class="govuk-table__row">
                      <td class="govuk-table__cell">
                        @if (!r.heldBy) {
                          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                            <div class="govuk-checkboxes__item">
                              <input class="govuk-checkboxes__input" [id]="i === 0 ? 'choose' : 'choose-' + i" name="choose" type="checkbox" [checked]="isChosen(r)" (change)="toggle(r)" />
                              <label class="govuk-label govuk-checkboxes__label" [for]="i === 0 ? 'choose' : 'choose-' + i"><span class="govuk-visually-hidden">Dispose of {{ r.reference }}</span></label>
                            </div>
                          </div>
                        }
                      </td>
                      <td class="govuk-table__cell" data-label="Record">
                        <span class="govuk-caption-s govuk-!-margin-0 govuk-!-display-block">{{ caption(r) }}</span>
                        @if (link(r); as link) {
                          <a class="govuk-link" [routerLink]="link">{{ r.label }}</a>
                        } @else {
                          {{ r.label }}
                        }
                        @if (r.heldBy) {
                          <div class="govuk-!-margin-top-1"><govuk-tag text="Held" colour="red" /> <span class="govuk-body-s">{{ r.heldBy }}</span></div>
                        }
                      </td>
                      <td class="govuk-table__cell" data-label="Due since">{{ date(r.dueOn) }}</td>
                      <td class="govuk-table__cell" data-label="Then">{{ actionOf(r) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
          </form>
          <govuk-pagination [page]="due.value.page" [pageSize]="due.value.pageSize" [total]="due.value.total" [totalIsLowerBound]="due.value.totalIsLowerBound" landmarkLabel="Pages of records due" />
        } @else {
          <p class="govuk-body" data-testid="empty">No records are due for disposal.</p>
        }
      }
    }
  `,
})
export class DisposalReviewPage {
  private readonly api = inject(RetentionApi);
  private readonly router = inject(Router);
  private readonly selection = inject(DisposalSelection);

  /** ?page= */
  readonly page = input<string>();
  private readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly problems = signal<ErrorSummaryItem[]>([]);
  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly due = toSignal(toObservable(this.pageNumber).pipe(switchMap((page) => loadable(this.api.due(page)))), { initialValue: LOADING });
  protected readonly date = formatLondonDate;

  /** "Meeting MTG-0041"; a contact's reference ("Contact at …") already says what it is. */
  protected caption(r: DueRecordResponse): string {
    return r.recordType === 'contact' ? r.reference : `${RETENTION_RECORD_TYPE_LABELS[r.recordType]} ${r.reference}`;
  }

  protected actionOf(r: DueRecordResponse): string {
    return RETENTION_ACTION_LABELS[r.action];
  }

  protected link(r: DueRecordResponse): string | null {
    const base = RECORD_LINKS[r.recordType];
    return base ? `${base}${r.recordId}` : null;
  }

  protected isChosen(r: DueRecordResponse): boolean {
    return this.chosen().has(key(r));
  }

  protected toggle(r: DueRecordResponse): void {
    const next = new Set(this.chosen());
    if (!next.delete(key(r))) next.add(key(r));
    this.chosen.set(next);
  }

  protected async review(items: readonly DueRecordResponse[]): Promise<void> {
    const picked = items.filter((r) => !r.heldBy && this.chosen().has(key(r)));
    if (!picked.length) {
      this.problems.set([{ text: 'Choose at least one record to dispose of', href: '#choose' }]);
      return;
    }
    this.selection.set(picked);
    await this.router.navigate(['/admin/retention/due/confirm']);
  }
}
