import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { OrganisationResponse } from '@send/contracts';
import type { GovukTextSize } from '@send/web-ui';
import { Subscription } from 'rxjs';
import { ActionsApi } from '../actions-api';

const RESULTS_SHOWN = 10;

/**
 * Finds an organisation by name without a type-ahead: type part of the name, press "Find organisation" (or Enter),
 * then choose one of the matches. The bound control holds the chosen organisation's id.
 */
@Component({
  selector: 'app-organisation-picker',
  imports: [ReactiveFormsModule],
  // The id belongs to the search box; left on the host it would come first and catch labels and summary links.
  host: { '[attr.id]': 'null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!errorMessage()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="describedBy()">
        <legend [class]="'govuk-fieldset__legend govuk-fieldset__legend--' + legendSize()">{{ label() }}</legend>
        @if (hint(); as hint) {
          <div [id]="id() + '-hint'" class="govuk-hint">{{ hint }}</div>
        }
        @if (errorMessage(); as error) {
          <p [id]="id() + '-error'" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ error }}</p>
        }
        @if (chosenId()) {
          <p class="govuk-body govuk-!-margin-bottom-2" data-testid="chosen-organisation">Chosen: <strong>{{ chosenName() }}</strong></p>
          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-4" (click)="remove()">
            Remove<span class="govuk-visually-hidden"> {{ chosenName() }}</span>
          </button>
        }
        <div class="govuk-form-group govuk-!-margin-bottom-2">
          <label class="govuk-label" [for]="id()">{{ chosenId() ? 'Find a different organisation' : 'Part of the organisation’s name' }}</label>
          <input
            #searchBox
            class="govuk-input"
            [class.govuk-input--error]="!!errorMessage()"
            [id]="id()"
            [name]="id()"
            type="text"
            autocomplete="off"
            spellcheck="false"
            [formControl]="search"
            (keydown.enter)="find($event)"
          />
        </div>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" (click)="find()">Find organisation</button>
        <p class="govuk-body govuk-!-margin-bottom-2" role="status">{{ status() }}</p>
        @if (results().length) {
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            @for (organisation of results(); track organisation.id) {
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  type="radio"
                  [id]="id() + '-match-' + ($index + 1)"
                  [name]="id() + '-match'"
                  [checked]="organisation.id === chosenId()"
                  (change)="choose(organisation)"
                />
                <label class="govuk-label govuk-radios__label" [for]="id() + '-match-' + ($index + 1)">{{ organisation.name }}</label>
              </div>
            }
          </div>
        }
      </fieldset>
    </div>
  `,
})
export class OrganisationPicker {
  private readonly api = inject(ActionsApi);
  private readonly searchBox = viewChild<ElementRef<HTMLInputElement>>('searchBox');

  /** The search box's id: error summary links point here. */
  readonly id = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly errorMessage = input<string | null>(null);
  readonly legendSize = input<GovukTextSize>('s');
  readonly control = input.required<FormControl<string | null>>();
  /** The chosen organisation's name when the caller already knows it (from the record), to save a look-up. */
  readonly knownName = input<string | null>(null);
  /** The organisation just chosen, so the page can name it elsewhere (a conflict notice). */
  readonly picked = output<{ id: string; name: string }>();

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly results = signal<OrganisationResponse[]>([]);
  protected readonly status = signal('');
  protected readonly chosenId = signal<string | null>(null);
  private readonly names = signal(new Map<string, string>());
  protected readonly chosenName = computed(() => {
    const id = this.chosenId();
    return (id && (this.names().get(id) ?? (this.knownName() || null))) ?? 'the chosen organisation';
  });
  protected readonly describedBy = computed(() => [this.hint() ? `${this.id()}-hint` : null, this.errorMessage() ? `${this.id()}-error` : null].filter((x) => x !== null).join(' ') || null);

  private searching?: Subscription;

  constructor() {
    // Follow the control (set by the page from the URL or the record, or reset), naming an unknown id once.
    effect((onCleanup) => {
      const control = this.control();
      const follow = (id: string | null) => {
        this.chosenId.set(id || null);
        if (id && !this.names().has(id) && !untracked(this.knownName)) this.lookUp(id);
      };
      untracked(() => follow(control.value));
      const subscription = control.valueChanges.subscribe(follow);
      onCleanup(() => subscription.unsubscribe());
    });
    inject(DestroyRef).onDestroy(() => this.searching?.unsubscribe());
  }

  protected find(event?: Event): void {
    // Enter in the box searches; it must not submit the surrounding form.
    event?.preventDefault();
    const text = this.search.value.trim();
    if (!text) {
      this.results.set([]);
      this.status.set('Enter part of an organisation’s name, then find it.');
      return;
    }
    this.status.set('Finding organisations…');
    this.searching?.unsubscribe();
    this.searching = this.api.findOrganisations(text, RESULTS_SHOWN).subscribe({
      next: (page) => {
        this.results.set(page.items);
        this.remember(page.items);
        this.status.set(this.summary(page.items.length, page.total, page.totalIsLowerBound, text));
      },
      error: () => {
        this.results.set([]);
        this.status.set('Organisations could not be searched just now. Try again.');
      },
    });
  }

  protected choose(organisation: OrganisationResponse): void {
    const control = this.control();
    control.setValue(organisation.id);
    control.markAsDirty();
    this.picked.emit({ id: organisation.id, name: organisation.name });
  }

  protected remove(): void {
    const control = this.control();
    control.setValue(null);
    control.markAsDirty();
    this.results.set([]);
    this.status.set('');
    // The Remove button has gone: keep keyboard users in the picker.
    this.searchBox()?.nativeElement.focus();
  }

  private summary(shown: number, total: number, lowerBound: boolean, text: string): string {
    if (shown === 0) return `No organisations match “${text}”. Check the spelling or try fewer words.`;
    if (lowerBound || total > shown) return `More than ${shown} organisations match: showing the first ${shown}. Type more of the name to narrow them down.`;
    return shown === 1 ? '1 organisation matches. Choose it below.' : `${shown} organisations match. Choose one below.`;
  }

  private remember(organisations: OrganisationResponse[]): void {
    this.names.update((names) => new Map([...names, ...organisations.map((o): [string, string] => [o.id, o.name])]));
  }

  private lookUp(id: string): void {
    this.api.organisation(id).subscribe({ next: (organisation) => this.remember([organisation]), error: () => undefined });
  }
}
