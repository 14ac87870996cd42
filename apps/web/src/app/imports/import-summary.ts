import type { ImportPreview, ImportRowError } from '@send/contracts';
import type { SummaryListRow } from '@send/web-ui';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The preview before importing, or the outcome after, as summary list rows. */
export function summaryRows(preview: ImportPreview, done: boolean): SummaryListRow[] {
  return [
    { key: 'Rows in the file', value: preview.rows.toLocaleString('en-GB') },
    { key: done ? 'Organisations added' : 'Organisations to add', value: preview.newOrganisations.length.toLocaleString('en-GB') },
    { key: 'Organisations already on the tracker', value: preview.existingOrganisations.length.toLocaleString('en-GB') },
    { key: done ? 'Contacts added' : 'Contacts to add', value: preview.newContacts.toLocaleString('en-GB') },
    { key: 'Duplicate contacts skipped', value: preview.duplicateContacts.length.toLocaleString('en-GB') },
  ];
}

/** One sentence for the confirmation panel. */
export function outcomeText(preview: ImportPreview): string {
  const parts = [
    `${plural(preview.newOrganisations.length, 'organisation', 'organisations')} added`,
    `${plural(preview.existingOrganisations.length, 'existing organisation', 'existing organisations')} used`,
    `${plural(preview.newContacts, 'contact', 'contacts')} added`,
  ];
  if (preview.duplicateContacts.length) parts.push(`${plural(preview.duplicateContacts.length, 'duplicate contact', 'duplicate contacts')} skipped`);
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
}

/** Where in the file: one cell (or heading), a whole row, or the file itself (line 1 with no column). */
export function columnText(error: ImportRowError): string {
  if (error.column) return error.column;
  return error.line === 1 ? 'Whole file' : 'Whole row';
}

export function errorCountText(count: number): string {
  return `The file has ${plural(count, 'error', 'errors')}. Correct ${count === 1 ? 'it' : 'them'} in your spreadsheet, save it as CSV and check the file again.`;
}
