import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  MEETING_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  STANCE_LABELS,
  type BriefingPackResponse,
} from '@send/contracts';
import { londonDate } from '../../common/dates';
import type { Cell, Sheet } from '../../exports/spreadsheet';

const date = (value: string | null): Cell => (value ? { date: value } : null);
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The pack as a workbook: one sheet per section, each row naming its organisation so the sheets sort and filter. */
export function briefingSheets(pack: BriefingPackResponse): Sheet[] {
  const orgs = pack.organisations;
  return [
    {
      name: 'Current positions',
      headings: ['Organisation', 'Proposal', 'Stance', 'Stated on', 'Source meeting', 'Summary', 'Marking'],
      rows: orgs.flatMap((o) =>
        o.positions.map((p): Cell[] => [o.name, p.proposalTitle, STANCE_LABELS[p.stance], date(p.statedOn), p.meetingReference, p.summary, CLASSIFICATION_LABELS[p.classification]]),
      ),
    },
    {
      name: 'Open actions',
      headings: ['Organisation', 'Owed', 'Reference', 'Action', 'Status', 'Priority', 'Due', 'Overdue', 'Marking'],
      rows: orgs.flatMap((o) =>
        o.openActions.map((a): Cell[] => [
          o.name,
          a.direction === 'owed_to' ? 'To the organisation' : 'By the organisation',
          a.reference,
          a.title,
          ACTION_STATUS_LABELS[a.status],
          ACTION_PRIORITY_LABELS[a.priority],
          date(a.dueOn),
          yesNo(a.overdue),
          CLASSIFICATION_LABELS[a.classification],
        ]),
      ),
    },
    {
      name: 'Last interactions',
      headings: ['Organisation', 'Date', 'Reference', 'Meeting', 'Type', 'Status', 'Marking'],
      rows: orgs.flatMap((o) =>
        o.lastInteractions.map((i): Cell[] => [
          o.name,
          date(londonDate(new Date(i.startsAt))),
          i.reference,
          i.title,
          MEETING_TYPE_LABELS[i.type],
          MEETING_STATUS_LABELS[i.status],
          CLASSIFICATION_LABELS[i.classification],
        ]),
      ),
    },
    {
      name: 'Commitments',
      headings: ['Organisation', 'Reference', 'Commitment', 'Status', 'Due', 'Overdue', 'Marking'],
      rows: orgs.flatMap((o) =>
        o.commitments.map((c): Cell[] => [o.name, c.reference, c.title, ACTION_STATUS_LABELS[c.status], date(c.dueOn), yesNo(c.overdue), CLASSIFICATION_LABELS[c.classification]]),
      ),
    },
  ];
}
