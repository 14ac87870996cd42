import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { FieldError, MinisterResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios, type GovukChoice } from '@send/web-ui';
import { firstValueFrom, of, switchMap, tap } from 'rxjs';
import { ConflictNotice } from '../../core/conflict-notice';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { NAME_MAX, tooLong } from '../shared/limits';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { MinistersApi } from './ministers-api';

const ACTIVE = 'active';
const RETIRED = 'retired';

/** Adds a minister (no id), or renames, retires or reinstates one. */
@Component({
  selector: 'app-minister-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/ministers" text="Back to ministers" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (conflict.fields(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">Ministers</span>
        <h1 class="govuk-heading-l" tabindex="-1">{{ id() ? 'Change a minister' : 'Add a minister' }}</h1>
        <app-load-status [state]="minister()" what="this minister" />
        @if (minister().state === 'ready') {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <govuk-input id="name" label="Name" hint="As it should appear on meeting records, for example Minister for School Standards" [control]="form.controls.name" [errorMessage]="errors.errorFor('name')" />
            @if (id()) {
              <govuk-radios id="active" legend="Status" legendSize="m" [control]="form.controls.active" [options]="statusOptions" [errorMessage]="errors.errorFor('active')" />
            }
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">{{ id() ? 'Save minister' : 'Add minister' }}</button>
              <a class="govuk-link" routerLink="/admin/ministers">Cancel</a>
            </div>
          </form>
        }
      </div>
    </div>
  `,
})
export class MinisterFormPage {
  private readonly api = inject(MinistersApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);
  private version = 0;

  /** Absent when adding. */
  readonly id = input<string>();
  protected readonly statusOptions: GovukChoice[] = [
    { value: ACTIVE, text: 'Active', hint: 'Can be added to new meetings' },
    { value: RETIRED, text: 'Retired', hint: 'Stays on past meetings, but cannot be added to new ones' },
  ];
  protected readonly errors = new FormErrors({ name: 'name', active: 'active' });
  protected readonly conflict = new ConflictState();
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    name: new FormControl<string | null>(''),
    active: new FormControl<string | null>(ACTIVE),
  });
  protected readonly minister = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => loadable(id ? this.api.get(id) : of(null)).pipe(tap((state) => state.state === 'ready' && state.value && this.edit(state.value)))),
    ),
    { initialValue: LOADING },
  );

  protected async save(): Promise<void> {
    const name = this.form.controls.name.value?.trim() ?? '';
    const active = this.form.controls.active.value !== RETIRED;
    const problems: FieldError[] = [];
    if (!name) problems.push({ field: 'name', message: 'Enter the minister’s name or title' });
    else if (tooLong(name, NAME_MAX)) problems.push({ field: 'name', message: `The name must be ${NAME_MAX} characters or fewer` });
    if (problems.length) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    const id = this.id();
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(id ? this.api.update(id, this.version, { name, active }) : this.api.create({ name }));
      this.flash.set({ text: id ? `${saved.name} has been saved${saved.active ? '' : ' as retired'}` : `${saved.name} has been added` });
      await this.router.navigate(['/admin/ministers']);
    } catch (error) {
      if (id && isStale(error)) {
        this.errors.clear();
        await this.conflict
          .resolve<MinisterResponse>(this.api.get(id), { name, active }, { name: 'Name', active: 'Status' }, showMinisterValue)
          .then((theirs) => (this.version = theirs.version), (reread: unknown) => this.errors.fromError(reread, 'name'));
      } else {
        this.errors.fromError(error, 'name');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private edit(minister: MinisterResponse): void {
    this.version = minister.version;
    this.form.setValue({ name: minister.name, active: minister.active ? ACTIVE : RETIRED });
  }
}

function showMinisterValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Active' : 'Retired';
  return value === null || value === undefined || value === '' ? 'Not set' : String(value);
}
