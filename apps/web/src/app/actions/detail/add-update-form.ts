import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { ActionUpdateResponse, FieldError } from '@send/contracts';
import { GovukTextarea } from '@send/web-ui';
import { fieldErrorsOf, problemOf } from '../../core/problem';
import { ActionsApi } from '../actions-api';
import { messageFor, readableErrors } from '../shared/field-errors';

const TEXT_MAX = 20_000;

/** A progress note on an action. It does not change the action's version, so it never makes an edit stale. */
@Component({
  selector: 'app-add-update-form',
  imports: [ReactiveFormsModule, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="submit($event)" novalidate data-testid="add-update-form">
      <govuk-textarea
        id="updateBody"
        name="body"
        label="Add an update"
        labelSize="s"
        hint="What has happened, what is next and who is doing it"
        [rows]="4"
        [control]="body"
        [errorMessage]="error()"
      />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="busy()">Add update</button>
    </form>
  `,
})
export class AddUpdateForm {
  private readonly api = inject(ActionsApi);

  readonly actionId = input.required<string>();
  readonly added = output<ActionUpdateResponse>();
  /** For the page's error summary; [] after a successful save. */
  readonly errorsChange = output<FieldError[]>();

  protected readonly body = new FormControl<string | null>('');
  protected readonly busy = signal(false);
  private readonly errors = signal<FieldError[]>([]);
  protected readonly error = computed(() => messageFor(this.errors(), 'updateBody'));

  protected submit(event: Event): void {
    event.preventDefault();
    const text = this.body.value?.trim() ?? '';
    if (!text) return this.show([{ field: 'updateBody', message: 'Enter the update' }]);
    if (text.length > TEXT_MAX) return this.show([{ field: 'updateBody', message: 'The update must be 20,000 characters or fewer' }]);
    this.busy.set(true);
    this.api.addUpdate(this.actionId(), text).subscribe({
      next: (update) => {
        this.busy.set(false);
        this.body.reset('');
        this.show([]);
        this.added.emit(update);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const errors = readableErrors(fieldErrorsOf(problemOf(error), 'body'), { body: 'The update' });
        this.show(errors.map((e) => ({ ...e, field: e.field === 'body' ? 'updateBody' : e.field })));
      },
    });
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    this.errorsChange.emit(errors);
  }
}
