import { IMPORT_HEADINGS, ORGANISATION_TYPE_LABELS, REGION_LABELS, type ImportHeading, type ImportRowError } from '@send/contracts';
import { csvText } from '../exports/csv';

export type ImportTarget = 'organisation' | 'contact';

interface Column {
  target: ImportTarget;
  /** The request field (CreateOrganisationBody or CreateContactBody) the cell fills. */
  field: string;
  /** Cell text → request value; validity is left to the request classes. */
  read: (cell: string) => unknown;
}

const asText = (cell: string): string => cell;

const wordsOf = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A code or its label, in any case ("Trade union", "union", "TRADE UNION") → the code; else left for the validator to refuse. */
function codeOf(labels: Record<string, string>): (cell: string) => string {
  const codes = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    codes.set(wordsOf(code), code);
    codes.set(wordsOf(label), code);
  }
  return (cell) => codes.get(wordsOf(cell)) ?? cell.trim();
}

/** "London; South East" → ['london', 'south_east']: a cell holds a list split by semicolons, commas or line breaks. */
function listOf(read: (cell: string) => string): (cell: string) => string[] {
  return (cell) => {
    const seen = new Set<string>();
    const values: string[] = [];
    for (const part of cell.split(/[;,\r\n]/)) {
      const value = read(part.trim());
      if (!value || seen.has(value.toLowerCase())) continue;
      seen.add(value.toLowerCase());
      values.push(value);
    }
    return values;
  };
}

export const COLUMNS: Record<ImportHeading, Column> = {
  'Organisation name': { target: 'organisation', field: 'name', read: asText },
  'Organisation type': { target: 'organisation', field: 'type', read: codeOf(ORGANISATION_TYPE_LABELS) },
  Regions: { target: 'organisation', field: 'regions', read: listOf(codeOf(REGION_LABELS)) },
  Website: { target: 'organisation', field: 'website', read: asText },
  Description: { target: 'organisation', field: 'description', read: asText },
  Tags: { target: 'organisation', field: 'tags', read: listOf(asText) },
  'Contact name': { target: 'contact', field: 'name', read: asText },
  'Contact role': { target: 'contact', field: 'role', read: asText },
  'Contact email': { target: 'contact', field: 'email', read: asText },
  'Contact phone': { target: 'contact', field: 'phone', read: asText },
  'Contact notes': { target: 'contact', field: 'notes', read: asText },
};

export const ORGANISATION_HEADINGS = IMPORT_HEADINGS.filter((h) => COLUMNS[h].target === 'organisation');
export const CONTACT_HEADINGS = IMPORT_HEADINGS.filter((h) => COLUMNS[h].target === 'contact');

/** The column a request field came from ('tags[2]' → 'Tags'). */
export function headingOf(target: ImportTarget, path: string): ImportHeading | null {
  const field = path.split(/[.[]/)[0];
  return IMPORT_HEADINGS.find((h) => COLUMNS[h].target === target && COLUMNS[h].field === field) ?? null;
}

export function rowError(line: number, column: string | null, message: string): ImportRowError {
  return { field: column ? `line ${line}, ${column}` : `line ${line}`, line, column, message };
}

/** The template: the headings alone, so nothing in it is imported by mistake. */
export function templateCsv(): string {
  return csvText([[...IMPORT_HEADINGS]]);
}
