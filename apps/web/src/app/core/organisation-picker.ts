import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { ORGANISATION_TYPE_LABELS, type OrganisationResponse, type Page } from '@send/contracts';
import { GovukInput, GovukRadios, type GovukChoice } from '@send/web-ui';
import { firstValueFrom, startWith, switchMap } from 'rxjs';
import { toHttpParams } from './url-state';

/**
 * Find an organisation by name (GET /api/organisations?q=), then choose it from the matches as radios. No
 * autocomplete widget: a search button and radios work the same for keyboard, voice and screen reader users.
 * Error summary links go to `#organisationId`: the first match when there are matches, otherwise the search box.
 * Shared by recording a position and gathering a request's bundle.
 */
@Component({
  selector: 'app-organisation-picker',
  imports: [GovukInput, GovukRadios],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-input
      [id]="candidates().length ? 'organisation-q' : 'organisationId'"
      label="Organisation"
      labelSize="s"
      hint="Search by name, then choose it from the matches"
      [control]="query"
      [errorMessage]="candidates().length ? null : errorMessage()"
      (keydown.enter)="find($event)"
    />
    <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="find()">Find organisation</button>
    <p class="govuk-body" role="status" data-testid="organisation-search-status">{{ status() }}</p>
    @if (candidates().length) {
      <govuk-radios id="organisationId" legend="Choose the organisation" legendSize="s" [options]="candidates()" [control]="control()" [errorMessage]="errorMessage()" />
    }
  `,
})
export class OrganisationPicker {
  private readonly http = inject(HttpClient);

  readonly control = input.required<FormControl<string | null>>();
  /** The organisation already chosen (a pre-filled or saved record), shown as the first choice. */
  readonly chosen = input<GovukChoice | null>(null);
  readonly errorMessage = input<string | null>(null);

  protected readonly query = new FormControl<string | null>('');
  protected readonly status = signal('');
  private readonly found = signal<GovukChoice[]>([]);
  /** Every organisation offered so far, so the one chosen stays listed after another search. */
  private readonly seen = signal(new Map<string, GovukChoice>());
  private readonly value = toSignal(toObservable(this.control).pipe(switchMap((c) => c.valueChanges.pipe(startWith(c.value)))));

  protected readonly candidates = computed(() => {
    const list = [...this.found()];
    const id = this.value() ?? '';
    const chosen = this.chosen();
    const current = this.seen().get(id) ?? (chosen?.value === id ? chosen : undefined);
    if (current && !list.some((c) => c.value === current.value)) list.unshift(current);
    return list;
  });

  protected async find(event?: Event): Promise<void> {
    // Enter in the search box searches rather than submitting the whole form.
    event?.preventDefault();
    const q = (this.query.value ?? '').trim();
    if (!q) {
      this.status.set('Enter part of the organisation’s name to search for it.');
      return;
    }
    this.status.set('Searching…');
    try {
      const page = await firstValueFrom(this.http.get<Page<OrganisationResponse>>('/api/organisations', { params: toHttpParams({ q, pageSize: 20 }) }));
      const choices = page.items.map((o) => ({ value: o.id, text: o.name, hint: ORGANISATION_TYPE_LABELS[o.type] }));
      this.seen.update((map) => new Map([...map, ...choices.map((c) => [c.value, c] as const)]));
      this.found.set(choices);
      const more = page.total > choices.length ? ` Showing the first ${choices.length}: add more of the name to narrow it down.` : '';
      this.status.set(choices.length ? `${page.total} ${page.total === 1 ? 'organisation matches' : 'organisations match'} “${q}”.${more}` : `No organisations match “${q}”. Check the spelling or try part of the name.`);
    } catch {
      this.status.set('Organisations could not be searched just now. Try again.');
    }
  }
}
