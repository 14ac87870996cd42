import type { ActionResponse } from '@send/contracts';
import { formatLondonDate, formatLondonDateTime, type SummaryListRow } from '@send/web-ui';
import { CLASSIFICATION_LABELS, KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../action-labels';
import type { FieldNames } from '../shared/action-fields';

type Names = Pick<FieldNames, 'user' | 'theme' | 'proposal'>;

function when(by: string | null, at: string): string {
  return `${formatLondonDateTime(at)} by ${by ?? 'a former user'}`;
}

/** The action's summary list: every field, with a link to its meeting. */
export function summaryRows(action: ActionResponse, names: Names): SummaryListRow[] {
  const due = action.dueOn ? `${formatLondonDate(action.dueOn)}${action.overdue ? ' (overdue)' : ''}` : 'No due date';
  const meeting: SummaryListRow = action.meetingId
    ? action.meetingReference
      ? { key: 'Meeting', value: action.meetingReference, href: `/meetings/${action.meetingId}`, actionText: 'View meeting', actionLabel: action.meetingReference }
      : { key: 'Meeting', value: 'A meeting you do not have access to' }
    : { key: 'Meeting', value: 'Not linked to a meeting' };
  const rows: SummaryListRow[] = [
    { key: 'Status', value: STATUS_LABELS[action.status] },
    { key: 'Kind', value: KIND_LABELS[action.kind] },
    { key: 'Priority', value: PRIORITY_LABELS[action.priority] },
    { key: 'Owner', value: action.ownerName ?? 'No owner yet' },
    { key: 'Due date', value: due },
    { key: 'Raised by', value: action.raisedByName ?? 'Not recorded' },
    meeting,
    { key: 'Description', value: action.description || 'No description' },
    { key: 'Proposals', value: action.proposalIds.length ? action.proposalIds.map((id) => names.proposal(id)).join('\n') : 'None' },
    { key: 'Themes', value: action.themeIds.length ? action.themeIds.map((id) => names.theme(id)).join('\n') : 'None' },
    { key: 'Classification', value: CLASSIFICATION_LABELS[action.classification] },
    { key: 'Completion note', value: action.completionNote ?? 'None yet' },
  ];
  if (action.closedAt) rows.push({ key: 'Closed', value: formatLondonDateTime(action.closedAt) });
  rows.push({ key: 'Created', value: when(names.user(action.createdBy), action.createdAt) }, { key: 'Last changed', value: when(names.user(action.updatedBy), action.updatedAt) });
  return rows;
}
