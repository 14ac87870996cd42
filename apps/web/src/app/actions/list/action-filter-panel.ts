import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink, type Params } from '@angular/router';
import type { FieldError } from '@send/contracts';
import { GovukCheckboxes, GovukDateInput, GovukInput, GovukRadios, GovukSelect, INVALID_DATE } from '@send/web-ui';
import { KIND_OPTIONS, STATUS_OPTIONS } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { OrganisationPicker } from '../shared/organisation-picker';
import { messageFor } from '../shared/field-errors';
import { clearFilterParams, selectedFilters, type ActionListView } from './action-list-query';

const FILTER_LABELS = { dueFrom: 'Due from', dueTo: 'Due to' };

/**
 * The MOJ filter (moj-filter markup, without MOJ's script): the filters now applied as removable tags, then the
 * filter form. Nothing changes until "Apply filters"; the page puts what is applied in the URL.
 */
@Component({
  selector: 'app-action-filter-panel',
  imports: [ReactiveFormsModule, RouterLink, GovukCheckboxes, GovukDateInput, GovukInput, GovukRadios, GovukSelect, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-filter-panel.html',
  // MOJ's ".moj-filter__options div:last-of-type" takes the margin off every form group here (each is the last div in
  // its component's host), so the hosts space the fields instead.
  styles: `
    .app-filter__field {
      display: block;
      margin-bottom: 20px;
    }
  `,
})
export class ActionFilterPanel {
  private readonly lookups = inject(ActionLookups);

  readonly view = input.required<ActionListView>();
  /** The URL's organisation, named by the page. */
  readonly organisationName = input<string | null>(null);
  /** The filters to put in the URL. */
  readonly applied = output<Params>();
  /** Problems with what was typed (dates), for the page's error summary; [] once they are put right. */
  readonly errorsChange = output<FieldError[]>();

  protected readonly form = new FormGroup({
    q: new FormControl<string | null>(''),
    status: new FormControl<string[] | null>([]),
    owner: new FormControl<string | null>(''),
    overdue: new FormControl<string[] | null>([]),
    dueFrom: new FormControl<string | null>(null),
    dueTo: new FormControl<string | null>(null),
    themeId: new FormControl<string | null>(''),
    proposalId: new FormControl<string | null>(''),
    organisationId: new FormControl<string | null>(null),
    kind: new FormControl<string | null>(''),
  });
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly statusOptions = STATUS_OPTIONS;
  protected readonly overdueOptions = [{ value: 'true', text: 'Only overdue actions', hint: 'Due before today and not done or cancelled' }];
  protected readonly kindOptions = [{ value: '', text: 'Any kind' }, ...KIND_OPTIONS];
  protected readonly clearParams = clearFilterParams();

  protected readonly ownerOptions = computed(() => {
    const owner = this.view().owner;
    const users = this.lookups.userOptions();
    const unknown = owner && owner !== 'me' && this.lookups.users() && !users.some((u) => u.value === owner) ? [{ value: owner, text: 'Someone not in the list' }] : [];
    return [{ value: '', text: 'Anyone' }, { value: 'me', text: 'Me' }, ...unknown, ...users];
  });
  protected readonly themeOptions = computed(() => [{ value: '', text: 'Any theme' }, ...this.lookups.themeOptions()]);
  protected readonly proposalOptions = computed(() => [{ value: '', text: 'Any proposal' }, ...this.lookups.proposalOptions()]);

  protected readonly selected = computed(() =>
    selectedFilters(this.view(), {
      user: (id) => this.lookups.userName(id),
      theme: (id) => this.lookups.themeName(id),
      proposal: (id) => this.lookups.proposalTitle(id),
      organisation: () => this.organisationName(),
    }),
  );

  constructor() {
    // The form shows what the URL says: on arrival, after a tag is removed, and on Back.
    effect(() => {
      const view = this.view();
      untracked(() => {
        this.form.reset({
          q: view.q ?? '',
          status: [...view.status],
          owner: view.owner ?? '',
          overdue: view.overdue ? ['true'] : [],
          dueFrom: view.dueFrom,
          dueTo: view.dueTo,
          themeId: view.themeId ?? '',
          proposalId: view.proposalId ?? '',
          organisationId: view.organisationId,
          kind: view.kind ?? '',
        });
        this.show([]);
      });
    });
  }

  protected errorFor(field: string): string | null {
    return messageFor(this.errors(), field);
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    const errors: FieldError[] = [];
    for (const field of ['dueFrom', 'dueTo'] as const) {
      if (value[field] === INVALID_DATE) errors.push({ field, message: `${FILTER_LABELS[field]} must be a real date, like 27 3 2026` });
    }
    if (!errors.length && value.dueFrom && value.dueTo && value.dueFrom > value.dueTo) {
      errors.push({ field: 'dueTo', message: 'Due to must be the same as or after due from' });
    }
    this.show(errors);
    if (errors.length) return;
    this.applied.emit({
      q: value.q?.trim() || null,
      status: value.status?.length ? value.status : null,
      owner: value.owner || null,
      overdue: value.overdue?.includes('true') ? 'true' : null,
      dueFrom: value.dueFrom,
      dueTo: value.dueTo,
      themeId: value.themeId || null,
      proposalId: value.proposalId || null,
      organisationId: value.organisationId,
      kind: value.kind || null,
    });
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    this.errorsChange.emit(errors);
  }
}
