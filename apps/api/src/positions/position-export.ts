import { CLASSIFICATION_LABELS, PHASE_LABELS, STANCE_LABELS, labelOf, type PositionResponse } from '@send/contracts';
import { andWhere, type ListExport } from '../exports/list-export';
import { toPositionResponse, type PositionRow } from './position.mapper';

/** Positions as a file: `sql` is the list's own query without paging, `filter` its WHERE clause. */
export function positionExport(query: string, filter: string, params: unknown[], seesSensitive: boolean, current: boolean): ListExport<PositionRow, PositionResponse> {
  return {
    list: current ? 'current-positions' : 'positions',
    sheet: current ? 'Current positions' : 'Positions',
    sql: query,
    params,
    toItem: (row) => toPositionResponse(row, seesSensitive),
    marking: { sensitiveSql: `SELECT EXISTS (SELECT 1 FROM positions p ${andWhere(filter, `p.classification = 'OFFICIAL_SENSITIVE'`)}) AS sensitive` },
    columns: [
      { heading: 'Organisation', cell: (p) => p.organisationName },
      { heading: 'Proposal', cell: (p) => p.proposalTitle },
      { heading: 'Stance', cell: (p) => labelOf(STANCE_LABELS, p.stance) },
      { heading: 'Stated on', cell: (p) => ({ date: p.statedOn }) },
      { heading: 'Summary', cell: (p) => p.summary },
      { heading: 'Quote', cell: (p) => p.quote },
      { heading: 'Meeting', cell: (p) => p.meetingReference },
      { heading: 'Phase', cell: (p) => labelOf(PHASE_LABELS, p.phase) },
      { heading: 'Classification', cell: (p) => labelOf(CLASSIFICATION_LABELS, p.classification) },
    ],
  };
}
