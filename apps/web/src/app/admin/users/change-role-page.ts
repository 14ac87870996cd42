import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Role, UserResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukRadios } from '@send/web-ui';
import { firstValueFrom, switchMap, tap } from 'rxjs';
import { ConflictNotice } from '../../core/conflict-notice';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { ROLE_CHOICES, ROLE_LABELS } from '../shared/labels';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { UsersApi } from './users-api';

@Component({
  selector: 'app-change-role-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukRadios, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link [href]="'/admin/users/' + id()" text="Back to user" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (conflict.fields(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">{{ name() }}</span>
        <h1 class="govuk-heading-l" tabindex="-1">Change role</h1>
        <app-load-status [state]="user()" what="this user" />
        @if (user().state === 'ready') {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <govuk-radios id="role" legend="Role" legendSize="m" hint="A new role applies from their next action; they stay signed in." [control]="form.controls.role" [options]="roles" [errorMessage]="errors.errorFor('role')" />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Save role</button>
              <a class="govuk-link" [routerLink]="['/admin/users', id()]">Cancel</a>
            </div>
          </form>
        }
      </div>
    </div>
  `,
})
export class ChangeRolePage {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);
  /** The version the admin is editing; after a conflict, the one they have now seen. */
  private version = 0;
  private saved: Role | null = null;

  readonly id = input.required<string>();
  protected readonly roles = ROLE_CHOICES;
  protected readonly form = new FormGroup({ role: new FormControl<string | null>(null) });
  protected readonly errors = new FormErrors({ role: 'role' });
  protected readonly busy = signal(false);
  protected readonly conflict = new ConflictState();
  protected readonly user = toSignal(
    toObservable(this.id).pipe(switchMap((id) => loadable(this.api.get(id)).pipe(tap((state) => state.state === 'ready' && this.edit(state.value))))),
    { initialValue: LOADING },
  );
  protected readonly name = computed(() => {
    const user = this.user();
    return user.state === 'ready' ? user.value.name : '';
  });

  protected async save(): Promise<void> {
    const role = this.form.controls.role.value as Role | null;
    if (!role) {
      this.errors.set([{ field: 'role', message: 'Select a role' }]);
      return this.summary()?.focus();
    }
    if (role === this.saved && !this.conflict.fields()) return void this.router.navigate(['/admin/users', this.id()]);
    this.busy.set(true);
    try {
      const user = await firstValueFrom(this.api.update(this.id(), this.version, { role }));
      this.flash.set({ text: `${user.name}'s role has been changed to ${ROLE_LABELS[user.role]}` });
      await this.router.navigate(['/admin/users', this.id()]);
    } catch (error) {
      if (isStale(error)) await this.showConflict(role).catch((reread: unknown) => this.errors.fromError(reread, 'role'));
      else {
        this.errors.fromError(error, 'role');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private edit(user: UserResponse): void {
    this.version = user.version;
    this.saved = user.role;
    this.form.controls.role.setValue(user.role);
  }

  /** Someone changed the account meanwhile: show what, keep the admin's choice, and let a second save replace it. */
  private async showConflict(mine: Role): Promise<void> {
    this.errors.clear();
    const theirs = await this.conflict.resolve<UserResponse>(this.api.get(this.id()), { role: mine }, { role: 'Role' }, (value) => ROLE_LABELS[value as Role] ?? String(value));
    this.version = theirs.version;
    this.saved = theirs.role;
  }
}
