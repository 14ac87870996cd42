import { FormControl, FormGroup } from '@angular/forms';
import { CLASSIFICATIONS, MEETING_TYPES, REGIONS, type CreateMeetingRequest, type MeetingResponse } from '@send/contracts';
import { INVALID_DATE } from '@send/web-ui';
import { isRecord, stringOr, stringsOr } from '../shared/form-drafts';
import { CLASSIFICATION_LABELS, MEETING_TYPE_LABELS, REGION_LABELS, isOneOf, labelOf } from '../shared/labels';
import { londonDateAndTime, londonInstant, parseClockTime } from '../shared/london-time';
import type { Intent } from '../shared/step-state';
import type { FieldTarget, PageError, PathSegment } from '../shared/server-errors';

export const TITLE_MAX = 200;
export const PURPOSE_MAX = 500;
export const LOCATION_MAX = 1_000;

export function detailsForm() {
  return new FormGroup({
    title: new FormControl<string | null>(''),
    type: new FormControl<string | null>(null),
    date: new FormControl<string | null>(null),
    startTime: new FormControl<string | null>(''),
    endTime: new FormControl<string | null>(''),
    online: new FormControl<string | null>(null),
    location: new FormControl<string | null>(''),
    region: new FormControl<string | null>(''),
    groupId: new FormControl<string | null>(''),
    ministerIds: new FormControl<string[] | null>([]),
    purpose: new FormControl<string | null>(''),
    classification: new FormControl<string | null>(null),
    themeIds: new FormControl<string[] | null>([]),
  });
}

export type DetailsForm = ReturnType<typeof detailsForm>;
export type DetailsValue = ReturnType<DetailsForm['getRawValue']>;

/** The saved meeting as the form shows it: instants back to UK date and clock times. */
export function detailsFromMeeting(meeting: MeetingResponse): DetailsValue {
  const start = londonDateAndTime(meeting.startsAt);
  const end = meeting.endsAt ? londonDateAndTime(meeting.endsAt) : null;
  return {
    title: meeting.title,
    type: meeting.type,
    date: start?.date ?? null,
    startTime: start?.time ?? '',
    endTime: end?.time ?? '',
    online: meeting.online ? 'yes' : 'no',
    location: meeting.location,
    region: meeting.region ?? '',
    groupId: meeting.groupId ?? '',
    ministerIds: meeting.ministers.map((m) => m.id),
    purpose: meeting.purpose,
    classification: meeting.classification,
    themeIds: meeting.themeIds,
  };
}

/** Applies a kept draft, field by field, ignoring anything of the wrong shape. */
export function restoreDetails(form: DetailsForm, kept: unknown): boolean {
  if (!isRecord(kept)) return false;
  const value = form.getRawValue();
  form.setValue({
    title: stringOr(kept['title'], value.title),
    type: stringOr(kept['type'], value.type),
    date: stringOr(kept['date'], value.date),
    startTime: stringOr(kept['startTime'], value.startTime),
    endTime: stringOr(kept['endTime'], value.endTime),
    online: stringOr(kept['online'], value.online),
    location: stringOr(kept['location'], value.location),
    region: stringOr(kept['region'], value.region),
    groupId: stringOr(kept['groupId'], value.groupId),
    ministerIds: stringsOr(kept['ministerIds'], value.ministerIds ?? []),
    purpose: stringOr(kept['purpose'], value.purpose),
    classification: stringOr(kept['classification'], value.classification),
    themeIds: stringsOr(kept['themeIds'], value.themeIds ?? []),
  });
  return true;
}

/**
 * GOV.UK messages for what is missing or wrong, in page order. Saving as a draft needs only what the server needs
 * to create it (title, type, date and start); continuing needs the purpose and classification too.
 */
