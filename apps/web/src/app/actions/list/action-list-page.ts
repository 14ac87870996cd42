import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, type Params } from '@angular/router';
import type { ActionResponse, FieldError, Page, ProblemDetails } from '@send/contracts';
import { GovukErrorSummary, GovukNotificationBanner, GovukPagination } from '@send/web-ui';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import { toHttpParams, urlFilters, type QueryValue } from '../../core/url-state';
import { ACTION_WRITERS } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { ActionsApi } from '../actions-api';
import { summaryItems } from '../shared/field-errors';
import { ActionFilterPanel } from './action-filter-panel';
import { ActionTable } from './action-table';
import { ExportDownload } from '../../core/export-download';
import { FilterPanelPreference, FilterToggle } from '../../core/filter-toggle';
import { PAGE_SIZE, apiFilters, clearFilterParams, hasFilters, nextSort, resultsLine, sortDirection, viewFromParams, type SortColumn } from './action-list-query';

interface ListState {
  readonly loading: boolean;
  /** The last page that loaded: kept on screen while the next one loads, so focus and place are not lost. */
  readonly page: Page<ActionResponse> | null;
  readonly problem: ProblemDetails | null;
}

const SORT_NAMES: Record<SortColumn, string> = { reference: 'reference', title: 'title', dueOn: 'due date', status: 'status' };

/** The action log: MOJ filter layout, a table sorted and paged by the API, everything in the URL. */
@Component({
  selector: 'app-action-list-page',
  imports: [RouterLink, GovukErrorSummary, GovukNotificationBanner, GovukPagination, ActionFilterPanel, ActionTable, ExportDownload, FilterToggle],
  providers: [ActionLookups],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-list-page.html',
  // A narrower filter column (MOJ's minimum is 260px) leaves the table its columns at 1280px.
  styles: `
    @media (min-width: 48.0625em) {
      .moj-filter-layout__filter {
        max-width: 320px;
        margin-right: 20px;
      }
    }
  `,
})
export class ActionListPage {
  private readonly api = inject(ActionsApi);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly filters = urlFilters();
  protected readonly filterPanel = inject(FilterPanelPreference);

  protected readonly view = computed(() => viewFromParams(this.filters.params()));
  protected readonly exportParams = computed(() => toHttpParams(apiFilters(this.view()) as unknown as Record<string, QueryValue>));
  /** The page as shown, printed by the server: same filters, order and page. */
  protected readonly pdfUrl = computed(() => `/api/print/actions?${this.exportParams().toString()}`);
  protected readonly canCreate = computed(() => this.session.hasRole(...ACTION_WRITERS));
  protected readonly filtered = computed(() => hasFilters(this.view()));
  protected readonly clearParams = clearFilterParams();
  protected readonly pageSize = PAGE_SIZE;
  protected readonly filterErrors = signal<FieldError[]>([]);
  protected readonly filterErrorItems = computed(() => summaryItems(this.filterErrors(), { dueFrom: 'dueFrom-day', dueTo: 'dueTo-day' }));

  protected readonly list = toSignal(
    toObservable(this.view).pipe(
      switchMap((view) =>
        this.api.list(apiFilters(view)).pipe(
          map((page): ListState | null => ({ loading: false, page, problem: null })),
          catchError((error: unknown) => of<ListState>({ loading: false, page: null, problem: problemOf(error) })),
          startWith(null),
        ),
      ),
      scan((previous: ListState, next: ListState | null) => next ?? { ...previous, loading: true }, { loading: true, page: null, problem: null }),
    ),
    { initialValue: { loading: true, page: null, problem: null } },
  );

  protected readonly organisationName = toSignal(
    toObservable(computed(() => this.view().organisationId)).pipe(
      switchMap((id) => (id ? this.api.organisation(id).pipe(map((o): string | null => o.name), catchError(() => of(null))) : of(null))),
    ),
    { initialValue: null },
  );

  protected readonly results = computed(() => {
    const page = this.list().page;
    return page ? resultsLine(page.page, page.pageSize, page.total, page.totalIsLowerBound, page.items.length) : '';
  });

  /** Said once each list has loaded, so a sort or a filter is confirmed without moving focus. */
  protected readonly announcement = computed(() => {
    const { loading, page, problem } = this.list();
    if (loading) return 'Loading actions';
    if (problem) return 'The action log could not be shown';
    if (!page) return '';
    const sort = this.view().sort ?? 'dueOn';
    const column = (sort.replace(/^-/, '') as SortColumn) in SORT_NAMES ? (sort.replace(/^-/, '') as SortColumn) : 'dueOn';
    return `${this.results()}, sorted by ${SORT_NAMES[column]}, ${sortDirection(sort, column)}`;
  });

  protected readonly problemMessages = computed(() => {
    const problem = this.list().problem;
    if (!problem) return [];
    return problem.errors?.length ? problem.errors.map((e) => e.message.charAt(0).toUpperCase() + e.message.slice(1)) : [problem.detail];
  });

  protected apply(changes: Params): void {
    void this.filters.update(changes);
  }

  protected async sortBy(column: SortColumn): Promise<void> {
    await this.filters.update({ sort: nextSort(this.view().sort, column) });
    // Every navigation sends focus to the h1 (core/focus-on-navigation, a mixedReadWrite hook); a sort should leave it
    // on the button pressed, so this runs in the later read phase of the same render.
    afterNextRender({ read: () => document.getElementById(`sort-${column}`)?.focus() }, { injector: this.injector });
  }
}
