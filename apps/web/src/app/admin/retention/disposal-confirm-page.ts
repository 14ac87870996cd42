import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { RETENTION_ACTIONS, RETENTION_RECORD_TYPE_LABELS } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukWarningText } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { AdminFlash } from '../shared/flash';
import { DisposalSelection } from './disposal-selection';
import { RetentionApi } from './retention-api';
import { OUTCOME_EXPLANATIONS } from './retention-labels';

const HEADINGS = { delete: 'To be deleted', anonymise: 'To be anonymised', preserve: 'To be selected for permanent preservation' } as const;

/** /admin/retention/due/confirm: what will happen to each chosen record, before it happens. */
@Component({
  selector: 'app-disposal-confirm-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukWarningText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/retention/due" text="Back to records due for disposal" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        <span class="govuk-caption-l">Retention</span>
        <h1 class="govuk-heading-l" tabindex="-1">Check what will be disposed of</h1>
        @if (groups.length) {
          @for (g of groups; track g.action) {
            <h2 class="govuk-heading-m">{{ g.heading }}</h2>
            <p class="govuk-body">These {{ g.records.length === 1 ? 'record' : g.records.length + ' records' }} {{ g.explanation }}</p>
            <ul class="govuk-list govuk-list--bullet" [attr.data-testid]="'confirm-' + g.action">
              @for (r of g.records; track r.recordId) {
                <li>{{ kind(r.recordType) }} {{ r.reference }}: {{ r.label }}</li>
              }
            </ul>
          }
          <govuk-warning-text text="Each record is checked again when you confirm. If any has been put under a hold or changed, nothing is disposed of." />
          <p class="govuk-body">A record of what went, under which rule, by whom and when is kept in past disposals and the audit history. What the records said is not kept.</p>
          <form (submit)="$event.preventDefault(); confirm()" novalidate>
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()">Dispose of {{ total === 1 ? '1 record' : total + ' records' }}</button>
              <a class="govuk-link" routerLink="/admin/retention/due">Cancel</a>
            </div>
          </form>
        } @else {
          <p class="govuk-body" data-testid="nothing-chosen">No records are chosen. <a class="govuk-link" routerLink="/admin/retention/due">Choose records due for disposal</a>.</p>
        }
      </div>
    </div>
  `,
})
export class DisposalConfirmPage {
  private readonly api = inject(RetentionApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly selection = inject(DisposalSelection);
  private readonly summary = viewChild(GovukErrorSummary);

  private readonly records = this.selection.get();
  protected readonly total = this.records.length;
  protected readonly groups = RETENTION_ACTIONS.map((action) => ({ action, heading: HEADINGS[action], explanation: OUTCOME_EXPLANATIONS[action], records: this.records.filter((r) => r.action === action) })).filter((g) => g.records.length);
  protected readonly errors = new FormErrors({});
  protected readonly busy = signal(false);

  protected kind(type: keyof typeof RETENTION_RECORD_TYPE_LABELS): string {
    return RETENTION_RECORD_TYPE_LABELS[type];
  }

  protected async confirm(): Promise<void> {
    this.busy.set(true);
    try {
      const done = await firstValueFrom(this.api.dispose({ items: this.records.map(({ recordType, recordId }) => ({ recordType, recordId })) }));
      this.selection.clear();
      this.flash.set({ text: `${done.items.length === 1 ? '1 record has' : `${done.items.length} records have`} been disposed of` });
      await this.router.navigate(['/admin/retention/disposals']);
    } catch (error) {
      // The API names the record at fault (items[n].recordId) and its detail says why: shown as it is.
      const problem = this.errors.fromError(error, 'items');
      this.errors.set([{ field: 'items', message: problem.detail }]);
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
