import type { DigestCounts, EmailTransportName, NotificationDelivery, NotificationKind, NotificationMode, NotificationPreferenceKind, NotificationResponse } from '@send/contracts';
import type { GovukChoice, GovukTagColour } from '@send/web-ui';

const SAYS: Record<Exclude<NotificationKind, 'digest'>, { text: string; link: string }> = {
  action_assigned: { text: 'An action was assigned to you', link: 'Open the action' },
  meeting_returned: { text: 'A meeting record you submitted was returned to you for changes', link: 'Open the meeting' },
  commitment_overdue: { text: 'A ministerial commitment is past its due date', link: 'Open the commitment' },
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function digestText(c: DigestCounts): string {
  const parts = [
    c.actionsOverdue ? `${plural(c.actionsOverdue, 'action', 'actions')} overdue` : '',
    c.actionsDueThisWeek ? `${plural(c.actionsDueThisWeek, 'action', 'actions')} due this week` : '',
    c.meetingsAwaitingReview ? `${plural(c.meetingsAwaitingReview, 'meeting record', 'meeting records')} awaiting review` : '',
    c.requestsDue ? `${plural(c.requestsDue, 'information request', 'information requests')} due` : '',
    c.parliamentDue ? `${plural(c.parliamentDue, 'response to Parliament', 'responses to Parliament')} due` : '',
    c.heldNotices ? `${plural(c.heldNotices, 'notification', 'notifications')} held for the summary` : '',
  ].filter(Boolean);
  return `Daily summary: ${parts.join(', ')}`;
}

/** What a notice says on the page, and the words of its link (none for a digest: it is about this page). */
export function describeNotice(n: NotificationResponse): { text: string; linkText: string | null } {
  if (n.kind === 'digest') return { text: n.counts ? digestText(n.counts) : 'Daily summary', linkText: null };
  return { text: SAYS[n.kind].text, linkText: SAYS[n.kind].link };
}

export const DELIVERY_LABELS: Record<NotificationDelivery, { text: string; colour: GovukTagColour }> = {
  pending: { text: 'Email queued', colour: 'blue' },
  sent: { text: 'Emailed', colour: 'green' },
  failed: { text: 'Email failed', colour: 'red' },
  held_for_digest: { text: 'In next daily summary', colour: 'grey' },
  in_digest: { text: 'Sent in daily summary', colour: 'grey' },
  not_sent: { text: 'Not emailed', colour: 'yellow' },
};

export const TRANSPORT_LABELS: Record<EmailTransportName, string> = { notify: 'GOV.UK Notify', smtp: 'the department’s mail server', off: 'nothing: email is not set up' };

export const PREFERENCE_LABELS: Record<NotificationPreferenceKind, { legend: string; hint: string }> = {
  action_assigned: { legend: 'When an action is assigned to me', hint: 'Someone else makes you the owner of an action.' },
  meeting_returned: { legend: 'When a meeting record I submitted is returned', hint: 'The private office sends it back for changes.' },
  commitment_overdue: { legend: 'When a ministerial commitment is overdue', hint: 'Sent to the private office (reviewers) once a commitment passes its due date.' },
  due_reminders: { legend: 'What is due', hint: 'My actions due this week or overdue, meeting records awaiting my review, and information requests due. Only in the daily summary.' },
};

const MODE_CHOICES: Record<NotificationMode, GovukChoice> = {
  immediate: { value: 'immediate', text: 'Email me straight away' },
  digest: { value: 'digest', text: 'Include it in my daily summary email (from 7am)' },
  off: { value: 'off', text: 'Do not tell me' },
};

export function modeChoices(kind: NotificationPreferenceKind): GovukChoice[] {
  const modes: NotificationMode[] = kind === 'due_reminders' ? ['digest', 'off'] : ['immediate', 'digest', 'off'];
  return modes.map((m) => MODE_CHOICES[m]);
}
