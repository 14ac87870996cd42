import type { TimelineItem } from '@send/contracts';
import { formatLondonDate, formatLondonTime } from '@send/web-ui';
import { londonIsoDate } from '../london-dates';
import { ACTION_STATUS_TAGS, ATTENDANCE_TAGS, STANCE_TAGS, tagOf, type TagStyle } from '../labels';

export interface TimelineEntry {
  readonly key: string;
  readonly title: string;
  /** RouterLink commands and query for the record; null when there is nowhere to go. */
  readonly link: { readonly path: readonly string[]; readonly query?: Record<string, string> } | null;
  readonly tag: TagStyle;
  /** For the datetime attribute: an instant, or a YYYY-MM-DD date. */
  readonly datetime: string;
  readonly when: string;
  readonly context: string | null;
  readonly detail: string;
}

/**
 * What a timeline item says and links to. A position links to the history of what the organisation said on that
 * proposal; the timeline does not carry the proposal, so `proposalOf` finds it from the organisation's positions.
 */
export function toTimelineEntry(item: TimelineItem, organisationId: string, proposalOf: ReadonlyMap<string, string>): TimelineEntry {
  const base = { key: `${item.kind}:${item.id}`, detail: item.detail };
  switch (item.kind) {
    case 'meeting':
      return {
        ...base,
        title: `Meeting: ${withReference(item)}`,
        link: { path: ['/meetings', item.id] },
        tag: tagOf(ATTENDANCE_TAGS, item.label),
        ...dateAndTime(item.occurredAt),
        context: null,
      };
    case 'position': {
      const proposalId = proposalOf.get(item.id);
      // A statement is dated, not timed: the API sends midnight of that date, so only the UK date is shown.
      const date = londonIsoDate(item.occurredAt);
      return {
        ...base,
        title: `Position on ${item.title}`,
        link: proposalId ? { path: ['/positions/history'], query: { organisationId, proposalId } } : null,
        tag: tagOf(STANCE_TAGS, item.label),
        datetime: date,
        when: formatLondonDate(date),
        context: item.reference ? `Said at ${item.reference}` : 'Written statement',
      };
    }
    case 'action_raised':
    case 'action_owned':
      return {
        ...base,
        title: `Action: ${withReference(item)}`,
        link: { path: ['/actions', item.id] },
        tag: tagOf(ACTION_STATUS_TAGS, item.label),
        ...dateAndTime(item.occurredAt),
        context: item.kind === 'action_raised' ? 'Raised by this organisation' : 'Owned by this organisation',
      };
  }
}

function withReference(item: TimelineItem): string {
  return item.reference ? `${item.reference} ${item.title}` : item.title;
}

function dateAndTime(instant: string): { datetime: string; when: string } {
  const time = formatLondonTime(instant);
  return { datetime: instant, when: time ? `${formatLondonDate(instant)} at ${time}` : formatLondonDate(instant) };
}
