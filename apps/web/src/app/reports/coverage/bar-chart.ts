import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** GOV.UK palette; each colour has the text colour that meets contrast on it. */
export type ChartColour = 'blue' | 'orange' | 'green' | 'teal' | 'grey' | 'red' | 'purple';

export interface ChartSeries {
  name: string;
  colour: ChartColour;
}

export interface ChartRow {
  label: string;
  /** One value per series. */
  values: readonly number[];
}

/**
 * Horizontal bars drawn with CSS, no chart library. Every bar carries its number (and, with several series, the
 * series name) as text, so nothing is told by colour alone; stacked segments show their numbers and follow the key's
 * order. The chart is hidden from assistive technology because the data table beside it says the same.
 */
@Component({
  selector: 'app-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; }
    .app-chart__key { display: flex; flex-wrap: wrap; gap: 5px 20px; margin: 0 0 15px; padding: 0; list-style: none; }
    .app-chart__swatch { display: inline-block; width: 14px; height: 14px; margin-right: 5px; vertical-align: middle; border: 1px solid #0b0c0c; }
    .app-chart__row { display: grid; grid-template-columns: minmax(6rem, 2fr) 5fr; gap: 10px; align-items: center; padding: 4px 0; border-bottom: 1px solid #f3f2f1; }
    .app-chart__label { overflow-wrap: anywhere; }
    .app-chart__line { display: flex; align-items: center; gap: 6px; min-height: 22px; }
    .app-chart__bar { display: inline-block; height: 18px; min-width: 2px; }
    .app-chart__bar--zero { min-width: 0; }
    .app-chart__stack { display: flex; height: 24px; flex: 0 1 auto; }
    .app-chart__segment { display: block; height: 24px; line-height: 24px; text-align: center; overflow: hidden; white-space: nowrap; border-right: 2px solid #fff; }
    .app-chart__c-blue { background: #1d70b8; color: #fff; }
    .app-chart__c-orange { background: #f47738; color: #0b0c0c; }
    .app-chart__c-green { background: #00703c; color: #fff; }
    .app-chart__c-teal { background: #28a197; color: #0b0c0c; }
    .app-chart__c-grey { background: #b1b4b6; color: #0b0c0c; }
    .app-chart__c-red { background: #d4351c; color: #fff; }
    .app-chart__c-purple { background: #4c2c92; color: #fff; }
  `,
  template: `
    <div class="app-chart govuk-body-s" aria-hidden="true" data-testid="chart">
      @if (series().length > 1) {
        <ul class="app-chart__key">
          @for (s of series(); track s.name) {
            <li><span class="app-chart__swatch" [class]="'app-chart__swatch app-chart__c-' + s.colour"></span>{{ s.name }}</li>
          }
        </ul>
      }
      @for (row of rows(); track $index) {
        <div class="app-chart__row">
          <span class="app-chart__label">{{ row.label }}</span>
          @if (stacked()) {
            <span class="app-chart__line">
              <span class="app-chart__stack" [style.width.%]="percent(total(row))">
                @for (value of row.values; track $index) {
                  @if (value > 0) {
                    <span [class]="'app-chart__segment app-chart__c-' + series()[$index].colour" [style.flex-grow]="value">{{ value }}</span>
                  }
                }
              </span>
              <span>{{ total(row) }}</span>
            </span>
          } @else {
            <span>
              @for (value of row.values; track $index) {
                <span class="app-chart__line">
                  <span [class]="'app-chart__bar app-chart__c-' + series()[$index].colour" [class.app-chart__bar--zero]="value === 0" [style.width.%]="percent(value)"></span>
                  <span>{{ series().length > 1 ? series()[$index].name + ': ' : '' }}{{ value }}</span>
                </span>
              }
            </span>
          }
        </div>
      }
    </div>
  `,
})
export class BarChart {
  readonly rows = input.required<readonly ChartRow[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /** One bar per row, its segments the series; otherwise one bar per series. */
  readonly stacked = input(false);

  private readonly max = computed(() => Math.max(1, ...this.rows().flatMap((r) => (this.stacked() ? [this.total(r)] : r.values))));

  protected total(row: ChartRow): number {
    return row.values.reduce((a, b) => a + b, 0);
  }

  /** Leaves room beside the longest bar for its number. */
  protected percent(value: number): number {
    return (value / this.max()) * 85;
  }
}
