import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ContactResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukTextarea } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { ConflictNotice, conflictingFields, type ConflictField } from '../../core/conflict-notice';
import { problemOf } from '../../core/problem';
import { ContactsApi } from '../contacts-api';
import { formErrors } from '../form-errors';
import { OrganisationsApi } from '../organisations-api';
import { flash } from '../view/flash';
import { LoadFailed } from '../../core/load-failed';
import { CONTACT_FIELDS, CONTACT_LABELS, changedFields, changesOf, contactForm, displayDraft, draftFrom, draftOf, fillForm, validateDraft, type ContactDraft } from './contact-form';

/** Adds a contact at an organisation (`…/contacts/new`) or corrects one (`…/contacts/:contactId/edit`). */
@Component({
  selector: 'app-contact-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukTextarea, ConflictNotice, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contact-form-page.html',
})
export class ContactFormPage {
  /** The route's :id (the organisation). */
  readonly id = input.required<string>();
  /** The route's :contactId when editing. */
  readonly contactId = input<string>();

  private readonly contactsApi = inject(ContactsApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);
  private readonly notice = viewChild(ConflictNotice, { read: ElementRef });

  protected readonly editing = computed(() => !!this.contactId());
  protected readonly form = contactForm();
  protected readonly errors = formErrors(CONTACT_FIELDS);
  protected readonly busy = signal(false);
  protected readonly conflicts = signal<ConflictField[] | null>(null);
  protected readonly refreshed = signal<string[]>([]);
  protected readonly backLink = computed(() => `/organisations/${this.id()}`);

  private readonly organisation = rxResource({ params: () => this.id(), stream: ({ params }) => this.organisationsApi.get(params) });
  protected readonly organisationName = computed(() => (this.organisation.hasValue() ? this.organisation.value().name : null));
  protected readonly existing = rxResource({ params: () => this.contactId(), stream: ({ params }) => this.contactsApi.get(params) });
  private readonly saved = signal<ContactResponse | null>(null);
  protected readonly anonymised = computed(() => !!this.saved()?.anonymisedAt);
  protected readonly notFound = computed(() => {
    const error = this.existing.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly ready = computed(() => !this.editing() || this.saved() !== null);

  constructor() {
    effect(() => {
      if (!this.existing.hasValue()) return;
      const contact = this.existing.value();
      untracked(() => {
        if (this.saved()?.id === contact.id) return;
        this.saved.set(contact);
        fillForm(this.form, draftOf(contact));
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const draft = draftFrom(this.form);
    const problems = validateDraft(draft);
    if (problems.length) return this.fail(() => this.errors.set(problems));
    this.busy.set(true);
    const saved = this.saved();
    const changed = saved ? changedFields(draft, draftOf(saved)) : [];
    try {
      if (!saved) {
        await firstValueFrom(this.contactsApi.create({ organisationId: this.id(), ...draft }));
      } else if (changed.length) {
        await firstValueFrom(this.contactsApi.update(saved.id, saved.version, changesOf(draft, changed)));
      }
      await this.router.navigate(['/organisations', this.id()], { state: saved && !changed.length ? {} : flash(saved ? `${draft.name}'s details have been updated` : `${draft.name} has been added as a contact`) });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 412 && saved) await this.showConflict(draft, changed);
      else this.fail(() => this.errors.fromProblem(problem));
    } finally {
      this.busy.set(false);
    }
  }

  /** As on the organisation form: the user's edits stay, untouched fields take the saved values. */
  private async showConflict(draft: ContactDraft, changed: readonly string[]): Promise<void> {
    let fresh: ContactResponse;
    try {
      fresh = await firstValueFrom(this.contactsApi.get(this.contactId() ?? ''));
    } catch (error) {
      this.fail(() => this.errors.fromProblem(problemOf(error)));
      return;
    }
    const before = draftOf(this.saved() ?? fresh);
    const theirs = draftOf(fresh);
    const untouched = CONTACT_FIELDS.filter((field) => !changed.includes(field));
    this.refreshed.set(changedFields(theirs, before).filter((field) => untouched.includes(field)).map((field) => CONTACT_LABELS[field]));
    fillForm(this.form, theirs, untouched);
    this.saved.set(fresh);
    const mine = Object.fromEntries(Object.entries(displayDraft(draft)).filter(([field]) => changed.includes(field)));
    this.conflicts.set(conflictingFields(mine, displayDraft(theirs), CONTACT_LABELS));
    this.errors.set([]);
    setTimeout(() => this.notice()?.nativeElement.querySelector('[data-testid=conflict-notice]')?.focus());
  }

  private fail(show: () => void): void {
    this.conflicts.set(null);
    show();
    this.summary()?.focus();
  }
}
