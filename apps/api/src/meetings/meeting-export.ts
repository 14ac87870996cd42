import { CLASSIFICATION_LABELS, MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, PHASE_LABELS, REGION_LABELS, labelOf, type MeetingSummary } from '@send/contracts';
import type { SqlFilter } from '../common/list-query';
import { londonDateTime } from '../common/dates';
import { andWhere, type ListExport } from '../exports/list-export';
import { meetingExportSql } from './meeting-reader';
import { toMeetingSummary, type MeetingSummaryRow } from './meeting.mapper';
import type { MeetingListQuery } from './meeting.requests';

type MeetingExportRow = MeetingSummaryRow & { purpose: string; location: string };
type MeetingExportItem = MeetingSummary & { purpose: string; location: string };

/** The meetings list as a file: the list's filter and order, every match, with purpose and place. */
export function meetingExport(f: SqlFilter, query: MeetingListQuery): ListExport<MeetingExportRow, MeetingExportItem> {
  return {
    list: 'meetings',
    sheet: 'Meetings',
    sql: meetingExportSql(f, query),
    params: f.params,
    toItem: (row) => ({ ...toMeetingSummary(row), purpose: row.purpose, location: row.location }),
    marking: { sensitiveSql: `SELECT EXISTS (SELECT 1 FROM meetings m ${andWhere(f.sql, `m.classification = 'OFFICIAL_SENSITIVE'`)}) AS sensitive` },
    columns: [
      { heading: 'Reference', cell: (m) => m.reference },
      { heading: 'Title', cell: (m) => m.title },
      { heading: 'Type', cell: (m) => labelOf(MEETING_TYPE_LABELS, m.type) },
      { heading: 'Status', cell: (m) => labelOf(MEETING_STATUS_LABELS, m.status) },
      { heading: 'Starts', cell: (m) => londonDateTime(new Date(m.startsAt)) },
      { heading: 'Ends', cell: (m) => (m.endsAt ? londonDateTime(new Date(m.endsAt)) : null) },
      { heading: 'Region', cell: (m) => (m.region ? labelOf(REGION_LABELS, m.region) : null) },
      { heading: 'Online', cell: (m) => (m.online ? 'Yes' : 'No') },
      { heading: 'Location', cell: (m) => m.location },
      { heading: 'Group', cell: (m) => m.groupName },
      { heading: 'Ministers', cell: (m) => m.ministerNames.join('; ') },
      { heading: 'Organisations attended', cell: (m) => m.attendedCount },
      { heading: 'Apologies', cell: (m) => m.apologiesCount },
      { heading: 'Purpose', cell: (m) => m.purpose },
      { heading: 'Phase', cell: (m) => labelOf(PHASE_LABELS, m.phase) },
      { heading: 'Classification', cell: (m) => labelOf(CLASSIFICATION_LABELS, m.classification) },
    ],
  };
}
