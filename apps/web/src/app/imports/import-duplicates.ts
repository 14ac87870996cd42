import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ImportDuplicateContact } from '@send/contracts';

/** Contacts in the file that are already at their organisation: listed so the user knows they were left out. */
@Component({
  selector: 'app-import-duplicates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="govuk-table" data-testid="duplicates">
      <caption class="govuk-table__caption govuk-table__caption--m">{{ caption() }}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Line</th>
          <th scope="col" class="govuk-table__header">Contact</th>
          <th scope="col" class="govuk-table__header">Organisation</th>
          <th scope="col" class="govuk-table__header">Why it is skipped</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        @for (duplicate of duplicates(); track duplicate.line) {
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{{ duplicate.line }}</td>
            <td class="govuk-table__cell">{{ duplicate.name }}</td>
            <td class="govuk-table__cell">{{ duplicate.organisationName }}</td>
            <td class="govuk-table__cell">{{ duplicate.reason }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class ImportDuplicates {
  readonly duplicates = input.required<readonly ImportDuplicateContact[]>();
  readonly caption = input('Duplicate contacts (not imported)');
}
