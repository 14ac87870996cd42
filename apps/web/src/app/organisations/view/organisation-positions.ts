import { HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { PositionResponse } from '@send/contracts';
import { GovukTag, formatLondonDate } from '@send/web-ui';
import { STANCE_TAGS, tagOf, type TagStyle } from '../labels';
import { PositionsCurrentApi } from '../positions-current-api';
import { ExportDownload } from '../../core/export-download';
import { LoadFailed } from '../../core/load-failed';

interface PositionRow {
  readonly id: string;
  readonly proposalId: string;
  readonly proposal: string;
  readonly stance: TagStyle;
  readonly statedOn: string;
  readonly meetingId: string | null;
  /** The meeting's reference, "a meeting" when the reader may not see which, or null for a written statement. */
  readonly meeting: string | null;
}

/** The organisation's latest stated position on each proposal, with a way into the history of each. */
@Component({
  selector: 'app-organisation-positions',
  imports: [RouterLink, GovukTag, LoadFailed, ExportDownload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="positions-heading" class="govuk-!-margin-top-8" data-testid="positions">
      <h2 class="govuk-heading-m" id="positions-heading">Current positions</h2>
      @if (rows(); as rows) {
        @if (rows.length) {
          <app-export-download path="/api/positions/export" [params]="exportParams()" what="these current positions" noun="current position" />
          <table class="govuk-table govuk-table--small-text-until-tablet">
            <caption class="govuk-table__caption govuk-visually-hidden">The latest position of {{ organisationName() }} on each proposal</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Proposal</th>
                <th scope="col" class="govuk-table__header">Stance</th>
                <th scope="col" class="govuk-table__header">Stated on</th>
                <th scope="col" class="govuk-table__header">Source</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">History</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (row of rows; track row.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ row.proposal }}</th>
                  <td class="govuk-table__cell"><govuk-tag [text]="row.stance.text" [colour]="row.stance.colour" /></td>
                  <td class="govuk-table__cell">{{ row.statedOn }}</td>
                  <td class="govuk-table__cell">
                    @if (row.meetingId && row.meeting) {
                      <a class="govuk-link" [routerLink]="['/meetings', row.meetingId]">{{ row.meeting }}</a>
                    } @else if (row.meetingId) {
                      A meeting you cannot see
                    } @else {
                      Written statement
                    }
                  </td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" routerLink="/positions/history" [queryParams]="{ organisationId: organisationId(), proposalId: row.proposalId }"
                      >History<span class="govuk-visually-hidden"> of the position on {{ row.proposal }}</span></a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </table>
          @if (total() > rows.length) {
            <p class="govuk-body">Showing the first {{ rows.length }} of {{ total() }} proposals.</p>
          }
        } @else {
          <p class="govuk-body">No positions have been recorded for this organisation.</p>
        }
      } @else if (positions.error(); as error) {
        <app-load-failed what="The current positions" [error]="error" (retry)="positions.reload()" />
      } @else {
        <p class="govuk-body">Loading current positions…</p>
      }
    </section>
  `,
})
export class OrganisationPositions {
  readonly organisationId = input.required<string>();
  readonly organisationName = input.required<string>();

  private readonly api = inject(PositionsCurrentApi);
  protected readonly positions = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.api.currentFor(params) });
  protected readonly rows = computed(() => (this.positions.hasValue() ? this.positions.value().items.map(toRow) : null));
  protected readonly total = computed(() => (this.positions.hasValue() ? this.positions.value().total : 0));
  /** All of them, not just the page shown: the file is for analysts and briefings. */
  protected readonly exportParams = computed(() => new HttpParams().set('organisationId', this.organisationId()).set('current', 'true'));
}

function toRow(position: PositionResponse): PositionRow {
  return {
    id: position.id,
    proposalId: position.proposalId,
    proposal: position.proposalTitle,
    stance: tagOf(STANCE_TAGS, position.stance),
    statedOn: formatLondonDate(position.statedOn),
    meetingId: position.meetingId,
    meeting: position.meetingReference,
  };
}
