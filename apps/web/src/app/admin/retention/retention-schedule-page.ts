import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { RETENTION_ACTION_LABELS, RETENTION_CLOCK_LABELS, RETENTION_RECORD_TYPE_LABELS } from '@send/contracts';
import { GovukBackLink } from '@send/web-ui';
import { map } from 'rxjs';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { RetentionApi } from './retention-api';
import { RetentionNav } from './retention-nav';
import { periodText } from './retention-labels';

/** /admin/retention: how long each kind of record is kept, from when, and what happens then. */
@Component({
  selector: 'app-retention-schedule-page',
  imports: [RouterLink, GovukBackLink, FlashBanner, LoadStatus, RetentionNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Retention schedule</h1>
    <app-retention-nav current="/admin/retention" />
    <p class="govuk-body">How long each kind of record is kept, and what happens when its period has run. Nothing is disposed of automatically: records that are due are listed for an admin to review. A legal hold, or a place in an open request’s bundle, keeps a record back.</p>
    <app-load-status [state]="rules()" what="the retention schedule" />
    @if (rules(); as rules) {
      @if (rules.state === 'ready') {
        <table class="govuk-table app-table--stack" data-testid="retention-rules">
          <caption class="govuk-table__caption govuk-visually-hidden">Retention rules</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Record</th>
              <th scope="col" class="govuk-table__header">Kept for</th>
              <th scope="col" class="govuk-table__header">Then</th>
              <th scope="col" class="govuk-table__header">Why</th>
              <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (r of rules.value; track r.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell govuk-!-font-weight-bold" data-label="Record"><span class="govuk-caption-s govuk-!-margin-0 govuk-!-display-block">{{ r.kind }}</span>{{ r.name }}</td>
                <td class="govuk-table__cell" data-label="Kept for">{{ r.period }} from {{ r.clock }}</td>
                <td class="govuk-table__cell" data-label="Then">{{ r.then }}</td>
                <td class="govuk-table__cell" data-label="Why">{{ r.reason }}</td>
                <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/admin/retention/rules', r.id]">Change<span class="govuk-visually-hidden"> the rule for {{ r.name }}</span></a></td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class RetentionSchedulePage {
  protected readonly flash = inject(AdminFlash).take();
  protected readonly rules = toSignal(
    loadable(
      inject(RetentionApi)
        .rules()
        .pipe(
          map(({ items }) =>
            items.map((r) => ({
              ...r,
              kind: RETENTION_RECORD_TYPE_LABELS[r.recordType],
              period: periodText(r.periodMonths),
              clock: RETENTION_CLOCK_LABELS[r.clockStartsFrom],
              then: RETENTION_ACTION_LABELS[r.action],
            })),
          ),
        ),
    ),
    { initialValue: LOADING },
  );
}
