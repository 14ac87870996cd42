import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ActionDetailResponse, FieldError, MeetingResponse } from '@send/contracts';
import { GovukBackLink, GovukCheckboxes, GovukDateInput, GovukErrorSummary, GovukInput, GovukInsetText, GovukRadios, GovukSelect, GovukTextarea, GovukWarningText } from '@send/web-ui';
import { ConflictNotice, type ConflictField } from '../../core/conflict-notice';
import { fieldErrorsOf, problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import { CLASSIFICATION_OPTIONS, KIND_OPTIONS, PRIORITY_OPTIONS, STATUS_OPTIONS } from '../action-labels';
import { ActionLookups } from '../action-lookups';
import { ActionsApi } from '../actions-api';
import { FIELD_LABELS, changedFields, conflictsWith, fieldsOf, pickFields, type ActionFields, type FieldNames } from '../shared/action-fields';
import { controlValue } from '../shared/control-value';
import { messageFor, readableErrors, summaryItems } from '../shared/field-errors';
import { OrganisationPicker } from '../shared/organisation-picker';
import { ERROR_ANCHORS, NEW_ACTION, OWNER_TYPES, createActionForm, createRequest, fieldsFor, fieldsFromForm, formValueOf, validateForm, type FormMode } from './action-form-model';

type PageState = 'loading' | 'ready' | 'not-found' | 'failed';

/** Create an action (optionally from a meeting) or edit one; a stale save shows what changed and keeps the edits. */
@Component({
  selector: 'app-action-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ConflictNotice,
    GovukBackLink,
    GovukCheckboxes,
    GovukDateInput,
    GovukErrorSummary,
    GovukInput,
    GovukInsetText,
    GovukRadios,
    GovukSelect,
    GovukTextarea,
    GovukWarningText,
    OrganisationPicker,
  ],
  providers: [ActionLookups],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-form-page.html',
})
export class ActionFormPage implements OnInit {
  private readonly api = inject(ActionsApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild(GovukErrorSummary);
  protected readonly lookups = inject(ActionLookups);

  /** The route's :id when editing. */
  readonly id = input<string>();
  /** ?meetingId= when creating from a meeting. */
  readonly meetingId = input<string>();

  protected readonly mode = computed<FormMode>(() => (!this.id() ? 'create' : this.session.hasRole('reviewer') ? 'review' : 'edit'));
  protected readonly form = createActionForm();
  protected readonly ownerType = controlValue(this.form.controls.ownerType);
  protected readonly state = signal<PageState>('loading');
  /** The version being edited: the one loaded, or the fresh one after a conflict. */
  protected readonly base = signal<ActionDetailResponse | null>(null);
  protected readonly meeting = signal<MeetingResponse | null>(null);
  protected readonly meetingMissing = signal(false);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly errorItems = computed(() => summaryItems(this.errors(), ERROR_ANCHORS));
  protected readonly conflict = signal<ConflictField[] | null>(null);
  protected readonly who = signal('Someone else');
  protected readonly busy = signal(false);
  private readonly organisationNames = new Map<string, string>();
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly ownerTypes = OWNER_TYPES;
  protected readonly priorityOptions = PRIORITY_OPTIONS;
  protected readonly kindOptions = KIND_OPTIONS;
  protected readonly classificationOptions = CLASSIFICATION_OPTIONS;
  protected readonly statusOptions = STATUS_OPTIONS;
  protected readonly shows = computed(() => new Set<string>(fieldsFor(this.mode())));
  protected readonly backHref = computed(() => {
    const id = this.id();
    const meetingId = this.meetingId();
    return id ? `/actions/${id}` : meetingId ? `/meetings/${meetingId}` : '/actions';
  });
  protected readonly userOptions = computed(() => {
    const base = this.base();
    const users = this.lookups.userOptions();
    // An owner who has since left is still shown, rather than silently becoming "Select a person".
    const former = base?.ownerUserId && !users.some((u) => u.value === base.ownerUserId) ? [{ value: base.ownerUserId, text: base.ownerName ?? 'A former user' }] : [];
    return [{ value: '', text: 'Select a person' }, ...former, ...users];
  });

  private readonly names: FieldNames = {
    user: (id) => this.lookups.userName(id) ?? (id === this.base()?.ownerUserId ? this.base()?.ownerName ?? null : null),
    organisation: (id) => this.organisationNames.get(id) ?? null,
    theme: (id) => this.lookups.themeName(id),
    proposal: (id) => this.lookups.proposalTitle(id),
  };

  ngOnInit(): void {
    const id = this.id();
    if (id) return this.load(id);
    this.state.set('ready');
    this.form.reset(formValueOf(NEW_ACTION));
    const meetingId = this.meetingId();
    if (meetingId) this.linkMeeting(meetingId);
  }

  protected errorFor(field: string): string | null {
    return messageFor(this.errors(), field);
  }

  protected remember(organisation: { id: string; name: string }): void {
    this.organisationNames.set(organisation.id, organisation.name);
  }

  protected save(): void {
    const value = this.form.getRawValue();
    const problems = validateForm(value, this.mode());
    if (problems.length) return this.show(problems);
    const fields = fieldsFromForm(value);
    const base = this.base();
    if (!base) return this.create(fields);
    const changes = changedFields(pickFields(fields, fieldsFor(this.mode())), fieldsOf(base));
    if (!Object.keys(changes).length) {
      void this.router.navigate(['/actions', base.id], { state: { notice: 'No changes were made' } });
      return;
    }
    this.busy.set(true);
    this.api.update(base.id, base.version, changes).subscribe({
      next: (saved) => void this.router.navigate(['/actions', saved.id], { state: { notice: 'Action saved' } }),
      error: (error: unknown) => (error instanceof HttpErrorResponse && error.status === 412 ? this.reread(base.id, changes) : this.failed(error)),
    });
  }

  private create(fields: ActionFields): void {
    this.busy.set(true);
    const meetingId = this.meetingMissing() ? null : (this.meetingId() ?? null);
    this.api.create(createRequest(fields, meetingId), this.idempotencyKey).subscribe({
      next: (created) => void this.router.navigate(['/actions', created.id], { state: { notice: `Action ${created.reference} created` } }),
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Someone saved first: show what they changed, keep this user's edits on top of their version, save over it next. */
  private reread(id: string, mine: Partial<ActionFields>): void {
    this.api.get(id).subscribe({
      next: (fresh) => {
        this.busy.set(false);
        this.show([]);
        this.rememberNames(fresh);
        this.conflict.set(conflictsWith(mine, fieldsOf(fresh), this.names));
        this.who.set(this.lookups.userName(fresh.updatedBy) ?? 'Someone else');
        this.base.set(fresh);
        this.form.reset(formValueOf({ ...fieldsOf(fresh), ...mine }));
        afterNextRender({ write: () => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=conflict-notice]')?.focus() }, { injector: this.injector });
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private load(id: string): void {
    this.api.get(id).subscribe({
      next: (action) => {
        this.rememberNames(action);
        this.base.set(action);
        this.form.reset(formValueOf(fieldsOf(action)));
        this.state.set('ready');
      },
      error: (error: unknown) => this.state.set(error instanceof HttpErrorResponse && error.status === 404 ? 'not-found' : 'failed'),
    });
  }

  private linkMeeting(meetingId: string): void {
    // The API files an action under its meeting's classification unless told otherwise: show that default.
    this.form.controls.classification.setValue(null);
    this.api.meeting(meetingId).subscribe({
      next: (meeting) => {
        this.meeting.set(meeting);
        if (this.form.controls.classification.value === null) this.form.controls.classification.setValue(meeting.classification);
      },
      error: () => {
        this.meetingMissing.set(true);
        if (this.form.controls.classification.value === null) this.form.controls.classification.setValue('OFFICIAL');
      },
    });
  }

  private rememberNames(action: ActionDetailResponse): void {
    if (action.ownerOrganisationId && action.ownerName) this.organisationNames.set(action.ownerOrganisationId, action.ownerName);
    if (action.raisedByOrganisationId && action.raisedByName) this.organisationNames.set(action.raisedByOrganisationId, action.raisedByName);
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.show(readableErrors(fieldErrorsOf(problemOf(error), 'title'), FIELD_LABELS));
  }

  private show(errors: FieldError[]): void {
    this.errors.set(errors);
    if (errors.length) this.summary()?.focus();
  }
}