export function validateDetails(v: DetailsValue, intent: Intent): PageError[] {
  const errors: PageError[] = [];
  const add = (field: string, message: string, anchor?: string) => errors.push({ field, message, anchor });
  const title = (v.title ?? '').trim();
  if (!title) add('title', 'Enter the title of the meeting');
  else if (title.length > TITLE_MAX) add('title', `The title must be ${TITLE_MAX} characters or fewer`);
  if (!v.type) add('type', 'Select the type of meeting');
  if (v.date === null) add('date', 'Enter the date of the meeting', 'date-day');
  else if (v.date === INVALID_DATE) add('date', 'The date of the meeting must be a real date', 'date-day');
  const start = (v.startTime ?? '').trim();
  const end = (v.endTime ?? '').trim();
  const realDate = v.date !== null && v.date !== INVALID_DATE;
  if (!start) add('startTime', 'Enter the start time');
  else if (!parseClockTime(start)) add('startTime', 'Enter the start time as a time of day, like 10:00 or 2:30pm');
  else if (realDate && !londonInstant(v.date ?? '', start)) add('startTime', 'Enter a start time that exists on that day (the clocks went forward)');
  if (end && !parseClockTime(end)) add('endTime', 'Enter the end time as a time of day, like 11:30 or 4pm');
  else if (end && realDate && start) {
    const startsAt = londonInstant(v.date ?? '', start);
    const endsAt = londonInstant(v.date ?? '', end);
    if (!endsAt) add('endTime', 'Enter an end time that exists on that day (the clocks went forward)');
    else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) add('endTime', 'The end time must be after the start time');
  }
  if ((v.location ?? '').trim().length > LOCATION_MAX) add('location', `The location must be ${LOCATION_MAX} characters or fewer`);
  const purpose = (v.purpose ?? '').trim();
  if (!purpose && intent === 'continue') add('purpose', 'Enter the purpose of the meeting');
  else if (purpose.length > PURPOSE_MAX) add('purpose', `The purpose must be ${PURPOSE_MAX} characters or fewer`);
  if (!v.classification && intent === 'continue') add('classification', 'Select the classification of the meeting');
  return errors;
}

/** The request for a valid form (validate first): UK date and times become instants with London's offset. */
export function detailsBody(v: DetailsValue): CreateMeetingRequest {
  const date = v.date ?? '';
  const end = (v.endTime ?? '').trim();
  const body: CreateMeetingRequest = {
    title: (v.title ?? '').trim(),
    type: isOneOf(MEETING_TYPES, v.type) ? v.type : 'development_group',
    startsAt: londonInstant(date, v.startTime ?? '') ?? '',
    endsAt: end ? londonInstant(date, end) : null,
    online: v.online === 'yes',
    location: (v.location ?? '').trim(),
    region: isOneOf(REGIONS, v.region) ? v.region : null,
    groupId: v.groupId || null,
    ministerIds: v.ministerIds ?? [],
    purpose: (v.purpose ?? '').trim(),
    themeIds: v.themeIds ?? [],
  };
  if (isOneOf(CLASSIFICATIONS, v.classification)) body.classification = v.classification;
  return body;
}

const SERVER_FIELDS: Record<string, string> = {
  title: 'title',
  type: 'type',
  startsAt: 'startTime',
  endsAt: 'endTime',
  online: 'online',
  location: 'location',
  region: 'region',
  groupId: 'groupId',
  ministerIds: 'ministerIds',
  purpose: 'purpose',
  classification: 'classification',
  themeIds: 'themeIds',
};

/** Where a server error about the details belongs. */
export function detailsTarget(segments: PathSegment[]): FieldTarget {
  const field = SERVER_FIELDS[String(segments[0])];
  if (!field) return null;
  // The form checks times before sending, so the API's words about instants would only confuse.
  if (field === 'startTime') return { field, message: 'Enter a real start time' };
  if (field === 'endTime') return { field, message: 'The end time must be after the start time' };
  return { field };
}

export const DETAILS_LABELS = {
  title: 'Title',
  type: 'Type',
  when: 'Date and time',
  where: 'Where',
  group: 'Group',
  ministers: 'Ministers',
  purpose: 'Purpose',
  classification: 'Classification',
  themes: 'Themes',
} as const;

export type DetailsDisplay = Record<keyof typeof DETAILS_LABELS, string>;

/** The details as words, to compare the user's version with the saved one after a 412. */
export function detailsDisplay(v: DetailsValue, nameOf: (id: string) => string): DetailsDisplay {
  const names = (ids: string[] | null) => (ids ?? []).map(nameOf).join(', ');
  return {
    title: (v.title ?? '').trim(),
    type: labelOf(MEETING_TYPE_LABELS, v.type),
    when: [v.date, v.startTime, v.endTime].filter(Boolean).join(' '),
    where: [(v.location ?? '').trim(), v.online === 'yes' ? 'online' : '', labelOf(REGION_LABELS, v.region)].filter(Boolean).join(', '),
    group: v.groupId ? nameOf(v.groupId) : '',
    ministers: names(v.ministerIds),
    purpose: (v.purpose ?? '').trim(),
    classification: labelOf(CLASSIFICATION_LABELS, v.classification),
    themes: names(v.themeIds),
  };
}
