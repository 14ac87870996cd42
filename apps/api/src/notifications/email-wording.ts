import type { DigestCounts, NotificationKind } from '@send/contracts';

/** What a notice needs to become an email: its kind, where it links, and for a digest its counts. */
export interface NoticeForEmail {
  id: string;
  kind: NotificationKind;
  link: string;
  counts: DigestCounts | null;
}

const SERVICE = 'SEND reform engagement tracker';

const SAYS: Record<Exclude<NotificationKind, 'digest'>, { subject: string; line: string }> = {
  action_assigned: { subject: 'An action needs your attention', line: 'An action has been assigned to you.' },
  meeting_returned: { subject: 'A meeting record needs your attention', line: 'A meeting record you submitted has been returned to you for changes.' },
  commitment_overdue: { subject: 'A ministerial commitment needs attention', line: 'A ministerial commitment is past its due date.' },
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function digestLines(c: DigestCounts): string[] {
  return [
    c.actionsOverdue ? `${plural(c.actionsOverdue, 'action is', 'actions are')} overdue.` : '',
    c.actionsDueThisWeek ? `${plural(c.actionsDueThisWeek, 'action is', 'actions are')} due this week.` : '',
    c.meetingsAwaitingReview ? `${plural(c.meetingsAwaitingReview, 'meeting record is', 'meeting records are')} awaiting review.` : '',
    c.requestsDue ? `${plural(c.requestsDue, 'information request is', 'information requests are')} due this week or overdue.` : '',
    c.parliamentDue ? `${plural(c.parliamentDue, 'response to Parliament is', 'responses to Parliament are')} due this week or overdue.` : '',
    c.heldNotices ? `${plural(c.heldNotices, 'new notification is', 'new notifications are')} waiting for you.` : '',
  ].filter(Boolean);
}

/**
 * Every email the service sends. Records may be OFFICIAL-SENSITIVE and email is not a safe place for them, so an email
 * says only that something needs attention and links to it: no title, reference, name or text of any record.
 */
export function emailFor(notice: NoticeForEmail, publicUrl: string): { subject: string; body: string } {
  const preferences = `Choose which emails you get: ${publicUrl}/notifications/preferences`;
  if (notice.kind === 'digest') {
    const lines = notice.counts ? digestLines(notice.counts) : [];
    return {
      subject: `Your daily summary from the ${SERVICE}`,
      body: [`Things in the ${SERVICE} need your attention:`, '', ...lines.map((l) => `- ${l}`), '', `See them: ${publicUrl}${notice.link}`, '', preferences].join('\n'),
    };
  }
  const says = SAYS[notice.kind];
  return { subject: says.subject, body: [`${says.line}`, '', `Open it in the ${SERVICE}: ${publicUrl}${notice.link}`, '', preferences].join('\n') };
}
