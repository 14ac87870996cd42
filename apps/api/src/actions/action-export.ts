import { ACTION_KIND_LABELS, ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS, CLASSIFICATION_LABELS, labelOf, type ActionResponse } from '@send/contracts';
import { londonDate, londonDateTime } from '../common/dates';
import { andWhere, type ListExport } from '../exports/list-export';
import { namesOf, type NameLookups } from '../exports/names';
import { actionExportSql, type ActionFilter } from './action-list';
import { toActionResponse, type ActionRow } from './action.mapper';
import type { ActionListQuery } from './action.requests';

const dateCell = (value: string | null) => (value ? { date: value } : null);
const timeCell = (value: string | null) => (value ? londonDateTime(new Date(value)) : null);

/** The action log as a file: the list's filter and order, every match, the words the dashboard uses. */
export function actionExport(f: ActionFilter, query: ActionListQuery, names: NameLookups): ListExport<ActionRow, ActionResponse> {
  const today = londonDate();
  return {
    list: 'actions',
    sheet: 'Actions',
    sql: actionExportSql(f, query),
    params: f.params,
    toItem: (row) => toActionResponse(row, today),
    marking: { sensitiveSql: `SELECT EXISTS (SELECT 1 FROM actions a ${andWhere(f.sql, `a.classification = 'OFFICIAL_SENSITIVE'`)}) AS sensitive` },
    columns: [
      { heading: 'Reference', cell: (a) => a.reference },
      { heading: 'Title', cell: (a) => a.title },
      { heading: 'Kind', cell: (a) => labelOf(ACTION_KIND_LABELS, a.kind) },
      { heading: 'Status', cell: (a) => labelOf(ACTION_STATUS_LABELS, a.status) },
      { heading: 'Priority', cell: (a) => labelOf(ACTION_PRIORITY_LABELS, a.priority) },
      { heading: 'Due', cell: (a) => dateCell(a.dueOn) },
      { heading: 'Overdue', cell: (a) => (a.overdue ? 'Yes' : 'No') },
      { heading: 'Owner', cell: (a) => a.ownerName },
      { heading: 'Raised by', cell: (a) => a.raisedByName },
      { heading: 'Meeting', cell: (a) => a.meetingReference },
      { heading: 'Proposals', cell: (a) => namesOf(a.proposalIds, names.proposals) },
      { heading: 'Themes', cell: (a) => namesOf(a.themeIds, names.themes) },
      { heading: 'Description', cell: (a) => a.description },
      { heading: 'Completion note', cell: (a) => a.completionNote },
      { heading: 'Closed', cell: (a) => timeCell(a.closedAt) },
      { heading: 'Created', cell: (a) => timeCell(a.createdAt) },
      { heading: 'Updated', cell: (a) => timeCell(a.updatedAt) },
      { heading: 'Classification', cell: (a) => labelOf(CLASSIFICATION_LABELS, a.classification) },
    ],
  };
}
