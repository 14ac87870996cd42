import type { ContactResponse } from '@send/contracts';
import type { ListExport } from '../exports/list-export';
import { forReader, toContactResponse, type ContactRow } from './contact.mapper';

/**
 * Contacts as a file, through the same reader rule as the list: a viewer's file has no email, phone or notes.
 * Contacts carry no classification of their own, so the file is OFFICIAL.
 */
export function contactExport(query: string, params: unknown[], seesContactDetails: boolean): ListExport<ContactRow, ContactResponse> {
  return {
    list: 'contacts',
    sheet: 'Contacts',
    sql: query,
    params,
    toItem: (row) => forReader(toContactResponse(row), seesContactDetails),
    marking: 'OFFICIAL',
    columns: [
      { heading: 'Name', cell: (c) => c.name },
      { heading: 'Role', cell: (c) => c.role },
      { heading: 'Organisation', cell: (c) => c.organisationName },
      { heading: 'Email', cell: (c) => c.email },
      { heading: 'Phone', cell: (c) => c.phone },
      { heading: 'Notes', cell: (c) => c.notes },
      { heading: 'Anonymised', cell: (c) => (c.anonymisedAt ? 'Yes' : 'No') },
    ],
  };
}
