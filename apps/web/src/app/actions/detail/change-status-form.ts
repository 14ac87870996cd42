import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ActionDetailResponse, FieldError } from '@send/contracts';
import { GovukRadios, GovukTextarea } from '@send/web-ui';
import { HttpErrorResponse } from '@angular/common/http';
import { ConflictNotice, type ConflictField } from '../../core/conflict-notice';
import { fieldErrorsOf, problemOf } from '../../core/problem';
import { STATUS_OPTIONS, isStatus } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { ActionsApi } from '../actions-api';
import { FIELD_LABELS, changedFields, conflictsWith, fieldsOf, type ActionFields } from '../shared/action-fields';
import { messageFor, readableErrors } from '../shared/field-errors';

/**
 * Moves an action through its statuses; done needs a completion note (checked here, and by the API). A save refused
 * as stale shows what changed and keeps the choice made, ready to save over the new version.
 */
@Component({
  selector: 'app-change-status-form',
  imports: [ReactiveFormsModule, GovukRadios, GovukTextarea, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (conflict(); as fields) {
      <app-conflict-notice [fields]="fields" [who]="who()" />
    }
    <form (submit)="submit($event)" novalidate data-testid="status-form">
      <govuk-radios id="status" legend="Status" legendSize="s" [options]="options" [control]="form.controls.status" [small]="true" [errorMessage]="errorFor('status')" />
      <govuk-textarea
        id="completionNote"
        label="Completion note"
        labelSize="s"
        hint="Needed to mark the action as done: say what was done and where the record is"
        [rows]="3"
        [control]="form.controls.completionNote"
        [errorMessage]="errorFor('completionNote')"
      />
      <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Change status</button>
    </form>
  `,
})
export class ChangeStatusForm {
  private readonly api = inject(ActionsApi);
  private readonly lookups = inject(ActionLookups);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly action = input.required<ActionDetailResponse>();
  /** The action as saved, or as re-read after a conflict. */
  readonly changed = output<{ action: ActionDetailResponse; saved: boolean }>();
  readonly errorsChange = output<FieldError[]>();

  protected readonly options = STATUS_OPTIONS;
  protected readonly form = new FormGroup({
    status: new FormControl<string | null>(null),
    completionNote: new FormControl<string | null>(''),
  });
  protected readonly busy = signal(false);
  protected readonly conflict = signal<ConflictField[] | null>(null);
  protected readonly who = signal('Someone else');
  private readonly errors = signal<FieldError[]>([]);
  /** Set while the record is swapped for the fresh one after a conflict, so the user's choice is kept. */
  private keepEdits = false;
  private shownVersion: string | null = null;

  private readonly names = {
    user: (id: string) => this.lookups.userName(id),
    organisation: () => null,
    theme: (id: string) => this.lookups.themeName(id),
    proposal: (id: string) => this.lookups.proposalTitle(id),
  };

  constructor() {
    // A new version (another save, a re-read) resets the form, except when it is the re-read after a conflict.
    effect(() => {
      const action = this.action();
      untracked(() => {
        const key = `${action.id}@${action.version}`;
        if (key === this.shownVersion) return;
        this.shownVersion = key;
        if (this.keepEdits) this.keepEdits = false;
        else this.form.reset({ status: action.status, completionNote: action.completionNote ?? '' });
      });
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const value = this.form.getRawValue();
    const status = isStatus(value.status) ? value.status : null;
    const note = value.completionNote?.trim() || null;
    if (!status) return this.show([{ field: 'status', message: 'Select a status' }]);
    if (status === 'done' && !note) return this.show([{ field: 'completionNote', message: 'Enter a completion note to mark this action as done' }]);
    const action = this.action();
    const mine: Partial<ActionFields> = { status, completionNote: note };
    const changes = changedFields(mine, fieldsOf(action));
    if (!Object.keys(changes).length) return this.show([{ field: 'status', message: 'Select a different status, or change the completion note' }]);
    this.busy.set(true);
    this.api.update(action.id, action.version, changes).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.conflict.set(null);
        this.show([]);
        this.changed.emit({ action: saved, saved: true });
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 412) return this.reread(changes);
        this.busy.set(false);
        this.show(readableErrors(fieldErrorsOf(problemOf(error), 'status'), FIELD_LABELS));
      },
    });
  }

  private reread(mine: Partial<ActionFields>): void {
    this.api.get(this.action().id).subscribe({
      next: (fresh) => {
        this.busy.set(false);
        this.show([]);
        this.conflict.set(conflictsWith(mine, fieldsOf(fresh), this.names));
        this.who.set(this.lookups.userName(fresh.updatedBy) ?? 'Someone else');
        this.keepEdits = true;
        this.changed.emit({ action: fresh, saved: false });
        afterNextRender({ write: () => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=conflict-notice]')?.focus() }, { injector: this.injector });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.show(fieldErrorsOf(problemOf(error), 'status'));
      },
    });
  }

  protected errorFor(field: string): string | null {
    return messageFor(this.errors(), field);
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    this.errorsChange.emit(errors);
  }
}
