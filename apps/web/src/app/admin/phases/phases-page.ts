import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink, formatLondonDate } from '@send/web-ui';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { PhasesApi } from './phases-api';

@Component({
  selector: 'app-phases-page',
  imports: [RouterLink, GovukBackLink, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Phases</h1>
    <p class="govuk-body">The phases of the reform, in order. A new meeting or position takes the phase in force on its date. Changing a start date does not change the phase of records already saved.</p>
    <app-load-status [state]="phases()" what="the phases" />
    @if (phases(); as phases) {
      @if (phases.state === 'ready') {
        @if (phases.value.items.length) {
          <table class="govuk-table" data-testid="phases-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Phases, in order</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Phase</th>
                <th scope="col" class="govuk-table__header">Starts on</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (phase of phases.value.items; track phase.key) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ phase.name }}</th>
                  <td class="govuk-table__cell">{{ date(phase.startsOn) }}</td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/admin/phases', phase.key]">Change<span class="govuk-visually-hidden"> {{ phase.name }}</span></a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body" data-testid="empty">There are no phases. They are created when the service is installed: ask the service team.</p>
        }
      }
    }
  `,
})
export class PhasesPage {
  protected readonly flash = inject(AdminFlash).take();
  protected readonly phases = toSignal(loadable(inject(PhasesApi).list()), { initialValue: LOADING });
  protected readonly date = formatLondonDate;
}
