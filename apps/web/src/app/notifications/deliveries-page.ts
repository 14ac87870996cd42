import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@send/contracts';
import { GovukBackLink, GovukPagination, GovukTag, formatLondonDateTime } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { LOADING, loadable } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { DELIVERY_LABELS, describeNotice } from './notification-labels';
import { NotificationsApi } from './notifications-api';

/** /notifications/deliveries (admins): every notice, whose it is and how its email went; failures first to hand. */
@Component({
  selector: 'app-notification-deliveries-page',
  imports: [RouterLink, GovukBackLink, GovukTag, GovukPagination, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/notifications" text="Back to notifications" />
    <h1 class="govuk-heading-l" tabindex="-1">Email deliveries</h1>
    <p class="govuk-body">Each notice the service made, and what happened to its email. A failed email was tried several times, waiting longer each time, before it was given up.</p>
    <nav class="moj-sub-navigation" aria-label="Delivery states">
      <ul class="moj-sub-navigation__list">
        <li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" [routerLink]="[]" [queryParams]="{ delivery: 'failed', page: null }" [attr.aria-current]="filter() === 'failed' ? 'page' : null">Failed</a></li>
        <li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" [routerLink]="[]" [queryParams]="{ delivery: 'all', page: null }" [attr.aria-current]="filter() === null ? 'page' : null">All</a></li>
      </ul>
    </nav>
    <app-load-status [state]="list()" what="the deliveries" />
    @if (list(); as list) {
      @if (list.state === 'ready') {
        @if (list.value.items.length) {
          <table class="govuk-table" data-testid="deliveries">
            <caption class="govuk-table__caption govuk-visually-hidden">Notices, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">To</th>
                <th scope="col" class="govuk-table__header">Notification</th>
                <th scope="col" class="govuk-table__header">Made</th>
                <th scope="col" class="govuk-table__header">Email</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (n of list.value.items; track n.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ n.userName }}<br /><span class="govuk-hint govuk-!-margin-0">{{ n.userEmail }}</span></td>
                  <td class="govuk-table__cell">{{ describe(n).text }}</td>
                  <td class="govuk-table__cell">{{ when(n.createdAt) }}</td>
                  <td class="govuk-table__cell">
                    <govuk-tag [text]="labels[n.delivery].text" [colour]="labels[n.delivery].colour" />
                    @if (n.attempts) {
                      <br /><span class="govuk-body-s">{{ n.attempts }} {{ n.attempts === 1 ? 'attempt' : 'attempts' }}</span>
                    }
                    @if (n.lastError) {
                      <br /><span class="govuk-body-s" data-testid="last-error">{{ n.lastError }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="list.value.page" [pageSize]="list.value.pageSize" [total]="list.value.total" landmarkLabel="Pages of deliveries" />
        } @else {
          <p class="govuk-body" data-testid="empty">{{ filter() === 'failed' ? 'No email has failed.' : 'No notices yet.' }}</p>
        }
      }
    }
  `,
})
export class DeliveriesPage {
  private readonly api = inject(NotificationsApi);
  protected readonly labels = DELIVERY_LABELS;
  protected readonly describe = describeNotice;

  /** From the URL: ?delivery=failed (the default view), another state, or `all`. */
  readonly delivery = input<string | undefined>();
  readonly page = input<string | undefined>();
  protected readonly filter = computed<NotificationDelivery | null>(() => {
    const d = this.delivery();
    if (d === undefined || d === '') return 'failed';
    return (NOTIFICATION_DELIVERIES as readonly string[]).includes(d) ? (d as NotificationDelivery) : null;
  });
  private readonly query = computed(() => ({ page: Math.max(1, Number(this.page() ?? 1) || 1), delivery: this.filter() }), { equal: (a, b) => a.page === b.page && a.delivery === b.delivery });
  protected readonly list = toSignal(toObservable(this.query).pipe(switchMap((q) => loadable(this.api.deliveries(q.page, q.delivery)))), { initialValue: LOADING });

  protected when(iso: string): string {
    return formatLondonDateTime(iso);
  }
}
