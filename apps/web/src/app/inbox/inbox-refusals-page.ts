import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { GovukBackLink, GovukPagination, formatLondonDateTime } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { LOADING, loadable } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { InboxApi } from './inbox-api';

/** /inbox/refused (admins): every email the listener refused, and why. */
@Component({
  selector: 'app-inbox-refusals-page',
  imports: [GovukBackLink, GovukPagination, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/inbox" text="Back to the inbox" />
    <h1 class="govuk-heading-l" tabindex="-1">Refused emails</h1>
    <p class="govuk-body">The tracker takes email only from its users, to its own address, within the size limits. Everything else is refused while it arrives, so the sender is told, and listed here.</p>
    <app-load-status [state]="list()" what="the refused emails" />
    @if (list(); as list) {
      @if (list.state === 'ready') {
        @if (list.value.items.length) {
          <table class="govuk-table" data-testid="refusals">
            <caption class="govuk-table__caption govuk-visually-hidden">Refused emails, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Received</th>
                <th scope="col" class="govuk-table__header">From</th>
                <th scope="col" class="govuk-table__header">Why it was refused</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (r of list.value.items; track r.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ when(r.receivedAt) }}</td>
                  <td class="govuk-table__cell">{{ r.fromAddress || '(none given)' }}</td>
                  <td class="govuk-table__cell">{{ r.reason }}</td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="list.value.page" [pageSize]="list.value.pageSize" [total]="list.value.total" landmarkLabel="Pages of refused emails" />
        } @else {
          <p class="govuk-body" data-testid="empty">No email has been refused.</p>
        }
      }
    }
  `,
})
export class InboxRefusalsPage {
  private readonly api = inject(InboxApi);
  readonly page = input<string | undefined>();
  private readonly pageNumber = computed(() => Math.max(1, Number(this.page() ?? 1) || 1));
  protected readonly list = toSignal(toObservable(this.pageNumber).pipe(switchMap((page) => loadable(this.api.refusals(page)))), { initialValue: LOADING });

  protected when(iso: string): string {
    return formatLondonDateTime(iso);
  }
}
