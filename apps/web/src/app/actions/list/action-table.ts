import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionResponse } from '@send/contracts';
import { GovukTag, formatLondonDate } from '@send/web-ui';
import { KIND_LABELS, STATUS_COLOURS, STATUS_LABELS } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { declarePrintMarking } from '../../core/print-marking';
import { sortDirection, type SortColumn } from './action-list-query';

interface Column {
  readonly key: string;
  readonly text: string;
  /** Set for the columns the API sorts by. */
  readonly sort?: SortColumn;
}

const COLUMNS: readonly Column[] = [
  { key: 'reference', text: 'Reference', sort: 'reference' },
  { key: 'title', text: 'Title', sort: 'title' },
  { key: 'owner', text: 'Owner' },
  { key: 'raisedBy', text: 'Raised by' },
  { key: 'themes', text: 'Themes' },
  { key: 'dueOn', text: 'Due date', sort: 'dueOn' },
  { key: 'status', text: 'Status', sort: 'status' },
  { key: 'kind', text: 'Kind' },
];

/**
 * The action log table with MOJ sortable-table headers (aria-sort and a button per sortable column) written out
 * here, without MOJ's script: sorting is the API's, so a button asks the page to change the URL.
 */
@Component({
  selector: 'app-action-table',
  imports: [RouterLink, GovukTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .govuk-table__header,
    .govuk-table__cell {
      padding-right: 10px;
    }
    .app-action-table__row--overdue > :first-child {
      box-shadow: inset 5px 0 0 var(--govuk-error-colour, #ca3535);
      padding-left: 15px;
    }
    .app-action-table__overdue {
      display: inline-block;
      margin-top: 5px;
    }
  `,
  template: `
    <div class="app-table-pane" tabindex="0" role="region" aria-label="Actions, scrollable">
    <table class="govuk-table govuk-!-font-size-16 app-table--stack" data-testid="actions-table">
      <caption class="govuk-table__caption govuk-visually-hidden">Actions (column headers with buttons are sortable)</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          @for (column of columns(); track column.key) {
            @if (column.sort; as sort) {
              <th scope="col" class="govuk-table__header" [attr.aria-sort]="column.direction">
                <button type="button" [id]="'sort-' + sort" [attr.data-index]="$index" (click)="sortBy.emit(sort)">
                  {{ column.text }}
                  @switch (column.direction) {
                    @case ('ascending') {
                      <svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg">
                        <path d="M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z" fill="currentColor" />
                      </svg>
                    }
                    @case ('descending') {
                      <svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg">
                        <path d="M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z" fill="currentColor" />
                      </svg>
                    }
                    @default {
                      <svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg">
                        <path d="M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z" fill="currentColor" />
                        <path d="M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z" fill="currentColor" />
                      </svg>
                    }
                  }
                </button>
              </th>
            } @else {
              <th scope="col" class="govuk-table__header">{{ column.text }}</th>
            }
          }
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        @for (action of rows(); track action.id) {
          <tr class="govuk-table__row" [class.app-action-table__row--overdue]="action.overdue" [attr.data-reference]="action.reference">
            <td class="govuk-table__cell" data-label="Reference">{{ action.reference }}</td>
            <td class="govuk-table__cell" data-label="Title"><a class="govuk-link" [routerLink]="['/actions', action.id]">{{ action.title }}</a></td>
            <td class="govuk-table__cell" data-label="Owner">{{ action.ownerName ?? 'No owner' }}</td>
            <td class="govuk-table__cell" data-label="Raised by">{{ action.raisedByName ?? 'Not recorded' }}</td>
            <td class="govuk-table__cell" data-label="Themes">{{ action.themesText }}</td>
            <td class="govuk-table__cell" data-label="Due date">
              {{ action.due }}
              @if (action.overdue) {
                <br /><govuk-tag class="app-action-table__overdue" text="Overdue" colour="red" />
              }
            </td>
            <td class="govuk-table__cell" data-label="Status"><govuk-tag [text]="action.statusText" [colour]="action.statusColour" /></td>
            <td class="govuk-table__cell" data-label="Kind">{{ action.kindText }}</td>
          </tr>
        }
      </tbody>
    </table>
    </div>
  `,
})
export class ActionTable {
  readonly actions = input.required<readonly ActionResponse[]>();
  readonly sort = input<string | null>(null);
  readonly sortBy = output<SortColumn>();
  private readonly lookups = inject(ActionLookups);

  constructor() {
    declarePrintMarking(computed(() => this.actions().some((action) => action.classification === 'OFFICIAL_SENSITIVE')));
  }

  protected readonly columns = computed(() => COLUMNS.map((column) => ({ ...column, direction: column.sort ? sortDirection(this.sort(), column.sort) : null })));

  protected readonly rows = computed(() =>
    this.actions().map((action) => ({
      ...action,
      due: action.dueOn ? formatLondonDate(action.dueOn) : 'No due date',
      statusText: STATUS_LABELS[action.status],
      statusColour: STATUS_COLOURS[action.status],
      kindText: KIND_LABELS[action.kind],
      themesText: this.lookups.themes() === null ? '' : action.themeIds.map((id) => this.lookups.themeName(id)).join(', ') || 'None',
    })),
  );
}
