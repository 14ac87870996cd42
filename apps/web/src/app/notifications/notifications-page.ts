import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { NotificationResponse } from '@send/contracts';
import { GovukPagination, GovukTag, formatLondonDateTime } from '@send/web-ui';
import { combineLatest, firstValueFrom, switchMap } from 'rxjs';
import { LOADING, loadable } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { SessionStore } from '../core/session';
import { DELIVERY_LABELS, describeNotice } from './notification-labels';
import { NeedsMeStore } from './needs-me';
import { NotificationsApi } from './notifications-api';

/** /notifications: what needs me now, and every notice sent to me with how its email went. */
@Component({
  selector: 'app-notifications-page',
  imports: [RouterLink, GovukTag, GovukPagination, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">Notifications</h1>
    @if (needs.needs(); as needs) {
      <h2 class="govuk-heading-m">What needs you</h2>
      <ul class="govuk-list govuk-list--bullet" data-testid="needs-me-summary">
        <li><a class="govuk-link" routerLink="/actions" [queryParams]="{ owner: 'me' }">{{ plural(needs.actionsOverdue, 'action', 'actions') }} overdue</a></li>
        <li><a class="govuk-link" routerLink="/actions" [queryParams]="{ owner: 'me' }">{{ plural(needs.actionsDueThisWeek, 'action', 'actions') }} due this week</a></li>
        @if (reviews()) {
          <li><a class="govuk-link" routerLink="/meetings" [queryParams]="{ status: 'submitted' }">{{ plural(needs.meetingsAwaitingReview, 'meeting record', 'meeting records') }} awaiting review</a></li>
        }
        <li><a class="govuk-link" routerLink="/requests">{{ plural(needs.requestsDue, 'information request', 'information requests') }} due within a week</a></li>
        @if (reviews()) {
          <li><a class="govuk-link" routerLink="/parliament">{{ plural(needs.parliamentDue, 'response to Parliament', 'responses to Parliament') }} due within a week</a></li>
        }
        <li>{{ plural(needs.unreadNotifications, 'unread notification', 'unread notifications') }}</li>
      </ul>
    }
    <p class="govuk-body"><a class="govuk-link" routerLink="/notifications/preferences">Choose which emails you get</a></p>
    @if (session.role() === 'admin') {
      <p class="govuk-body"><a class="govuk-link" routerLink="/notifications/deliveries">See every email sent and any that failed</a></p>
    }
    <h2 class="govuk-heading-m">Sent to you</h2>
    <app-load-status [state]="list()" what="your notifications" />
    @if (list(); as list) {
      @if (list.state === 'ready') {
        @if (list.value.items.length) {
          <div class="govuk-button-group">
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="markAllRead()" [disabled]="busy()">Mark all as read</button>
          </div>
          <table class="govuk-table" data-testid="notifications">
            <caption class="govuk-table__caption govuk-visually-hidden">Your notifications, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Notification</th>
                <th scope="col" class="govuk-table__header">When</th>
                <th scope="col" class="govuk-table__header">Email</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Read</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (n of list.value.items; track n.id) {
                @let says = describe(n);
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    @if (!n.readAt) {
                      <strong class="govuk-tag govuk-tag--blue govuk-!-margin-right-1">New</strong>
                    }
                    {{ says.text }}
                    @if (says.linkText) {
                      <br /><a class="govuk-link" [routerLink]="n.link" (click)="markRead(n)">{{ says.linkText }}</a>
                    }
                  </td>
                  <td class="govuk-table__cell">{{ when(n.createdAt) }}</td>
                  <td class="govuk-table__cell"><govuk-tag [text]="labels[n.delivery].text" [colour]="labels[n.delivery].colour" /></td>
                  <td class="govuk-table__cell">
                    @if (!n.readAt) {
                      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" (click)="markRead(n)" [disabled]="busy()">
                        Mark as read<span class="govuk-visually-hidden">: {{ says.text }}, {{ when(n.createdAt) }}</span>
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="list.value.page" [pageSize]="list.value.pageSize" [total]="list.value.total" landmarkLabel="Pages of notifications" />
        } @else {
          <p class="govuk-body" data-testid="empty">You have no notifications yet.</p>
        }
      }
    }
  `,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  protected readonly needs = inject(NeedsMeStore);
  protected readonly session = inject(SessionStore);
  protected readonly labels = DELIVERY_LABELS;
  protected readonly describe = describeNotice;
  protected readonly busy = signal(false);
  private readonly reload = signal(0);

  /** From the URL (?page=2). */
  readonly page = input<string | undefined>();
  private readonly pageNumber = computed(() => Math.max(1, Number(this.page() ?? 1) || 1));
  protected readonly reviews = computed(() => ['admin', 'reviewer'].includes(this.session.role() ?? ''));
  protected readonly list = toSignal(
    combineLatest([toObservable(this.pageNumber), toObservable(this.reload)]).pipe(switchMap(([page]) => loadable(this.api.mine(page)))),
    { initialValue: LOADING },
  );

  constructor() {
    this.needs.refresh();
  }

  protected when(iso: string): string {
    return formatLondonDateTime(iso);
  }

  protected plural(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
  }

  protected async markRead(n: NotificationResponse): Promise<void> {
    if (n.readAt) return;
    await this.change(() => firstValueFrom(this.api.markRead(n.id)));
  }

  protected async markAllRead(): Promise<void> {
    await this.change(() => firstValueFrom(this.api.markAllRead()));
  }

  private async change(work: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    try {
      await work();
    } finally {
      this.busy.set(false);
      this.reload.update((n) => n + 1);
      this.needs.refresh();
    }
  }
}
