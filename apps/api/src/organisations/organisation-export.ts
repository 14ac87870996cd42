import { ORGANISATION_TYPE_LABELS, REGION_LABELS, labelOf, type OrganisationResponse } from '@send/contracts';
import { londonDateTime } from '../common/dates';
import type { ListExport } from '../exports/list-export';
import { toOrganisationResponse, type OrganisationRow } from './organisation.mapper';

/** Organisations carry no classification of their own: the file is OFFICIAL. */
export function organisationExport(query: string, params: unknown[]): ListExport<OrganisationRow, OrganisationResponse> {
  return {
    list: 'organisations',
    sheet: 'Organisations',
    sql: query,
    params,
    toItem: toOrganisationResponse,
    marking: 'OFFICIAL',
    columns: [
      { heading: 'Name', cell: (o) => o.name },
      { heading: 'Type', cell: (o) => labelOf(ORGANISATION_TYPE_LABELS, o.type) },
      { heading: 'Regions', cell: (o) => o.regions.map((r) => labelOf(REGION_LABELS, r)).join('; ') },
      { heading: 'Website', cell: (o) => o.website },
      { heading: 'Tags', cell: (o) => o.tags.join('; ') },
      { heading: 'Description', cell: (o) => o.description },
      { heading: 'Archived', cell: (o) => (o.archivedAt ? londonDateTime(new Date(o.archivedAt)) : null) },
      { heading: 'Updated', cell: (o) => londonDateTime(new Date(o.updatedAt)) },
    ],
  };
}
