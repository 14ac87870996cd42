import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import type { OrganisationResponse } from '@send/contracts';
import { GovukInput } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { RecordLookups } from '../shared/record-apis';
import { SEARCH_ID } from './attendees-form';

/**
 * Finds organisations by name (GET /api/organisations?q=) and offers an "Add" button for each. It sits inside the
 * step's form, so Enter in the search box searches instead of submitting the step.
 */
@Component({
  selector: 'app-organisation-search',
  imports: [GovukInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-input
      [id]="searchId"
      label="Search for an organisation"
      labelSize="s"
      hint="Enter all or part of its name, then select Search"
      autocomplete="off"
      [control]="query"
      [errorMessage]="errorMessage() ?? localError()"
      (keydown.enter)="search($event)"
    />
    <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="search()">Search</button>
    <p class="govuk-body" role="status" data-testid="search-status">{{ status() }}</p>
    @if (results().length) {
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Organisations matching your search</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Organisation</th>
            <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (organisation of results(); track organisation.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{{ organisation.name }}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                @if (added().includes(organisation.id)) {
                  <strong class="govuk-tag govuk-tag--grey">Added</strong>
                } @else {
                  <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" (click)="add.emit(organisation)">
                    Add<span class="govuk-visually-hidden"> {{ organisation.name }}</span>
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class OrganisationSearch {
  private readonly lookups = inject(RecordLookups);

  /** Organisations already on the meeting: shown as added rather than offered again. */
  readonly added = input<readonly string[]>([]);
  /** An error from the step about the attendee list as a whole, shown on the search box. */
  readonly errorMessage = input<string | null>(null);
  readonly add = output<OrganisationResponse>();

  protected readonly searchId = SEARCH_ID;
  protected readonly query = new FormControl<string | null>('');
  protected readonly results = signal<OrganisationResponse[]>([]);
  protected readonly status = signal('');
  protected readonly localError = signal<string | null>(null);

  protected async search(event?: Event): Promise<void> {
    event?.preventDefault();
    const q = (this.query.value ?? '').trim();
    if (!q) {
      this.localError.set('Enter the name of an organisation to search for');
      return;
    }
    this.localError.set(null);
    this.status.set('Searching…');
    try {
      const page = await firstValueFrom(this.lookups.searchOrganisations(q));
      this.results.set(page.items);
      const count = page.items.length;
      this.status.set(count === 0 ? `No organisations match ‘${q}’. Check the spelling, or add the organisation to the tracker first.` : `${count}${page.total > count ? ` of ${page.total}` : ''} organisation${count === 1 ? '' : 's'} found for ‘${q}’.`);
    } catch {
      this.results.set([]);
      this.status.set('The search did not work. Try again.');
    }
  }
}
