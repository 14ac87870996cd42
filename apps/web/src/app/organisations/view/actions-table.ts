import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionResponse } from '@send/contracts';
import { GovukTag, formatLondonDate } from '@send/web-ui';
import { ACTION_STATUS_TAGS, tagOf } from '../labels';

/** A short table of actions: reference, title, status (with overdue called out in words) and due date. */
@Component({
  selector: 'app-actions-table',
  imports: [RouterLink, GovukTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <table class="govuk-table govuk-table--small-text-until-tablet" [attr.aria-labelledby]="captionId()" [attr.data-testid]="testId()">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Reference</th>
            <th scope="col" class="govuk-table__header">Action</th>
            <th scope="col" class="govuk-table__header">Status</th>
            <th scope="col" class="govuk-table__header">Due</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (row of rows(); track row.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/actions', row.id]">{{ row.reference }}</a></td>
              <td class="govuk-table__cell">
                {{ row.title }}
                @if (row.commitment) {
                  <br /><span class="govuk-body-s">Ministerial commitment</span>
                }
              </td>
              <td class="govuk-table__cell">
                <govuk-tag [text]="row.status.text" [colour]="row.status.colour" />
                @if (row.overdue) {
                  &ngsp;<govuk-tag text="Overdue" colour="red" />
                }
              </td>
              <td class="govuk-table__cell">{{ row.due }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="govuk-body" [attr.data-testid]="testId()">{{ empty() }}</p>
    }
  `,
})
export class ActionsTable {
  readonly actions = input.required<readonly ActionResponse[]>();
  /** The id of the heading that names the table. */
  readonly captionId = input.required<string>();
  readonly empty = input.required<string>();
  readonly testId = input<string | null>(null);

  protected readonly rows = computed(() =>
    this.actions().map((action) => ({
      id: action.id,
      reference: action.reference,
      title: action.title,
      commitment: action.kind === 'ministerial_commitment',
      status: tagOf(ACTION_STATUS_TAGS, action.status),
      overdue: action.overdue,
      due: action.dueOn ? formatLondonDate(action.dueOn) : 'No due date',
    })),
  );
}
