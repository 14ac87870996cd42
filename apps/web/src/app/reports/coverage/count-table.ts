import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A data table of counts: a heading column of names, then one numeric column per figure. */
export interface Counts {
  caption: string;
  /** The heading over the names. */
  label: string;
  columns: string[];
  rows: { key: string; name: string; counts: number[] }[];
}

/** The table beside each chart, so every figure can be read as text (the charts are hidden from screen readers). */
@Component({
  selector: 'app-count-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="govuk-table govuk-!-font-size-16" [attr.data-testid]="testId()">
      <caption class="govuk-table__caption govuk-table__caption--s">{{ table().caption }}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">{{ table().label }}</th>
          @for (column of table().columns; track $index) {
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">{{ column }}</th>
          }
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        @for (row of table().rows; track row.key) {
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">{{ row.name }}</th>
            @for (count of row.counts; track $index) {
              <td class="govuk-table__cell govuk-table__cell--numeric">{{ count }}</td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class CountTable {
  readonly table = input.required<Counts>();
  readonly testId = input<string>();
}
