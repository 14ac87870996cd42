import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukTag } from '@send/web-ui';
import { HttpParams } from '@angular/common/http';
import { ExportDownload } from '../../core/export-download';
import { SessionStore } from '../../core/session';
import { ContactsApi } from '../contacts-api';
import { LoadFailed } from '../../core/load-failed';

/** The people at an organisation; editors add, correct and anonymise them. */
@Component({
  selector: 'app-organisation-contacts',
  imports: [RouterLink, GovukTag, LoadFailed, ExportDownload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="contacts-heading" class="govuk-!-margin-top-8" data-testid="contacts">
      <h2 class="govuk-heading-m" id="contacts-heading">Contacts</h2>
      @if (canEdit()) {
        <a class="govuk-button govuk-button--secondary" [routerLink]="['/organisations', organisationId(), 'contacts', 'new']" role="button" draggable="false" data-module="govuk-button">Add a contact</a>
      }
      @if (page(); as page) {
        @if (page.items.length) {
          <app-export-download path="/api/contacts/export" [params]="exportParams()" what="these contacts" noun="contact" />
          <table class="govuk-table govuk-table--small-text-until-tablet">
            <caption class="govuk-table__caption govuk-visually-hidden">Contacts at {{ organisationName() }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Role</th>
                @if (showsDetails()) {
                  <th scope="col" class="govuk-table__header">Email</th>
                  <th scope="col" class="govuk-table__header">Phone</th>
                }
                @if (canEdit()) {
                  <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Changes</span></th>
                }
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (contact of page.items; track contact.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    {{ contact.name }}
                    @if (contact.anonymisedAt) {
                      <govuk-tag text="Anonymised" colour="grey" />
                    }
                  </td>
                  <td class="govuk-table__cell">{{ contact.role || (contact.anonymisedAt ? '' : 'Not recorded') }}</td>
                  @if (showsDetails()) {
                    <td class="govuk-table__cell">
                      @if (contact.email; as email) {
                        <a class="govuk-link" [href]="'mailto:' + email">{{ email }}</a>
                      } @else if (!contact.anonymisedAt) {
                        Not recorded
                      }
                    </td>
                    <td class="govuk-table__cell">{{ contact.phone ?? (contact.anonymisedAt ? '' : 'Not recorded') }}</td>
                  }
                  @if (canEdit()) {
                    <td class="govuk-table__cell">
                      @if (!contact.anonymisedAt) {
                        <ul class="govuk-list govuk-!-margin-bottom-0">
                          <li><a class="govuk-link" [routerLink]="['/organisations', organisationId(), 'contacts', contact.id, 'edit']">Edit<span class="govuk-visually-hidden"> {{ contact.name }}</span></a></li>
                          <li><a class="govuk-link" [routerLink]="['/organisations', organisationId(), 'contacts', contact.id, 'anonymise']">Anonymise<span class="govuk-visually-hidden"> {{ contact.name }}</span></a></li>
                          <li><a class="govuk-link" [href]="'/api/contacts/' + contact.id + '/subject-access?format=xlsx'" download>Subject access file<span class="govuk-visually-hidden"> for {{ contact.name }}</span></a></li>
                        </ul>
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
          @if (page.total > page.items.length) {
            <p class="govuk-body">Showing the first {{ page.items.length }} of {{ page.total }} contacts, by name.</p>
          }
          @if (!showsDetails()) {
            <p class="govuk-hint">Email addresses and phone numbers are shown to officials only.</p>
          }
        } @else {
          <p class="govuk-body" data-testid="no-contacts">No contacts have been recorded for this organisation.</p>
        }
      } @else if (contacts.error(); as error) {
        <app-load-failed what="The contacts" [error]="error" (retry)="contacts.reload()" />
      } @else {
        <p class="govuk-body">Loading contacts…</p>
      }
    </section>
  `,
})
export class OrganisationContacts {
  readonly organisationId = input.required<string>();
  protected readonly exportParams = computed(() => new HttpParams().set('organisationId', this.organisationId()));
  readonly organisationName = input.required<string>();
  readonly canEdit = input(false);

  private readonly api = inject(ContactsApi);
  private readonly session = inject(SessionStore);
  /** The API leaves out viewers' view of email and phone, so the columns would only ever be empty for them. */
  protected readonly showsDetails = computed(() => !this.session.hasRole('viewer'));
  protected readonly contacts = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.api.forOrganisation(params) });
  protected readonly page = computed(() => (this.contacts.hasValue() ? this.contacts.value() : null));
}
