import ical, { ICalEventClass, ICalEventStatus } from 'ical-generator';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, labelOf, type Classification } from '@send/contracts';
import { markingOf, type Marking } from '../exports/marking';

export interface FeedMeetingRow {
  id: string;
  reference: string;
  title: string;
  type: string;
  status: string;
  starts_at: Date;
  ends_at: Date | null;
  online: boolean;
  location: string;
  purpose: string;
  classification: Classification;
  version: number;
  updated_at: Date;
}

/** Meetings without an end time are shown as an hour long, so they still occupy the diary. */
const DEFAULT_LENGTH_MS = 60 * 60 * 1000;

/** A UID that never changes for a meeting, so calendars update events rather than duplicate them. */
export function meetingUid(id: string): string {
  return `${id}@send-engagement-tracker`;
}

/**
 * An RFC 5545 calendar of meetings. Times are UTC ("Z"), which every client shows in the reader's own zone. Each
 * event and the calendar itself carry their classification marking, and link back to the meeting's page.
 */
export function meetingsCalendar(rows: readonly FeedMeetingRow[], origin: string, now: Date): { text: string; marking: Marking } {
  const marking = markingOf(rows.map((r) => r.classification));
  const calendar = ical({
    name: 'SEND engagement meetings',
    description: `${marking}. Meetings recorded in the SEND engagement tracker. This calendar comes from a secret link: do not share it.`,
    prodId: { company: 'Department for Education', product: 'SEND engagement tracker', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const row of rows) {
    const url = `${origin}/meetings/${row.id}`;
    const rowMarking = markingOf([row.classification]);
    const sensitive = row.classification === 'OFFICIAL_SENSITIVE';
    calendar.createEvent({
      id: meetingUid(row.id),
      sequence: Math.max(0, row.version - 1),
      stamp: now,
      lastModified: row.updated_at,
      start: row.starts_at,
      end: row.ends_at ?? new Date(row.starts_at.getTime() + DEFAULT_LENGTH_MS),
      summary: sensitive ? `[${rowMarking}] ${row.title}` : row.title,
      location: row.location || (row.online ? 'Online' : null),
      description: [
        rowMarking,
        `${row.reference} · ${labelOf(MEETING_TYPE_LABELS, row.type)} · ${labelOf(MEETING_STATUS_LABELS, row.status)}`,
        ...(row.purpose ? [row.purpose] : []),
        `Open in the SEND engagement tracker: ${url}`,
      ].join('\n'),
      url,
      status: ICalEventStatus.CONFIRMED,
      // Outlook shows CONFIDENTIAL as private: hidden from anyone else looking at the diary.
      class: sensitive ? ICalEventClass.CONFIDENTIAL : null,
    });
  }
  return { text: calendar.toString(), marking };
}
