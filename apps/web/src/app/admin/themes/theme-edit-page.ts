import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { FieldError, ThemeResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukTextarea } from '@send/web-ui';
import { firstValueFrom, switchMap, tap } from 'rxjs';
import { ConflictNotice } from '../../core/conflict-notice';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { NAME_MAX, TEXT_MAX, tooLong } from '../shared/limits';
import { ThemesApi } from './themes-api';

@Component({
  selector: 'app-theme-edit-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukTextarea, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/themes" text="Back to themes" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (conflict.fields(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">Themes</span>
        <h1 class="govuk-heading-l" tabindex="-1">Change a theme</h1>
        <app-load-status [state]="theme()" what="this theme" />
        @if (theme().state === 'ready') {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <govuk-input id="name" label="Name" [control]="form.controls.name" [errorMessage]="errors.errorFor('name')" />
            <govuk-textarea id="summary" label="Summary" hint="A sentence or two on what the principle means, shown wherever the theme is explained." [control]="form.controls.summary" [errorMessage]="errors.errorFor('summary')" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Save theme</button>
              <a class="govuk-link" routerLink="/admin/themes">Cancel</a>
            </div>
          </form>
        }
      </div>
    </div>
  `,
})
export class ThemeEditPage {
  private readonly api = inject(ThemesApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);
  private version = 0;

  readonly id = input.required<string>();
  protected readonly errors = new FormErrors({ name: 'name', summary: 'summary' });
  protected readonly conflict = new ConflictState();
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    name: new FormControl<string | null>(''),
    summary: new FormControl<string | null>(''),
  });
  protected readonly theme = toSignal(
    toObservable(this.id).pipe(switchMap((id) => loadable(this.api.get(id)).pipe(tap((state) => state.state === 'ready' && this.edit(state.value))))),
    { initialValue: LOADING },
  );

  protected async save(): Promise<void> {
    const name = this.form.controls.name.value?.trim() ?? '';
    const summary = this.form.controls.summary.value?.trim() ?? '';
    const problems: FieldError[] = [];
    if (!name) problems.push({ field: 'name', message: 'Enter a name for the theme' });
    else if (tooLong(name, NAME_MAX)) problems.push({ field: 'name', message: `The name must be ${NAME_MAX} characters or fewer` });
    if (tooLong(summary, TEXT_MAX)) problems.push({ field: 'summary', message: `The summary must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
    if (problems.length) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const theme = await firstValueFrom(this.api.update(this.id(), this.version, { name, summary }));
      this.flash.set({ text: `The theme ‘${theme.name}’ has been saved` });
      await this.router.navigate(['/admin/themes']);
    } catch (error) {
      if (isStale(error)) {
        this.errors.clear();
        await this.conflict
          .resolve<ThemeResponse>(this.api.get(this.id()), { name, summary }, { name: 'Name', summary: 'Summary' })
          .then((theirs) => (this.version = theirs.version), (reread: unknown) => this.errors.fromError(reread, 'name'));
      } else {
        this.errors.fromError(error, 'name');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private edit(theme: ThemeResponse): void {
    this.version = theme.version;
    this.form.setValue({ name: theme.name, summary: theme.summary });
  }
}
