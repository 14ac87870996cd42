import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { GovukBackLink, GovukErrorSummary, type ErrorSummaryItem } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../core/problem';
import { OrganisationsApi } from '../organisations-api';
import { flash } from '../view/flash';
import { LoadFailed } from '../../core/load-failed';

/** Confirms archiving (`/organisations/:id/archive`) or restoring (`/organisations/:id/restore`) an organisation. */
@Component({
  selector: 'app-archive-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link [href]="back()" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors()" />
        @if (organisation(); as organisation) {
          <span class="govuk-caption-l">{{ organisation.name }}</span>
        }
        <h1 class="govuk-heading-l" tabindex="-1">{{ archiving() ? 'Archive this organisation?' : 'Restore this organisation?' }}</h1>
        @if (organisation(); as organisation) {
          @if (!!organisation.archivedAt === archiving()) {
            <p class="govuk-body">{{ organisation.name }} is {{ archiving() ? 'already archived' : 'not archived' }}.</p>
            <p class="govuk-body"><a class="govuk-link" [routerLink]="back()">Back to the organisation</a></p>
          } @else {
            @if (archiving()) {
              <p class="govuk-body">Archiving {{ organisation.name }} takes it out of the organisations list and out of the lists used to choose organisations for meetings, positions and actions.</p>
              <p class="govuk-body">Nothing is deleted. Its contacts, meetings, positions, actions and timeline are kept, and you can restore it at any time.</p>
            } @else {
              <p class="govuk-body">Restoring {{ organisation.name }} puts it back in the organisations list and in the lists used to choose organisations.</p>
            }
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" [class.govuk-button--warning]="archiving()" data-module="govuk-button" [disabled]="busy()" (click)="confirm()">
                {{ archiving() ? 'Archive organisation' : 'Restore organisation' }}
              </button>
              <a class="govuk-link" [routerLink]="back()">Cancel</a>
            </div>
          }
        } @else if (resource.error(); as error) {
          <app-load-failed what="The organisation" [error]="error" (retry)="resource.reload()" />
        } @else {
          <p class="govuk-body">Loading organisation…</p>
        }
      </div>
    </div>
  `,
})
export class ArchivePage {
  /** The route's :id. */
  readonly id = input.required<string>();
  /** From the route's data. */
  readonly action = input<'archive' | 'restore'>('archive');

  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);

  protected readonly archiving = computed(() => this.action() === 'archive');
  protected readonly back = computed(() => `/organisations/${this.id()}`);
  protected readonly resource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly organisation = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = signal(false);

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const id = this.id();
      const result = await firstValueFrom(this.archiving() ? this.api.archive(id) : this.api.restore(id));
      await this.router.navigate(['/organisations', id], { state: flash(`${result.name} has been ${this.archiving() ? 'archived' : 'restored'}`) });
    } catch (error) {
      this.errors.set([{ text: problemOf(error).detail }]);
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
