import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { FieldError, Phase, PhaseResponse } from '@send/contracts';
import { GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, INVALID_DATE, formatLondonDate } from '@send/web-ui';
import { firstValueFrom, map, switchMap, tap } from 'rxjs';
import { ConflictNotice, showValue } from '../../core/conflict-notice';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { NAME_MAX, tooLong } from '../shared/limits';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { PhasesApi, type PhaseInOrder } from './phases-api';

@Component({
  selector: 'app-phase-edit-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/phases" text="Back to phases" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (conflict.fields(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">Phases</span>
        <h1 class="govuk-heading-l" tabindex="-1">Change a phase</h1>
        <app-load-status [state]="phase()" what="this phase" />
        @if (phase().state === 'ready') {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <govuk-input id="name" label="Name" [control]="form.controls.name" [errorMessage]="errors.errorFor('name')" />
            <govuk-date-input
              id="startsOn"
              legend="Start date"
              legendSize="m"
              [hint]="dateHint()"
              [control]="form.controls.startsOn"
              [errorMessage]="errors.errorFor('startsOn')"
            />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Save phase</button>
              <a class="govuk-link" routerLink="/admin/phases">Cancel</a>
            </div>
          </form>
        }
      </div>
    </div>
  `,
})
export class PhaseEditPage {
  private readonly api = inject(PhasesApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);

  readonly key = input.required<string>();
  protected readonly errors = new FormErrors({ name: 'name', startsOn: 'startsOn-day' }, { name: 'The name', startsOn: 'The start date' });
  protected readonly busy = signal(false);
  protected readonly conflict = new ConflictState();
  private version = 0;
  protected readonly form = new FormGroup({
    name: new FormControl<string | null>(''),
    startsOn: new FormControl<string | null>(null),
  });
  protected readonly phase = toSignal(
    toObservable(this.key).pipe(switchMap((key) => loadable(this.api.get(key)).pipe(tap((state) => state.state === 'ready' && this.edit(state.value))))),
    { initialValue: LOADING },
  );

  /** The dates it must fall between, so the admin need not find out by trying. */
  protected readonly dateHint = computed(() => {
    const state = this.phase();
    if (state.state !== 'ready') return null;
    const { previous, next } = state.value;
    const bounds = [previous && `after ${previous.name} (${formatLondonDate(previous.startsOn)})`, next && `before ${next.name} (${formatLondonDate(next.startsOn)})`].filter(Boolean);
    return `${bounds.length ? `It must be ${bounds.join(' and ')}. ` : ''}For example, 27 3 2026`;
  });

  protected async save(): Promise<void> {
    const name = this.form.controls.name.value?.trim() ?? '';
    const startsOn = this.form.controls.startsOn.value;
    const problems: FieldError[] = [];
    if (!name) problems.push({ field: 'name', message: 'Enter a name for the phase' });
    else if (tooLong(name, NAME_MAX)) problems.push({ field: 'name', message: `The name must be ${NAME_MAX} characters or fewer` });
    if (!startsOn) problems.push({ field: 'startsOn', message: 'Enter the date the phase starts' });
    else if (startsOn === INVALID_DATE) problems.push({ field: 'startsOn', message: 'The start date must be a real date' });
    if (problems.length || !startsOn) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(this.api.update(this.key() as Phase, this.version, { name, startsOn }));
      this.flash.set({ text: `${saved.name} has been saved` });
      await this.router.navigate(['/admin/phases']);
    } catch (error) {
      if (isStale(error)) {
        // Someone saved this phase since it was read: show what they changed; these edits stay in the form.
        this.errors.clear();
        const reread = this.api.get(this.key()).pipe(map((found) => found.phase));
        await this.conflict.resolve<PhaseResponse>(reread, { name, startsOn }, LABELS, showValue).then(
          (theirs) => (this.version = theirs.version),
          (failed: unknown) => this.errors.fromError(failed, 'name'),
        );
      } else {
        // Out of order (422) comes back on startsOn; anything else is shown against the name.
        this.errors.fromError(error, 'name');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private edit({ phase }: PhaseInOrder): void {
    this.version = phase.version;
    this.form.setValue({ name: phase.name, startsOn: phase.startsOn });
  }
}

const LABELS: Partial<Record<keyof PhaseResponse, string>> = { name: 'Name', startsOn: 'Start date' };
