import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink, type Params } from '@angular/router';
import { paginationModel, resultsSummary } from './pagination-model';

/** Page 1 is the list's plain URL, so it drops the parameter rather than adding ?page=1. */
export const pageQueryParam = (page: number): Params => ({ page: page === 1 ? null : page });

/**
 * GOV.UK pagination for a list whose page lives in the URL. Each link is a RouterLink to the current route
 * with `queryParamsFor(page)` merged into the other query parameters (filters, sort, search), so links can be
 * opened in new tabs and Back works. `pageChange` also reports plain clicks, for pages that prefer an event
 * (to move focus or track); the navigation happens either way.
 */
@Component({
  selector: 'govuk-pagination',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (showResults()) {
      <p class="govuk-body">{{ results() }}</p>
    }
    @if (links(); as links) {
      <nav class="govuk-pagination" [attr.aria-label]="landmarkLabel()">
        @if (links.previous; as previous) {
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" [routerLink]="here" [queryParams]="previous.queryParams" [queryParamsHandling]="'merge'" rel="prev" (click)="select($event, previous.page)">
              <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
              </svg>
              <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
            </a>
          </div>
        }
        <ul class="govuk-pagination__list">
          @for (item of links.items; track $index) {
            @if (item.kind === 'page') {
              <li class="govuk-pagination__item" [class.govuk-pagination__item--current]="item.current">
                <a
                  class="govuk-link govuk-pagination__link"
                  [routerLink]="here"
                  [queryParams]="item.queryParams"
                  [queryParamsHandling]="'merge'"
                  [attr.aria-label]="'Page ' + item.page"
                  [attr.aria-current]="item.current ? 'page' : null"
                  (click)="select($event, item.page)"
                  >{{ item.page }}</a
                >
              </li>
            } @else {
              <li class="govuk-pagination__item govuk-pagination__item--ellipsis">&ctdot;</li>
            }
          }
        </ul>
        @if (links.next; as next) {
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" [routerLink]="here" [queryParams]="next.queryParams" [queryParamsHandling]="'merge'" rel="next" (click)="select($event, next.page)">
              <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
              <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
              </svg>
            </a>
          </div>
        }
      </nav>
    }
  `,
})
export class GovukPagination {
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** The API's "more than `total`": no last page number, and "more than N" in the results line. */
  readonly totalIsLowerBound = input(false);
  /** The query parameters that select a page; merged into the URL's others. Set to null to remove one. */
  readonly queryParamsFor = input<(page: number) => Params>(pageQueryParam);
  readonly adjacentPages = input(1);
  readonly landmarkLabel = input('Pagination');
  /** Adds "Showing 21 to 40 of 1,234 results" above the links. */
  readonly showResults = input(false);
  /** The page a link was clicked for (plain left clicks only: new-tab clicks leave this page alone). */
  readonly pageChange = output<number>();

  /** RouterLink commands for "this route", kept as one array so the links are not rebuilt on every check. */
  protected readonly here: readonly string[] = [];

  protected readonly results = computed(() => resultsSummary(this.page(), this.pageSize(), this.total(), this.totalIsLowerBound()));

  protected readonly links = computed(() => {
    const model = paginationModel({
      page: this.page(),
      pageSize: this.pageSize(),
      total: this.total(),
      totalIsLowerBound: this.totalIsLowerBound(),
      adjacentPages: this.adjacentPages(),
    });
    if (!model.items.length) return null;
    const paramsFor = this.queryParamsFor();
    const link = (page: number | null) => (page === null ? null : { page, queryParams: paramsFor(page) });
    return {
      previous: link(model.previous),
      next: link(model.next),
      items: model.items.map((item) => (item.kind === 'page' ? { ...item, queryParams: paramsFor(item.page) } : item)),
    };
  });

  protected select(event: MouseEvent, page: number): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    this.pageChange.emit(page);
  }
}
