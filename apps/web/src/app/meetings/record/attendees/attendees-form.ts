import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { MEETING_ATTENDANCES, type MeetingAttendeeRequest, type MeetingResponse } from '@send/contracts';
import { recordsOf, stringOr, stringsOr } from '../shared/form-drafts';
import { ATTENDANCE_LABELS, isOneOf, labelOf } from '../shared/labels';
import type { FieldTarget, PageError, PathSegment } from '../shared/server-errors';
import type { Intent } from '../shared/step-state';

export interface AttendeeValue {
  organisationId: string;
  organisationName: string;
  contactIds: string[] | null;
  attendance: string | null;
}

export function attendeeGroup(value: AttendeeValue) {
  return new FormGroup({
    organisationId: new FormControl(value.organisationId, { nonNullable: true }),
    organisationName: new FormControl(value.organisationName, { nonNullable: true }),
    contactIds: new FormControl<string[] | null>(value.contactIds ?? []),
    attendance: new FormControl<string | null>(value.attendance),
  });
}

export type AttendeeGroup = ReturnType<typeof attendeeGroup>;
export type AttendeesArray = FormArray<AttendeeGroup>;

/** Field ids, so errors, labels and focus all agree. */
export const attendeeIds = (i: number) => ({
  heading: `attendee-${i}`,
  attendance: `attendees-${i}-attendance`,
  contacts: `attendees-${i}-contacts`,
});

export const SEARCH_ID = 'organisation-search';

export function attendeesFromMeeting(meeting: MeetingResponse): AttendeeValue[] {
  return meeting.attendees.map((a) => ({ organisationId: a.organisationId, organisationName: a.organisationName, contactIds: a.contactIds, attendance: a.attendance }));
}

/** Rebuilds the list from a kept draft; false (nothing changed) if it is not a list of attendees. */
export function restoreAttendees(array: AttendeesArray, kept: unknown): boolean {
  const records = recordsOf(kept);
  if (!records) return false;
  const values = records
    .map((r) => ({
      organisationId: stringOr(r['organisationId'], '') ?? '',
      organisationName: stringOr(r['organisationName'], '') ?? '',
      contactIds: stringsOr(r['contactIds'], []),
      attendance: stringOr(r['attendance'], null),
    }))
    .filter((v) => v.organisationId !== '');
  array.clear({ emitEvent: false });
  for (const value of values) array.push(attendeeGroup(value), { emitEvent: false });
  array.updateValueAndValidity();
  return true;
}

export function validateAttendees(values: AttendeeValue[], intent: Intent): PageError[] {
  const errors: PageError[] = values.flatMap((a, i) =>
    isOneOf(MEETING_ATTENDANCES, a.attendance) ? [] : [{ field: attendeeIds(i).attendance, message: `Select whether ${a.organisationName} attended or sent apologies` }],
  );
  if (intent === 'continue' && !values.some((a) => a.attendance === 'attended')) {
    errors.push({ field: SEARCH_ID, message: 'Add at least one organisation that attended the meeting' });
  }
  return errors;
}

export function attendeesBody(values: AttendeeValue[]): { attendees: MeetingAttendeeRequest[] } {
  return {
    attendees: values.map((a) => ({
      organisationId: a.organisationId,
      contactIds: a.contactIds ?? [],
      attendance: isOneOf(MEETING_ATTENDANCES, a.attendance) ? a.attendance : 'attended',
    })),
  };
}

/** `attendees[1].contactIds` → the contacts of the second organisation, and so on. */
export function attendeesTarget(segments: PathSegment[]): FieldTarget {
  if (segments[0] !== 'attendees') return null;
  const index = segments[1];
  if (typeof index !== 'number') return { field: SEARCH_ID };
  const ids = attendeeIds(index);
  if (segments[2] === 'contactIds') return { field: ids.contacts };
  if (segments[2] === 'attendance') return { field: ids.attendance };
  return { field: ids.heading };
}

/** The list as words, to compare with the saved version after a 412. */
export function attendeesDisplay(values: AttendeeValue[], contactName: (id: string) => string): { attendees: string } {
  return {
    attendees: values
      .map((a) => {
        const people = (a.contactIds ?? []).map(contactName).join(', ');
        return `${a.organisationName} (${labelOf(ATTENDANCE_LABELS, a.attendance).toLowerCase()}${people ? `: ${people}` : ''})`;
      })
      .join('; '),
  };
}
