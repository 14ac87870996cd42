import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { OrganisationResponse } from '@send/contracts';
import { GovukBackLink, GovukCheckboxes, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, GovukTextarea } from '@send/web-ui';
import { firstValueFrom, of } from 'rxjs';
import { ConflictNotice, conflictingFields, type ConflictField } from '../../core/conflict-notice';
import { problemOf } from '../../core/problem';
import { formErrors } from '../form-errors';
import { REGION_OPTIONS, TYPE_OPTIONS } from '../labels';
import { OrganisationsApi } from '../organisations-api';
import { flash } from '../view/flash';
import { LoadFailed } from '../../core/load-failed';
import { ORGANISATION_FIELDS, ORGANISATION_LABELS, changedFields, changesOf, displayDraft, draftFrom, draftOf, fillForm, organisationForm, validateDraft, type OrganisationDraft } from './organisation-form';

/** Adds an organisation (`/organisations/new`) or edits one (`/organisations/:id/edit`). */
@Component({
  selector: 'app-organisation-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios, GovukCheckboxes, GovukTextarea, GovukSelect, ConflictNotice, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-form-page.html',
})
export class OrganisationFormPage {
  /** The route's :id when editing. */
  readonly id = input<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);
  private readonly notice = viewChild(ConflictNotice, { read: ElementRef });

  protected readonly editing = computed(() => !!this.id());
  protected readonly form = organisationForm();
  protected readonly errors = formErrors(ORGANISATION_FIELDS);
  protected readonly typeOptions = TYPE_OPTIONS;
  protected readonly regionOptions = REGION_OPTIONS;
  protected readonly busy = signal(false);
  protected readonly conflicts = signal<ConflictField[] | null>(null);
  protected readonly conflictBy = signal('Someone else');
  /** Fields someone else changed that this user had not touched: the form now shows the saved values. */
  protected readonly refreshed = signal<string[]>([]);

  protected readonly existing = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  /** The record as last read: edits are what differs from it, and its version goes in If-Match. */
  private readonly saved = signal<OrganisationResponse | null>(null);
  protected readonly name = computed(() => this.saved()?.name ?? null);
  protected readonly notFound = computed(() => {
    const error = this.existing.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly ready = computed(() => !this.editing() || this.saved() !== null);
  protected readonly cancelLink = computed(() => (this.id() ? `/organisations/${this.id()}` : '/organisations'));

  private readonly users = rxResource({ stream: () => this.api.users() });
  /** A current owner who is no longer active is not in the user list, but must stay selectable. */
  private readonly formerOwner = rxResource({
    params: () => {
      const ownerId = this.saved()?.relationshipOwnerId;
      if (!ownerId || !this.users.hasValue()) return undefined;
      return this.users.value().items.some((user) => user.id === ownerId) ? undefined : ownerId;
    },
    stream: ({ params }) => this.api.user(params),
  });
  protected readonly ownerOptions = computed(() => {
    const users = this.users.hasValue() ? this.users.value().items : [];
    const options = [{ value: '', text: 'No relationship owner' }, ...users.map((user) => ({ value: user.id, text: user.name }))];
    if (this.formerOwner.hasValue()) options.push({ value: this.formerOwner.value().id, text: `${this.formerOwner.value().name} (no longer active)` });
    return options;
  });

  constructor() {
    effect(() => {
      if (!this.existing.hasValue()) return;
      const organisation = this.existing.value();
      untracked(() => {
        // The first read fills the form; later reads (after a conflict) are merged in by showConflict().
        if (this.saved()?.id === organisation.id) return;
        this.saved.set(organisation);
        fillForm(this.form, draftOf(organisation));
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const draft = draftFrom(this.form);
    const problems = validateDraft(draft);
    if (problems.length || !draft.type) return this.fail(() => this.errors.set(problems));
    this.busy.set(true);
    const saved = this.saved();
    const changed = saved ? changedFields(draft, draftOf(saved)) : [];
    try {
      if (saved && !changed.length) {
        await this.router.navigate(['/organisations', saved.id]);
        return;
      }
      const result = saved
        ? await firstValueFrom(this.api.update(saved.id, saved.version, changesOf(draft, changed)))
        : await firstValueFrom(this.api.create({ ...draft, type: draft.type }));
      await this.router.navigate(['/organisations', result.id], { state: flash(saved ? 'Organisation updated' : `${result.name} has been added`) });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 412 && saved) await this.showConflict(draft, changed);
      else this.fail(() => this.errors.fromProblem(problem));
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * Someone saved the record since it was read. The user's own edits stay in the form; fields they had not touched
   * take the saved values; the notice compares the fields they edited with what is saved now.
   */
  private async showConflict(draft: OrganisationDraft, changed: readonly string[]): Promise<void> {
    const id = this.id() ?? '';
    let fresh: OrganisationResponse;
    try {
      fresh = await firstValueFrom(this.api.get(id));
    } catch (error) {
      this.fail(() => this.errors.fromProblem(problemOf(error)));
      return;
    }
    const before = draftOf(this.saved() ?? fresh);
    const theirs = draftOf(fresh);
    const untouched = ORGANISATION_FIELDS.filter((field) => !changed.includes(field));
    this.refreshed.set(changedFields(theirs, before).filter((field) => untouched.includes(field)).map((field) => ORGANISATION_LABELS[field]));
    fillForm(this.form, theirs, untouched);
    this.saved.set(fresh);
    const names = new Map(this.ownerOptions().map((option) => [option.value, option.text]));
    const show = (value: OrganisationDraft) => displayDraft(value, (ownerId) => names.get(ownerId) ?? 'Another user');
    const mine = Object.fromEntries(Object.entries(show(draft)).filter(([field]) => changed.includes(field)));
    this.conflicts.set(conflictingFields(mine, show(theirs), ORGANISATION_LABELS));
    this.errors.set([]);
    this.conflictBy.set(await firstValueFrom(fresh.updatedBy ? this.api.user(fresh.updatedBy) : of(null)).then((user) => user?.name ?? 'Someone else', () => 'Someone else'));
    setTimeout(() => this.notice()?.nativeElement.querySelector('[data-testid=conflict-notice]')?.focus());
  }

  private fail(show: () => void): void {
    this.conflicts.set(null);
    show();
    // A summary already showing does not take focus again by itself.
    this.summary()?.focus();
  }
}
