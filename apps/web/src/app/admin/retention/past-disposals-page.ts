import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { DISPOSAL_OUTCOME_LABELS, RETENTION_RECORD_TYPE_LABELS, type DisposalResponse } from '@send/contracts';
import { GovukBackLink, GovukPagination, formatLondonDate, formatLondonDateTime } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { RetentionApi } from './retention-api';
import { periodText } from './retention-labels';
import { RetentionNav } from './retention-nav';

/** /admin/retention/disposals: what disposal removed, anonymised or selected for preservation, newest first. */
@Component({
  selector: 'app-past-disposals-page',
  imports: [GovukBackLink, GovukPagination, FlashBanner, LoadStatus, RetentionNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Past disposals</h1>
    <app-retention-nav current="/admin/retention/disposals" />
    <p class="govuk-body">Each record disposed of under the retention schedule: its reference, the rule applied, who confirmed it and when. What the record said is not kept.</p>
    <app-load-status [state]="disposals()" what="past disposals" />
    @if (disposals(); as disposals) {
      @if (disposals.state === 'ready') {
        @if (disposals.value.items.length) {
          <table class="govuk-table app-table--stack" data-testid="past-disposals">
            <caption class="govuk-table__caption govuk-visually-hidden">Past disposals, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Record</th>
                <th scope="col" class="govuk-table__header">Outcome</th>
                <th scope="col" class="govuk-table__header">Rule</th>
                <th scope="col" class="govuk-table__header">Disposed of</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (d of disposals.value.items; track d.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell" data-label="Record"><span class="govuk-caption-s govuk-!-margin-0 govuk-!-display-block">{{ kind(d) }}</span>{{ d.reference }}</td>
                  <td class="govuk-table__cell" data-label="Outcome">{{ outcome(d) }}</td>
                  <td class="govuk-table__cell" data-label="Rule">{{ d.ruleName }}: {{ period(d) }}, due {{ date(d.dueOn) }}</td>
                  <td class="govuk-table__cell" data-label="Disposed of">{{ dateTime(d.disposedAt) }} by {{ d.disposedByName ?? 'a former user' }}</td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="disposals.value.page" [pageSize]="disposals.value.pageSize" [total]="disposals.value.total" landmarkLabel="Pages of past disposals" />
        } @else {
          <p class="govuk-body" data-testid="empty">Nothing has been disposed of yet.</p>
        }
      }
    }
  `,
})
export class PastDisposalsPage {
  private readonly api = inject(RetentionApi);
  protected readonly flash = inject(AdminFlash).take();
  /** ?page= */
  readonly page = input<string>();
  private readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly disposals = toSignal(toObservable(this.pageNumber).pipe(switchMap((page) => loadable(this.api.disposals(page)))), { initialValue: LOADING });
  protected readonly date = formatLondonDate;
  protected readonly dateTime = formatLondonDateTime;

  protected kind(d: DisposalResponse): string {
    return RETENTION_RECORD_TYPE_LABELS[d.recordType];
  }

  protected outcome(d: DisposalResponse): string {
    return DISPOSAL_OUTCOME_LABELS[d.outcome];
  }

  protected period(d: DisposalResponse): string {
    return `kept ${periodText(d.periodMonths)}`;
  }
}
