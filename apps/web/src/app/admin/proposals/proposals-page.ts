import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink, GovukPagination, GovukTag } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { urlFilters } from '../../core/url-state';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { PROPOSAL_STATUS_LABELS } from '../shared/labels';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { ProposalsApi } from './proposals-api';

const PAGE_SIZE = 25;

@Component({
  selector: 'app-proposals-page',
  imports: [RouterLink, GovukBackLink, GovukPagination, GovukTag, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Proposals</h1>
    <p class="govuk-body">The reform proposals organisations give their positions on, with the themes each belongs to.</p>
    <a routerLink="/admin/proposals/new" class="govuk-button" role="button" draggable="false" data-module="govuk-button">Add a proposal</a>
    <app-load-status [state]="proposals()" what="the proposals" />
    @if (proposals(); as proposals) {
      @if (proposals.state === 'ready') {
        @if (proposals.value.items.length) {
          <table class="govuk-table" data-testid="proposals-table">
            <caption class="govuk-table__caption govuk-table__caption--m">{{ proposals.value.total }} {{ proposals.value.total === 1 ? 'proposal' : 'proposals' }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Proposal</th>
                <th scope="col" class="govuk-table__header">Themes</th>
                <th scope="col" class="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (proposal of proposals.value.items; track proposal.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/admin/proposals', proposal.id]">{{ proposal.title }}</a>
                  </td>
                  <td class="govuk-table__cell">
                    @if (proposal.themes.length) {
                      <ul class="govuk-list govuk-!-margin-bottom-0">
                        @for (theme of proposal.themes; track theme.id) {
                          <li>{{ theme.name }}</li>
                        }
                      </ul>
                    } @else {
                      None
                    }
                  </td>
                  <td class="govuk-table__cell">
                    <govuk-tag [text]="statuses[proposal.status].text" [colour]="statuses[proposal.status].colour" />
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <govuk-pagination [page]="proposals.value.page" [pageSize]="pageSize" [total]="proposals.value.total" [totalIsLowerBound]="proposals.value.totalIsLowerBound" landmarkLabel="Proposals pages" />
        } @else {
          <p class="govuk-body" data-testid="empty">There are no proposals yet. Add the first one.</p>
        }
      }
    }
  `,
})
export class ProposalsPage {
  private readonly api = inject(ProposalsApi);
  private readonly filters = urlFilters();

  protected readonly flash = inject(AdminFlash).take();
  protected readonly statuses = PROPOSAL_STATUS_LABELS;
  protected readonly pageSize = PAGE_SIZE;
  private readonly page = computed(() => Math.max(1, Number(this.filters.get('page')) || 1));
  protected readonly proposals = toSignal(toObservable(this.page).pipe(switchMap((page) => loadable(this.api.list({ page, pageSize: PAGE_SIZE })))), { initialValue: LOADING });
}
