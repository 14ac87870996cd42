import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { StanceByPhaseResponse } from '@send/contracts';
import { GovukTag, formatLondonDate } from '@send/web-ui';
import { LoadFailed } from '../load-failed';
import { STANCE_TAGS, type TagLabel } from '../tags';
import { StanceByPhaseApi } from './stance-by-phase-api';
import { StanceChart } from './stance-chart';

interface PhaseLine {
  readonly phase: string;
  readonly stance: TagLabel | null;
  readonly statedOn: string | null;
}

interface Figure {
  readonly proposalId: string;
  readonly proposal: string;
  readonly chart: StanceByPhaseResponse['rows'][number]['cells'];
  readonly lines: PhaseLine[];
}

function figures(response: StanceByPhaseResponse): Figure[] {
  return response.rows.map((row) => ({
    proposalId: row.proposal.id,
    proposal: row.proposal.title,
    chart: row.cells,
    lines: response.phases.map((phase, i) => {
      const cell = row.cells[i] ?? null;
      return { phase: phase.name, stance: cell ? STANCE_TAGS[cell.stance] : null, statedOn: cell ? formatLondonDate(cell.statedOn) : null };
    }),
  }));
}

/**
 * An organisation's stance across the reform's phases (each phase's latest statement), on every proposal it has
 * spoken on or on one: a chart for the eye, and beside it the same as a table, which is what a screen reader reads.
 */
@Component({
  selector: 'app-stance-over-phases',
  imports: [RouterLink, GovukTag, LoadFailed, StanceChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-stance-figure { display: flex; flex-wrap: wrap; gap: 0 30px; align-items: flex-start; margin: 0 0 30px; }
    .app-stance-figure > app-stance-chart { flex: 2 1 340px; max-width: 600px; }
    .app-stance-figure > table { flex: 1 1 300px; width: auto; }
  `,
  template: `
    <section aria-labelledby="stance-phases-heading" class="govuk-!-margin-top-8" data-testid="stance-over-phases">
      <h2 class="govuk-heading-m" id="stance-phases-heading">Stance across the phases</h2>
      @if (shown(); as shown) {
        @if (shown.length) {
          <p class="govuk-body">The latest statement in each phase of the reform{{ proposalId() ? '' : ', on each proposal' }}. A dashed line crosses a phase with no stance on the scale.</p>
          @for (f of shown; track f.proposalId) {
            @if (!proposalId()) {
              <h3 class="govuk-heading-s govuk-!-margin-bottom-2">
                <a class="govuk-link" routerLink="/positions/history" [queryParams]="{ organisationId: organisationId(), proposalId: f.proposalId }">{{ f.proposal }}</a>
              </h3>
            }
            <div class="app-stance-figure" data-testid="stance-figure">
              <app-stance-chart [phaseNames]="phaseNames()" [cells]="f.chart" />
              <table class="govuk-table govuk-table--small-text-until-tablet">
                <caption class="govuk-table__caption govuk-visually-hidden">Stance on {{ f.proposal }} in each phase</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">Phase</th>
                    <th scope="col" class="govuk-table__header">Stance</th>
                    <th scope="col" class="govuk-table__header">Stated on</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  @for (line of f.lines; track $index) {
                    <tr class="govuk-table__row">
                      <th scope="row" class="govuk-table__header">{{ line.phase }}</th>
                      @if (line.stance; as stance) {
                        <td class="govuk-table__cell"><govuk-tag [text]="stance.text" [colour]="stance.colour" /></td>
                        <td class="govuk-table__cell">{{ line.statedOn }}</td>
                      } @else {
                        <td class="govuk-table__cell" colspan="2">Nothing recorded</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        } @else {
          <p class="govuk-body">No positions have been recorded{{ proposalId() ? ' on this proposal' : '' }}.</p>
        }
      } @else if (stances.error(); as error) {
        <app-load-failed what="The stance across the phases" [error]="error" (retry)="stances.reload()" />
      } @else {
        <p class="govuk-body">Loading the stance across the phases…</p>
      }
    </section>
  `,
})
export class StanceOverPhases {
  readonly organisationId = input.required<string>();
  /** One proposal (the pair history); every proposal the organisation has spoken on when absent. */
  readonly proposalId = input<string>();

  private readonly api = inject(StanceByPhaseApi);
  protected readonly stances = rxResource({
    params: () => ({ organisationId: this.organisationId(), proposalId: this.proposalId() }),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly shown = computed(() => (this.stances.hasValue() ? figures(this.stances.value()) : null));
  protected readonly phaseNames = computed(() => (this.stances.hasValue() ? this.stances.value().phases.map((p) => p.name) : []));
}
