import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { LEGAL_HOLD_ENTITIES, type LegalHoldEntity } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukTextarea } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { AdminFlash } from '../shared/flash';
import { LegalHoldsApi } from './legal-holds-api';

/**
 * Places a hold (`/admin/legal-holds/new?entity=&entityId=&name=`, from a record's page) or releases one
 * (`/admin/legal-holds/:id/release`): either way, with the reason, which the audit keeps.
 */
@Component({
  selector: 'app-legal-hold-form-page',
  imports: [ReactiveFormsModule, GovukBackLink, GovukErrorSummary, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/legal-holds" text="Back to legal holds" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (name(); as name) {
          <span class="govuk-caption-l">{{ name }}</span>
        }
        <h1 class="govuk-heading-l" tabindex="-1">{{ placing() ? 'Place a legal hold' : 'Release a legal hold' }}</h1>
        @if (placing() && !validTarget()) {
          <p class="govuk-body">Place a hold from the page of the record to hold.</p>
        } @else {
          <form (submit)="$event.preventDefault(); save()" novalidate>
            <govuk-textarea id="reason" [label]="placing() ? 'Why the record must be kept' : 'Why the hold can be released'" labelSize="s" hint="For example, the case or complaint it is kept for" [rows]="3" [control]="reason" [errorMessage]="errors.errorFor('reason')" />
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">{{ placing() ? 'Place legal hold' : 'Release legal hold' }}</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class LegalHoldFormPage {
  private readonly api = inject(LegalHoldsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);

  /** Releasing: the route's :id. */
  readonly id = input<string>();
  /** Placing: ?entity=&entityId=&name=. */
  readonly entity = input<string>();
  readonly entityId = input<string>();
  readonly name = input<string>();

  protected readonly placing = computed(() => !this.id());
  protected readonly validTarget = computed(() => (LEGAL_HOLD_ENTITIES as readonly string[]).includes(this.entity() ?? '') && !!this.entityId());
  protected readonly reason = new FormControl<string | null>('');
  protected readonly errors = new FormErrors({ reason: 'reason' });
  protected readonly busy = signal(false);

  protected async save(): Promise<void> {
    const reason = (this.reason.value ?? '').trim();
    if (!reason) {
      this.errors.set([{ field: 'reason', message: this.placing() ? 'Enter why the record must be kept' : 'Enter why the hold can be released' }]);
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const id = this.id();
      const hold = await firstValueFrom(id ? this.api.release(id, reason) : this.api.place({ entity: this.entity() as LegalHoldEntity, entityId: this.entityId() as string, reason }));
      this.flash.set({ text: id ? `The legal hold on ${hold.label} has been released` : `${hold.label} is under a legal hold` });
      await this.router.navigate(['/admin/legal-holds']);
    } catch (error) {
      this.errors.fromError(error, 'reason');
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
