import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukErrorSummary, GovukPagination, formatResultCount, type ErrorSummaryItem, type GovukSelectOption } from '@send/web-ui';
import { catchError, map, of, type Observable } from 'rxjs';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import { sameQuery, urlFilters } from '../../core/url-state';
import { PHASE_LABELS } from '../labels';
import { LookupsApi } from '../lookups-api';
import { PositionsApi } from '../positions-api';
import { MatrixFilters } from './matrix-filters';
import { MATRIX_PAGE_SIZE, NAME_MAX, anyFilter, readMatrixFilters, readPage, toMatrixRequest, toQueryParams, type MatrixFilterValues } from './matrix-query';
import { MatrixTable } from './matrix-table';
import { StanceKey } from './stance-key';
import { WhatMoved } from '../moves/what-moved';

/** Options for a filter; a lookup that fails leaves its filter with only "All" rather than failing the page. */
function options<T>(source: Observable<T>, toOptions: (value: T) => GovukSelectOption[]) {
  return toSignal(source.pipe(map(toOptions), catchError(() => of([]))), { initialValue: [] });
}

/** /positions: every organisation's current stance on every proposal, filtered through the URL. */
@Component({
  selector: 'app-matrix-page',
  imports: [RouterLink, GovukErrorSummary, GovukPagination, MatrixFilters, MatrixTable, StanceKey, WhatMoved],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matrix-page.html',
})
export class MatrixPage {
  private readonly api = inject(PositionsApi);
  private readonly lookups = inject(LookupsApi);
  private readonly session = inject(SessionStore);
  private readonly url = urlFilters();

  protected readonly canRecord = computed(() => this.session.hasRole('admin', 'recorder'));
  protected readonly values = computed(() => readMatrixFilters(this.url.params()));
  protected readonly page = computed(() => readPage(this.url.params()));
  protected readonly pageSize = MATRIX_PAGE_SIZE;
  protected readonly filtered = computed(() => anyFilter(this.values()));
  protected readonly filterErrors = signal<ErrorSummaryItem[]>([]);

  protected readonly themes = options(this.lookups.themes(), (r) => r.items.map((t) => ({ value: t.id, text: t.name })));
  protected readonly groups = options(this.lookups.groups(), (r) => r.items.map((g) => ({ value: g.id, text: g.name })));
  /** The managed phases: the matrix's phase filter, and the periods of "what moved". */
  protected readonly phaseList = toSignal(this.lookups.phases().pipe(map((r) => r.items), catchError(() => of([]))), { initialValue: [] });
  protected readonly phases = computed<GovukSelectOption[]>(() => this.phaseList().map((p) => ({ value: p.key, text: p.name })));

  /** The same filters are the same request, whatever else in the URL changed ("what moved" keeps its own there). */
  private readonly request = computed(() => toMatrixRequest(this.values(), this.page()), { equal: sameQuery });
  protected readonly matrix = rxResource({
    params: () => this.request(),
    stream: ({ params }) => this.api.matrix(params),
  });
  protected readonly problem = computed(() => {
    const error = this.matrix.error();
    return error ? problemOf(error).detail : null;
  });

  protected readonly countText = computed(() => {
    const m = this.matrix.hasValue() ? this.matrix.value() : null;
    if (!m) return '';
    const noun = m.total === 1 && !m.totalIsLowerBound ? 'organisation' : 'organisations';
    const from = (m.page - 1) * m.pageSize + 1;
    const to = from + m.rows.length - 1;
    const count = `${formatResultCount(m.total, m.totalIsLowerBound)} ${noun}`;
    return m.rows.length && (m.page > 1 || m.totalIsLowerBound || m.total > m.rows.length) ? `Showing ${from} to ${to} of ${count}` : count;
  });

  protected readonly caption = computed(() => {
    const phase = this.values().phase;
    const name = phase ? (this.phases().find((p) => p.value === phase)?.text ?? PHASE_LABELS[phase]) : null;
    return name ? `Latest position in the ${name} phase, by organisation and proposal` : 'Current position, by organisation and proposal';
  });

  protected apply(values: MatrixFilterValues): void {
    if (values.q.length > NAME_MAX) {
      this.filterErrors.set([{ text: `Organisation name must be ${NAME_MAX} characters or fewer`, href: '#q' }]);
      return;
    }
    this.filterErrors.set([]);
    void this.url.update(toQueryParams(values));
  }
}
