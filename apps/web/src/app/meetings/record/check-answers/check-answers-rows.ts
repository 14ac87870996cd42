import type { MeetingResponse } from '@send/contracts';
import { formatLondonDate, formatLondonTime, type SummaryListRow } from '@send/web-ui';
import { stepPath, type StepName } from '../shared/journey';
import { ACTION_STATUS_LABELS, ATTENDANCE_LABELS, CLASSIFICATION_LABELS, KIND_LABELS, MEETING_TYPE_LABELS, REGION_LABELS, STANCE_LABELS, labelOf } from '../shared/labels';

export interface AnswersSection {
  readonly title: string;
  readonly step: StepName;
  readonly rows: SummaryListRow[];
}

const NONE = 'None recorded';

/** Where a "Change" link goes: the step, which then comes back here. */
export function changeHref(meetingId: string, step: StepName): string {
  return `${stepPath(meetingId, step)}?change=true`;
}

/** Everything recorded, section by section, as GOV.UK check-your-answers summary lists. */
export function answerSections(meeting: MeetingResponse, themeName: (id: string) => string): AnswersSection[] {
  const row = (step: StepName) => (key: string, value: string): SummaryListRow => ({ key, value: value || 'Not given', href: changeHref(meeting.id, step) });
  const details = row('details');
  const attendees = row('attendees');
  const agenda = row('agenda');
  const positions = row('positions');
  const actions = row('actions');
  const start = formatLondonTime(meeting.startsAt);
  const where = [meeting.location, meeting.online ? 'Online' : ''].filter(Boolean).join('\n');

  return [
    {
      title: 'Meeting details',
      step: 'details',
      rows: [
        details('Title', meeting.title),
        details('Type', labelOf(MEETING_TYPE_LABELS, meeting.type)),
        details('Date', formatLondonDate(meeting.startsAt)),
        details('Time', meeting.endsAt ? `${start} to ${formatLondonTime(meeting.endsAt)}` : start),
        details('Location', where),
        details('Region', labelOf(REGION_LABELS, meeting.region)),
        details('Group', meeting.groupName ?? ''),
        details('Ministers', meeting.ministers.map((m) => m.name).join('\n')),
        details('Purpose', meeting.purpose),
        details('Classification', labelOf(CLASSIFICATION_LABELS, meeting.classification)),
        details('Themes', meeting.themeIds.map(themeName).join('\n')),
      ],
    },
    {
      title: 'Who was at the meeting',
      step: 'attendees',
      rows: meeting.attendees.length
        ? meeting.attendees.map((a) =>
            attendees(a.organisationName, [labelOf(ATTENDANCE_LABELS, a.attendance), ...a.contacts.map((c) => c.name)].join('\n')),
          )
        : [attendees('Organisations', NONE)],
    },
    {
      title: 'Agenda and notes',
      step: 'agenda',
      rows: [
        ...(meeting.agenda.length ? meeting.agenda.map((item, i) => agenda(`${i + 1}. ${item.title}`, item.notes || 'No notes')) : [agenda('Agenda', NONE)]),
        agenda('Summary', meeting.summary),
      ],
    },
    {
      title: 'Positions stated',
      step: 'positions',
      rows: meeting.positions.length
        ? meeting.positions.map((p) =>
            positions(`${p.organisationName} on ${p.proposalTitle}`, [labelOf(STANCE_LABELS, p.stance), p.summary, p.quote ? `“${p.quote}”` : ''].filter(Boolean).join('\n\n')),
          )
        : [positions('Positions', NONE)],
    },
    {
      title: 'Actions agreed',
      step: 'actions',
      rows: meeting.actions.length
        ? meeting.actions.map((a) =>
            actions(
              a.reference,
              [a.title, [labelOf(KIND_LABELS, a.kind), a.dueOn ? `due ${formatLondonDate(a.dueOn)}` : 'no due date', labelOf(ACTION_STATUS_LABELS, a.status).toLowerCase()].join(', ')].join('\n'),
            ),
          )
        : [actions('Actions', NONE)],
    },
  ];
}
