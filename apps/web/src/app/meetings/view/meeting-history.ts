import { CLASSIFICATIONS, MEETING_STATUSES, MEETING_TYPES, PHASES, REGIONS, type AuditEventResponse, type Classification, type MeetingStatus, type MeetingType, type Phase, type Region } from '@send/contracts';
import { formatLondonDateTime, type TimelineItem } from '@send/web-ui';
import { CLASSIFICATION_LABELS, MEETING_STATUS_TAGS, MEETING_TYPE_LABELS, REGION_LABELS, phaseFallbackLabel, yesNo } from './meeting-labels';

const TITLES: Record<string, string> = {
  created: 'Meeting recorded',
  updated: 'Meeting changed',
  submitted: 'Submitted for review',
  agreed: 'Agreed',
  returned: 'Returned to draft',
  reopened: 'Reopened',
};

/** Fields worth naming in the history, in the order a reader thinks of them. Ids and bookkeeping are left out. */
const FIELDS: Record<string, string> = {
  title: 'Title',
  type: 'Type',
  startsAt: 'Start',
  endsAt: 'End',
  location: 'Location',
  online: 'Online',
  region: 'Region',
  groupName: 'Group',
  ministers: 'Ministers',
  officials: 'Officials',
  noOfficialPresent: 'No official present',
  attendees: 'Attendees',
  themeIds: 'Themes',
  agenda: 'Agenda and notes',
  summary: 'Summary',
  purpose: 'Purpose',
  classification: 'Classification',
  phase: 'Phase',
};

/** Longer text is named as changed rather than quoted: the meeting page shows the current words. */
const QUOTABLE_LENGTH = 80;

interface Change {
  from: unknown;
  to: unknown;
}

function isChange(value: unknown): value is Change {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A value as words, or null when it is too long or too structured to quote. */
function shown(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (typeof value === 'boolean') return yesNo(value);
  if (field === 'type' && isOneOf<MeetingType>(MEETING_TYPES, value)) return MEETING_TYPE_LABELS[value];
  if (field === 'region' && isOneOf<Region>(REGIONS, value)) return REGION_LABELS[value];
  if (field === 'phase' && isOneOf<Phase>(PHASES, value)) return phaseFallbackLabel(value);
  if (field === 'classification' && isOneOf<Classification>(CLASSIFICATIONS, value)) return CLASSIFICATION_LABELS[value];
  if ((field === 'startsAt' || field === 'endsAt') && typeof value === 'string') return formatLondonDateTime(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'name' in v)) {
    return value.length ? value.map((v: { name: unknown }) => String(v.name)).join(', ') : 'nobody';
  }
  if (typeof value === 'string' && value.length <= QUOTABLE_LENGTH && !value.includes('\n')) return `“${value}”`;
  return null;
}

function describeFieldChange(field: string, change: Change): string {
  const label = FIELDS[field];
  const from = shown(field, change.from);
  const to = shown(field, change.to);
  return from !== null && to !== null ? `${label} changed from ${from} to ${to}.` : `${label} changed.`;
}

function statusText(value: unknown): string | null {
  return isOneOf<MeetingStatus>(MEETING_STATUSES, value) ? MEETING_STATUS_TAGS[value].text : null;
}

/** What one audit event says, in plain words: who did what, and why for returns and reopens. */
export function describeMeetingEvent(event: AuditEventResponse): string {
  const changes = event.changes;
  const details = changes['details'];
  const reason = typeof details === 'object' && details !== null && 'reason' in details ? String((details as { reason: unknown }).reason) : null;
  switch (event.action) {
    case 'created':
      return 'Recorded as a draft.';
    case 'returned':
    case 'reopened':
      return reason ? `Reason: ${reason}` : 'No reason was recorded.';
    case 'submitted':
    case 'agreed': {
      const status = changes['status'];
      const from = isChange(status) ? statusText(status.from) : null;
      const to = isChange(status) ? statusText(status.to) : null;
      return from && to ? `Status changed from ${from} to ${to}.` : '';
    }
    default: {
      const lines = Object.keys(FIELDS)
        .filter((field) => isChange(changes[field]))
        .map((field) => describeFieldChange(field, changes[field] as Change));
      return lines.length ? lines.join('\n') : 'No recorded fields changed.';
    }
  }
}

/** The audit events (newest first, as the API sends them) as an MOJ timeline. */
export function meetingTimeline(events: readonly AuditEventResponse[]): TimelineItem[] {
  return events.map((event) => ({
    title: TITLES[event.action] ?? event.action,
    byline: event.actorName ?? 'the system',
    date: event.occurredAt,
    description: describeMeetingEvent(event),
  }));
}
