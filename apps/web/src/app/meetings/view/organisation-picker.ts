import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import type { OrganisationResponse } from '@send/contracts';
import { GovukInput, GovukRadios, type GovukChoice } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { MeetingViewApi } from './meeting-view-api';

/**
 * Chooses one organisation for the list's filter from thousands, without a script-driven combobox: type part of a
 * name, find, pick a radio. The result count is announced through a status message.
 */
@Component({
  selector: 'app-organisation-picker',
  imports: [GovukInput, GovukRadios],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    govuk-input {
      display: block;
      margin-bottom: 10px;
    }
  `,
  template: `
    <govuk-input
      id="organisation-search"
      label="Organisation"
      labelSize="s"
      hint="Search by name, then choose one"
      [control]="term"
      [spellcheck]="false"
      (keydown.enter)="find($event)"
    />
    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" (click)="find()">
      Find organisations
    </button>
    <p class="govuk-body-s" role="status" data-testid="organisation-search-status">{{ message() }}</p>
    @if (options().length > 1) {
      <govuk-radios id="organisationId" legend="Choose an organisation" legendSize="s" [small]="true" [options]="options()" [control]="control()" />
    }
  `,
})
export class OrganisationPicker {
  private readonly api = inject(MeetingViewApi);

  /** Holds the chosen organisation's id ('' for any). */
  readonly control = input.required<FormControl<string | null>>();
  /** The organisation the URL already filters by, so it stays choosable before any search. */
  readonly selected = input<{ id: string; name: string } | null>(null);

  protected readonly term = new FormControl<string | null>('');
  protected readonly message = signal('');
  private readonly results = signal<readonly OrganisationResponse[]>([]);

  protected readonly options = computed<GovukChoice[]>(() => {
    const selected = this.selected();
    const found = this.results().map((o) => ({ value: o.id, text: o.archivedAt ? `${o.name} (archived)` : o.name }));
    const kept = selected && !found.some((o) => o.value === selected.id) ? [{ value: selected.id, text: selected.name }] : [];
    return [{ value: '', text: 'Any organisation' }, ...kept, ...found];
  });

  protected async find(event?: Event): Promise<void> {
    // Enter in the search box searches; it must not submit the whole filter form.
    event?.preventDefault();
    const q = (this.term.value ?? '').trim();
    if (!q) {
      this.message.set('Enter part of an organisation’s name to search.');
      return;
    }
    this.message.set('Searching…');
    try {
      const page = await firstValueFrom(this.api.searchOrganisations(q));
      this.results.set(page.items);
      const more = page.total > page.items.length ? ` The first ${page.items.length} are shown: add more of the name to narrow them.` : '';
      this.message.set(page.items.length ? `${page.total === 1 ? '1 organisation' : `${page.total} organisations`} found.${more}` : `No organisations found for “${q}”.`);
    } catch {
      this.results.set([]);
      this.message.set('Organisations could not be searched. Try again.');
    }
  }
}
