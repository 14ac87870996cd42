import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormArray } from '@angular/forms';
import type { ContactResponse, OrganisationResponse } from '@send/contracts';
import { GovukCheckboxes, GovukRadios, type GovukChoice } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { conflictingFields } from '../../../core/conflict-notice';
import { ATTENDANCE_LABELS, choices } from '../shared/labels';
import { RecordLookups } from '../shared/record-apis';
import { toPageErrors } from '../shared/server-errors';
import { StepLayout } from '../shared/step-layout';
import { stepState, type Intent } from '../shared/step-state';
import {
  SEARCH_ID,
  attendeeGroup,
  attendeeIds,
  attendeesBody,
  attendeesDisplay,
  attendeesFromMeeting,
  attendeesTarget,
  restoreAttendees,
  validateAttendees,
  type AttendeeGroup,
} from './attendees-form';
import { OrganisationSearch } from './organisation-search';

type Contacts = GovukChoice[] | 'loading' | 'failed';

/** Step 2: the organisations at the meeting, who came from each, and whether they attended or sent apologies. */
@Component({
  selector: 'app-attendees-step',
  imports: [StepLayout, GovukRadios, GovukCheckboxes, OrganisationSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendees-step.html',
})
export class AttendeesStep {
  protected readonly state = stepState('attendees');
  private readonly lookups = inject(RecordLookups);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly attendees = new FormArray<AttendeeGroup>([]);
  protected readonly ids = attendeeIds;
  protected readonly searchId = SEARCH_ID;
  protected readonly attendanceOptions = choices(ATTENDANCE_LABELS);
  protected readonly added = signal<string[]>([]);
  protected readonly announcement = signal('');
  private readonly contacts = signal<Record<string, Contacts>>({});
  private readonly contactNames = computed(() => {
    const names = new Map<string, string>();
    for (const attendee of this.state.store.meeting()?.attendees ?? []) for (const c of attendee.contacts) names.set(c.id, c.name);
    for (const list of Object.values(this.contacts())) if (Array.isArray(list)) for (const c of list) names.set(c.value, c.text);
    return names;
  });

  constructor() {
    const meeting = this.state.store.meeting();
    if (meeting) for (const value of attendeesFromMeeting(meeting)) this.attendees.push(attendeeGroup(value), { emitEvent: false });
    this.state.keep(this.attendees, (kept) => restoreAttendees(this.attendees, kept));
    this.changed();
    for (const id of this.added()) void this.loadContacts(id);
  }

  /** The contacts to choose from: the organisation's people, plus any already on the meeting (even if since moved). */
  protected contactsOf(group: AttendeeGroup): Contacts {
    const id = group.controls.organisationId.value;
    const loaded = this.contacts()[id] ?? 'loading';
    const onMeeting = (this.state.store.meeting()?.attendees.find((a) => a.organisationId === id)?.contacts ?? []).map((c) => ({ value: c.id, text: c.name }));
    if (!Array.isArray(loaded)) return onMeeting.length ? onMeeting : loaded;
    return [...loaded, ...onMeeting.filter((c) => !loaded.some((l) => l.value === c.value))];
  }

  protected add(organisation: OrganisationResponse): void {
    if (this.added().includes(organisation.id)) return;
    // Most organisations added did attend; apologies is one click away.
    this.attendees.push(attendeeGroup({ organisationId: organisation.id, organisationName: organisation.name, contactIds: [], attendance: 'attended' }));
    this.changed();
    void this.loadContacts(organisation.id);
    this.announcement.set(`${organisation.name} added to the meeting`);
    this.focusAfterRender(attendeeIds(this.attendees.length - 1).heading);
  }

  protected remove(index: number): void {
    const name = this.attendees.at(index).controls.organisationName.value;
    this.attendees.removeAt(index);
    this.changed();
    // The error links named rows by position, which has just changed.
    this.state.clearErrors();
    this.announcement.set(`${name} removed from the meeting`);
    this.focusAfterRender('attendees-heading');
  }

  protected save(intent: Intent): Promise<void> {
    return this.state.once(async () => {
      const values = this.attendees.getRawValue();
      const problems = validateAttendees(values, intent);
      if (problems.length) return this.state.fail(problems);
      const body = attendeesBody(values);
      const outcome = await this.state.store.update(body);
      if (outcome.kind === 'saved') {
        this.state.saved();
        await this.state.leave(intent);
      } else if (outcome.kind === 'invalid') {
        this.state.fail(toPageErrors(outcome.errors, attendeesTarget, null));
      } else if (outcome.kind === 'stale') {
        const theirs = this.state.store.meeting();
        const name = (id: string) => this.contactNames().get(id) ?? id;
        if (theirs) this.state.stale(conflictingFields(attendeesDisplay(values, name), attendeesDisplay(attendeesFromMeeting(theirs), name), { attendees: 'Organisations' }));
      }
    });
  }

  private changed(): void {
    this.added.set(this.attendees.controls.map((g) => g.controls.organisationId.value));
  }

  private async loadContacts(organisationId: string): Promise<void> {
    if (Array.isArray(this.contacts()[organisationId])) return;
    this.contacts.update((all) => ({ ...all, [organisationId]: 'loading' }));
    try {
      const page = await firstValueFrom(this.lookups.contacts(organisationId));
      const options = page.items.map((c: ContactResponse) => ({ value: c.id, text: c.name, hint: c.role || undefined }));
      this.contacts.update((all) => ({ ...all, [organisationId]: options }));
    } catch {
      this.contacts.update((all) => ({ ...all, [organisationId]: 'failed' }));
    }
  }

  private focusAfterRender(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
