import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { REGIONS, REGION_LABELS, type CoverageCount, type CoverageResponse, type Region } from '@send/contracts';

interface GridCell extends CoverageCount {
  key: string;
}

/**
 * Principles (rows) × regions (columns): meetings and distinct organisations heard in each, with totals. Every region
 * is a column, so gaps show as "None" in words. The table scrolls sideways inside a focusable, labelled region.
 */
@Component({
  selector: 'app-coverage-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-grid { overflow-x: auto; margin-bottom: 30px; }
    .app-grid:focus { outline: 3px solid #fd0; outline-offset: 0; }
    .app-grid td, .app-grid th { white-space: nowrap; }
    .app-grid__none { color: #505a5f; }
  `,
  template: `
    <div class="app-grid" role="region" [attr.aria-labelledby]="titleId()" tabindex="0" data-testid="grid">
      <table class="govuk-table govuk-!-font-size-16">
        <caption class="govuk-table__caption govuk-table__caption--s">Each cell: meetings / organisations heard</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Principle</th>
            @for (column of columns(); track column.key) {
              <th scope="col" class="govuk-table__header">{{ column.label }}</th>
            }
            <th scope="col" class="govuk-table__header">All regions</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track row.key) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">{{ row.label }}</th>
              @for (cell of row.cells; track cell.key) {
                <td class="govuk-table__cell">
                  @if (cell.meetings) {
                    {{ cell.meetings }}<span class="govuk-visually-hidden"> meetings,</span> / {{ cell.organisations }}<span class="govuk-visually-hidden"> organisations</span>
                  } @else {
                    <span class="app-grid__none">None</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class CoverageGrid {
  readonly report = input.required<CoverageResponse>();
  /** The id of the visible heading that names the table's region. */
  readonly titleId = input.required<string>();

  protected readonly columns = computed(() => [
    ...REGIONS.map((r) => ({ key: r as string, region: r as Region | null, label: REGION_LABELS[r] })),
    { key: 'none', region: null, label: 'No region' },
  ]);

  protected readonly rows = computed(() => {
    const r = this.report();
    const find = <T extends CoverageCount>(items: readonly T[], match: (item: T) => boolean): CoverageCount => items.find(match) ?? { meetings: 0, organisations: 0 };
    const themes = [...r.themes.map((t) => ({ id: t.id as string | null, name: t.name })), { id: null, name: 'No principle' }];
    const body = themes
      .filter((t) => t.id !== null || r.themeTotals.some((x) => x.themeId === null))
      .map((t) => ({
        key: t.id ?? 'none',
        label: t.name,
        cells: [
          ...this.columns().map((c): GridCell => ({ key: c.key, ...find(r.cells, (x) => x.themeId === t.id && x.region === c.region) })),
          { key: 'all', ...find(r.themeTotals, (x) => x.themeId === t.id) },
        ],
      }));
    const totals = {
      key: 'all',
      label: 'All principles',
      cells: [...this.columns().map((c): GridCell => ({ key: c.key, ...find(r.regionTotals, (x) => x.region === c.region) })), { key: 'all', ...r.total }],
    };
    return [...body, totals];
  });
}
