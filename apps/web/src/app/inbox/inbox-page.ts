import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { INBOUND_NOTE_STATUSES, type InboundNoteStatus } from '@send/contracts';
import { GovukPagination, formatLondonDateTime } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { LOADING, loadable } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { SessionStore } from '../core/session';
import { InboxApi } from './inbox-api';

const VIEWS: { status: InboundNoteStatus; text: string }[] = [
  { status: 'draft', text: 'To file' },
  { status: 'filed', text: 'Filed' },
  { status: 'discarded', text: 'Discarded' },
];

/** /inbox: notes and letters forwarded to the tracker by email, waiting to be filed against a meeting or position. */
@Component({
  selector: 'app-inbox-page',
  imports: [RouterLink, GovukPagination, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">Inbox</h1>
    <p class="govuk-body">Forward a meeting note or an organisation’s letter from your work email to the tracker’s address and it appears here as a draft, linked to the organisation its email addresses belong to. File it against a meeting or a position.</p>
    @if (session.role() === 'admin') {
      <p class="govuk-body"><a class="govuk-link" routerLink="/inbox/refused">See the emails that were refused</a></p>
    }
    <nav class="moj-sub-navigation" aria-label="Inbox views">
      <ul class="moj-sub-navigation__list">
        @for (v of views; track v.status) {
          <li class="moj-sub-navigation__item">
            <a class="moj-sub-navigation__link" [routerLink]="[]" [queryParams]="{ status: v.status === 'draft' ? null : v.status, page: null }" [attr.aria-current]="v.status === view() ? 'page' : null">{{ v.text }}</a>
          </li>
        }
      </ul>
    </nav>
    <app-load-status [state]="list()" what="the inbox" />
    @if (list(); as list) {
      @if (list.state === 'ready') {
        @if (list.value.items.length) {
          <table class="govuk-table" data-testid="inbox">
            <caption class="govuk-table__caption govuk-visually-hidden">Notes received by email, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Subject</th>
                <th scope="col" class="govuk-table__header">From</th>
                <th scope="col" class="govuk-table__header">Organisation</th>
                <th scope="col" class="govuk-table__header">Received</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (n of list.value.items; track n.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/inbox', n.id]">{{ n.subject || '(no subject)' }}</a></td>
                  <td class="govuk-table__cell">{{ n.senderName }}</td>
                  <td class="govuk-table__cell">{{ n.organisationName ?? 'Not matched' }}</td>
                  <td class="govuk-table__cell">{{ when(n.receivedAt) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="list.value.page" [pageSize]="list.value.pageSize" [total]="list.value.total" landmarkLabel="Pages of the inbox" />
        } @else {
          <p class="govuk-body" data-testid="empty">Nothing here.</p>
        }
      }
    }
  `,
})
export class InboxPage {
  private readonly api = inject(InboxApi);
  protected readonly session = inject(SessionStore);
  protected readonly views = VIEWS;
  readonly status = input<string | undefined>();
  readonly page = input<string | undefined>();
  protected readonly view = computed<InboundNoteStatus>(() => ((INBOUND_NOTE_STATUSES as readonly string[]).includes(this.status() ?? '') ? (this.status() as InboundNoteStatus) : 'draft'));
  private readonly query = computed(() => ({ status: this.view(), page: Math.max(1, Number(this.page() ?? 1) || 1) }), { equal: (a, b) => a.status === b.status && a.page === b.page });
  protected readonly list = toSignal(toObservable(this.query).pipe(switchMap((q) => loadable(this.api.list(q.status, q.page)))), { initialValue: LOADING });

  protected when(iso: string): string {
    return formatLondonDateTime(iso);
  }
}
