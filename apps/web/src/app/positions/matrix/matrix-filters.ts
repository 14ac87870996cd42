import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked, type Signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ORGANISATION_TYPES, PHASES, type OrganisationType, type Phase } from '@send/contracts';
import { GovukCheckboxes, GovukInput, GovukSelect, type GovukSelectOption } from '@send/web-ui';
import { ORGANISATION_TYPE_LABELS } from '../labels';
import type { MatrixFilterValues } from './matrix-query';

/**
 * The matrix filters. Applied with a button, never on change (WCAG 3.2.2); the form follows the URL, so Back shows
 * the filters of the view it returns to.
 */
@Component({
  selector: 'app-matrix-filters',
  imports: [ReactiveFormsModule, RouterLink, GovukSelect, GovukInput, GovukCheckboxes],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-filters { border: 1px solid #b1b4b6; padding: 15px 15px 0; margin-bottom: 30px; }
    .app-filters__fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); column-gap: 20px; align-items: end; }
    .app-filters__actions { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 20px; }
  `,
  template: `
    <form class="app-filters" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="filters-title">
      <h2 class="govuk-heading-s" id="filters-title">Filter positions</h2>
      <div class="app-filters__fields">
        <govuk-select id="themeId" label="Theme" [options]="themeOptions()" [control]="form.controls.themeId" />
        <govuk-select id="groupId" label="Group" [options]="groupOptions()" [control]="form.controls.groupId" />
        <govuk-select id="organisationType" label="Organisation type" [options]="typeOptions" [control]="form.controls.organisationType" />
        <govuk-select id="phase" label="Phase" [options]="phaseOptions()" [control]="form.controls.phase" />
        <govuk-input id="q" label="Organisation name" [control]="form.controls.q" [errorMessage]="qError()" />
        <govuk-checkboxes id="includeEmpty" legend="Organisations listed" [small]="true" [options]="emptyOption" [control]="form.controls.includeEmpty" />
      </div>
      <div class="app-filters__actions">
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Apply filters</button>
        <a class="govuk-link govuk-body" routerLink="/positions">Clear filters</a>
      </div>
    </form>
  `,
})
export class MatrixFilters {
  readonly values = input.required<MatrixFilterValues>();
  readonly themes = input<readonly GovukSelectOption[]>([]);
  readonly groups = input<readonly GovukSelectOption[]>([]);
  readonly phases = input<readonly GovukSelectOption[]>([]);
  /** Set by the page when the name it was given is too long. */
  readonly qError = input<string | null>(null);
  readonly apply = output<MatrixFilterValues>();

  protected readonly form = new FormGroup({
    themeId: new FormControl<string | null>(''),
    groupId: new FormControl<string | null>(''),
    organisationType: new FormControl<string | null>(''),
    phase: new FormControl<string | null>(''),
    q: new FormControl<string | null>(''),
    includeEmpty: new FormControl<string[] | null>([]),
  });
  protected readonly typeOptions: GovukSelectOption[] = [{ value: '', text: 'All types' }, ...ORGANISATION_TYPES.map((t) => ({ value: t, text: ORGANISATION_TYPE_LABELS[t] }))];
  protected readonly emptyOption = [{ value: 'true', text: 'Include organisations with no positions' }];
  protected readonly themeOptions = withAny(this.themes, 'All themes');
  protected readonly groupOptions = withAny(this.groups, 'All groups');
  protected readonly phaseOptions = withAny(this.phases, 'Any phase (current position)');

  constructor() {
    effect(() => {
      const v = this.values();
      untracked(() => {
        this.form.setValue({ ...v, includeEmpty: v.includeEmpty ? ['true'] : [] });
      });
    });
  }

  protected submit(): void {
    const raw = this.form.getRawValue();
    this.apply.emit({
      themeId: raw.themeId ?? '',
      groupId: raw.groupId ?? '',
      organisationType: (raw.organisationType ?? '') as OrganisationType | '',
      phase: (PHASES.includes(raw.phase as Phase) ? raw.phase : '') as Phase | '',
      q: (raw.q ?? '').trim(),
      includeEmpty: (raw.includeEmpty ?? []).includes('true'),
    });
  }
}

function withAny(options: Signal<readonly GovukSelectOption[]>, any: string): Signal<GovukSelectOption[]> {
  return computed(() => [{ value: '', text: any }, ...options()]);
}
