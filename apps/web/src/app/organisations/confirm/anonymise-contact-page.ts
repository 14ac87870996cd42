import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { GovukBackLink, GovukErrorSummary, GovukWarningText, type ErrorSummaryItem } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../core/problem';
import { ContactsApi } from '../contacts-api';
import { flash } from '../view/flash';
import { LoadFailed } from '../../core/load-failed';

/** Confirms removing a contact's personal details for good (`/organisations/:id/contacts/:contactId/anonymise`). */
@Component({
  selector: 'app-anonymise-contact-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukWarningText, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link [href]="back()" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors()" />
        @if (contact(); as contact) {
          <span class="govuk-caption-l">{{ contact.name }}, {{ contact.organisationName }}</span>
        }
        <h1 class="govuk-heading-l" tabindex="-1">Anonymise this contact?</h1>
        @if (contact(); as contact) {
          @if (contact.anonymisedAt) {
            <p class="govuk-body">This contact has already been anonymised.</p>
            <p class="govuk-body"><a class="govuk-link" [routerLink]="back()">Back to the organisation</a></p>
          } @else {
            <p class="govuk-body">Anonymising removes {{ contact.name }}'s personal details for good:</p>
            <ul class="govuk-list govuk-list--bullet">
              <li>name</li>
              <li>role</li>
              <li>email address</li>
              <li>phone number</li>
              <li>notes</li>
            </ul>
            <p class="govuk-body">
              The links are kept. The contact stays with {{ contact.organisationName }}, and the meetings they attended still show that
              {{ contact.organisationName }} was there. From now on they will be shown as "Anonymised contact".
            </p>
            <p class="govuk-body">Use this when someone asks for their details to be removed, or when the department no longer needs to keep them.</p>
            <govuk-warning-text text="You cannot undo this." />
            <div class="govuk-button-group">
              <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()" (click)="confirm()">Anonymise contact</button>
              <a class="govuk-link" [routerLink]="back()">Cancel</a>
            </div>
          }
        } @else if (resource.error(); as error) {
          <app-load-failed what="The contact" [error]="error" (retry)="resource.reload()" />
        } @else {
          <p class="govuk-body">Loading contact…</p>
        }
      </div>
    </div>
  `,
})
export class AnonymiseContactPage {
  /** The route's :id (the organisation). */
  readonly id = input.required<string>();
  /** The route's :contactId. */
  readonly contactId = input.required<string>();

  private readonly api = inject(ContactsApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);

  protected readonly back = computed(() => `/organisations/${this.id()}`);
  protected readonly resource = rxResource({ params: () => this.contactId(), stream: ({ params }) => this.api.get(params) });
  protected readonly contact = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = signal(false);

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.anonymise(this.contactId()));
      await this.router.navigate(['/organisations', this.id()], { state: flash('The contact has been anonymised') });
    } catch (error) {
      this.errors.set([{ text: problemOf(error).detail }]);
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
