import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CoverageFilters } from '@send/contracts';
import { GovukBackLink, GovukDateInput, GovukErrorSummary, INVALID_DATE, formatLondonDate, isRealIsoDate, type ErrorSummaryItem } from '@send/web-ui';
import { problemOf } from '../../core/problem';
import { urlFilters } from '../../core/url-state';
import { BarChart, type ChartSeries } from './bar-chart';
import { CoverageApi } from './coverage-api';
import { CoverageGrid } from './coverage-grid';
import { STANCE_SERIES, charts, tables } from './coverage-labels';
import { ReportFailed } from '../shared/report-failed';
import { CountTable } from './count-table';

const LABELS: Record<string, string> = { from: 'From', to: 'To' };

/** /reports/coverage: who has been heard, where, on which principles and by whom, over a date range in the URL. */
@Component({
  selector: 'app-coverage-page',
  imports: [ReactiveFormsModule, GovukBackLink, GovukDateInput, GovukErrorSummary, BarChart, CountTable, CoverageGrid, ReportFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coverage-page.html',
  styles: `
    .app-range { display: flex; flex-wrap: wrap; gap: 0 30px; align-items: flex-end; }
    .app-pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 30px; margin-bottom: 30px; }
    @media (min-width: 64em) { .app-pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
    .app-scroll { overflow-x: auto; }
    .app-scroll:focus { outline: 3px solid #fd0; }
  `,
})
export class CoveragePage {
  private readonly api = inject(CoverageApi);
  private readonly url = urlFilters();

  protected readonly charts = charts;
  protected readonly tables = tables;
  protected readonly date = formatLondonDate;
  protected readonly series = {
    meetings: [{ name: 'Meetings', colour: 'blue' }] as ChartSeries[],
    organisations: [{ name: 'Organisations heard', colour: 'blue' }] as ChartSeries[],
    ministers: [{ name: 'Meetings', colour: 'blue' }, { name: 'Organisations heard', colour: 'orange' }] as ChartSeries[],
    actions: [{ name: 'Opened', colour: 'blue' }, { name: 'Closed', colour: 'green' }] as ChartSeries[],
    stances: STANCE_SERIES,
  };

  /** A hand-edited URL drops dates that are not real rather than failing the page. */
  protected readonly filters = computed<CoverageFilters>(() => {
    const day = (key: string) => (isRealIsoDate(this.url.get(key) ?? '') ? (this.url.get(key) as string) : undefined);
    return { from: day('from'), to: day('to') };
  });

  protected readonly form = new FormGroup({ from: new FormControl<string | null>(null), to: new FormControl<string | null>(null) });
  protected readonly formErrors = signal<ErrorSummaryItem[]>([]);

  protected readonly report = rxResource({ params: () => this.filters(), stream: ({ params }) => this.api.report(params) });
  private readonly problem = computed(() => (this.report.error() ? problemOf(this.report.error()) : null));
  /** A refused range is the user's to fix, beside the field; anything else is the page failing. */
  protected readonly failure = computed(() => {
    const p = this.problem();
    return p && !p.errors?.length ? p.detail : null;
  });
  protected readonly errors = computed<ErrorSummaryItem[]>(() => [
    ...this.formErrors(),
    ...(this.problem()?.errors ?? []).map((e) => ({ text: e.message, href: `#${e.field in LABELS ? e.field : 'from'}-day` })),
  ]);

  constructor() {
    effect(() => {
      const f = this.filters();
      untracked(() => this.form.setValue({ from: f.from ?? null, to: f.to ?? null }));
    });
  }

  protected errorFor(field: 'from' | 'to'): string | null {
    return this.errors().find((e) => e.href === `#${field}-day`)?.text ?? null;
  }

  protected apply(): void {
    const { from, to } = this.form.getRawValue();
    const problems: ErrorSummaryItem[] = [];
    for (const [field, value] of [['from', from], ['to', to]] as const) {
      if (value === INVALID_DATE) problems.push({ text: `${LABELS[field]} must be a real date, like 27 3 2026`, href: `#${field}-day` });
    }
    if (!problems.length && from && to && from > to) problems.push({ text: 'From must be on or before To', href: '#from-day' });
    this.formErrors.set(problems);
    if (problems.length) return;
    void this.url.update({ from: from || null, to: to || null });
  }
}
