import type { EntityManager } from 'typeorm';
import type { FieldError } from '@send/contracts';
import { Unprocessable, ValidationFailed } from '../common/errors';
import { assertReferences } from '../common/references';
import { sql } from '../common/sql';
import type { AttendeeBody, CreateMeetingBody } from './meeting.requests';

/** One organisation per meeting (it is the attendees' key): 400 naming the repeat, before any query runs. */
export function assertDistinctAttendees(attendees: readonly AttendeeBody[] | undefined): void {
  const firstAt = new Map<string, number>();
  const errors: FieldError[] = [];
  attendees?.forEach((attendee, i) => {
    const first = firstAt.get(attendee.organisationId);
    if (first === undefined) firstAt.set(attendee.organisationId, i);
    else errors.push({ field: `attendees[${i}].organisationId`, message: `this organisation is already listed at attendees[${first}]` });
  });
  if (errors.length) throw new ValidationFailed(errors);
}

/**
 * Every id the body refers to must exist, ministers must be in office (unless already on this meeting, so an old
 * meeting stays editable after a reshuffle) and contacts must belong to the organisation they are listed under.
 * One 422 naming every bad field, from a fixed number of queries.
 */
export async function assertMeetingReferences(tx: EntityManager, body: Partial<CreateMeetingBody>, meetingId?: string): Promise<void> {
  const errors: FieldError[] = [];
  await assertReferences(tx, [
    { field: 'groupId', table: 'groups', ids: [body.groupId] },
    { field: 'officialIds', table: 'users', ids: body.officialIds ?? [] },
    { field: 'themeIds', table: 'themes', ids: body.themeIds ?? [] },
  ]).catch((error: unknown) => {
    if (!(error instanceof Unprocessable)) throw error;
    errors.push(...error.errors);
  });
  if (body.ministerIds?.length) errors.push(...(await ministerErrors(tx, body.ministerIds, meetingId)));
  if (body.attendees?.length) errors.push(...(await attendeeErrors(tx, body.attendees)));
  if (errors.length) throw new Unprocessable('The request refers to records that do not exist or cannot be used.', errors);
}

async function ministerErrors(tx: EntityManager, ids: string[], meetingId: string | undefined): Promise<FieldError[]> {
  const rows = await sql<{ id: string; name: string; usable: boolean }>(
    tx,
    `SELECT id, name, active OR EXISTS (SELECT 1 FROM meeting_ministers mm WHERE mm.minister_id = ministers.id AND mm.meeting_id = $2) AS usable
       FROM ministers WHERE id = ANY($1::uuid[])`,
    [ids, meetingId ?? null],
  );
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const minister = found.get(id);
    if (!minister) return [{ field: 'ministerIds', message: `no minister with id ${id}` }];
    return minister.usable ? [] : [{ field: 'ministerIds', message: `${minister.name} is no longer an active minister` }];
  });
}

async function attendeeErrors(tx: EntityManager, attendees: AttendeeBody[]): Promise<FieldError[]> {
  const organisations = await sql<{ id: string }>(tx, `SELECT id FROM organisations WHERE id = ANY($1::uuid[])`, [attendees.map((a) => a.organisationId)]);
  const knownOrganisations = new Set(organisations.map((o) => o.id));
  const contactIds = attendees.flatMap((a) => a.contactIds ?? []);
  const contacts = contactIds.length
    ? await sql<{ id: string; organisation_id: string }>(tx, `SELECT id, organisation_id FROM contacts WHERE id = ANY($1::uuid[])`, [contactIds])
    : [];
  const contactOrganisation = new Map(contacts.map((c) => [c.id, c.organisation_id]));
  const errors: FieldError[] = [];
  attendees.forEach((attendee, i) => {
    if (!knownOrganisations.has(attendee.organisationId)) {
      errors.push({ field: `attendees[${i}].organisationId`, message: `no organisation with id ${attendee.organisationId}` });
    }
    for (const contactId of attendee.contactIds ?? []) {
      const owner = contactOrganisation.get(contactId);
      if (owner === undefined) errors.push({ field: `attendees[${i}].contactIds`, message: `no contact with id ${contactId}` });
      else if (owner !== attendee.organisationId) errors.push({ field: `attendees[${i}].contactIds`, message: `contact ${contactId} does not belong to this organisation` });
    }
  });
  return errors;
}
