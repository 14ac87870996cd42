import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PositionMatrixResponse, Stance } from '@send/contracts';
import { formatLondonDate } from '@send/web-ui';
import { StanceTag } from '../stance-tag';

interface ViewCell {
  key: string;
  stance: Stance | null;
  date: string;
  /** The pair's history: every cell links there, empty ones too (it may have statements in other phases). */
  query: { organisationId: string; proposalId: string };
}

/**
 * Organisations (row headers) × proposals (column headers), each cell the current stance as a tag with its words and
 * the date it was stated. The table scrolls sideways inside a focusable, labelled region so keyboard users can
 * scroll it too (WCAG 2.1.1) and the page itself never scrolls sideways (1.4.10). The visible title sits outside the
 * region (a caption would scroll out of view on a phone); the caption repeats it for the table's own name.
 */
@Component({
  selector: 'app-matrix-table',
  imports: [RouterLink, StanceTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './matrix-table.css',
  template: `
    <div class="app-matrix" role="region" [attr.aria-labelledby]="titleId()" tabindex="0" data-testid="matrix">
      <table class="govuk-table app-matrix__table">
        <caption class="govuk-visually-hidden">{{ caption() }}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header app-matrix__corner">Organisation</th>
            @for (proposal of matrix().proposals; track proposal.id) {
              <th scope="col" class="govuk-table__header app-matrix__proposal">{{ proposal.title }}</th>
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track row.id) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header app-matrix__organisation">
                <a class="govuk-link" [routerLink]="['/organisations', row.id]">{{ row.name }}</a>
              </th>
              @for (cell of row.cells; track cell.key) {
                <td class="govuk-table__cell app-matrix__cell">
                  @if (cell.stance; as stance) {
                    <a class="govuk-link app-matrix__link" routerLink="/positions/history" [queryParams]="cell.query">
                      <app-stance-tag [stance]="stance" /><span class="govuk-visually-hidden">, stated </span>
                      <span class="app-matrix__date">{{ cell.date }}</span>
                    </a>
                  } @else {
                    <a class="govuk-link app-matrix__link app-matrix__link--none" routerLink="/positions/history" [queryParams]="cell.query">No position</a>
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
export class MatrixTable {
  readonly matrix = input.required<PositionMatrixResponse>();
  readonly caption = input.required<string>();
  /** The id of the page's visible heading for the table, which names the scroll region. */
  readonly titleId = input.required<string>();

  // Worked out once per response rather than by template calls on every check.
  protected readonly rows = computed(() => {
    const { proposals, rows } = this.matrix();
    return rows.map(({ organisation, cells }) => ({
      id: organisation.id,
      name: organisation.name,
      cells: proposals.map((proposal, index): ViewCell => {
        const cell = cells[index] ?? null;
        return {
          key: proposal.id,
          stance: cell?.stance ?? null,
          date: cell ? formatLondonDate(cell.statedOn) : '',
          query: { organisationId: organisation.id, proposalId: proposal.id },
        };
      }),
    }));
  });
}
