import type { FieldError } from './problem';

/**
 * The headings of the organisations-and-contacts CSV template, in template order (any order is accepted). One row per
 * contact; the organisation columns are repeated on each of its contacts' rows, or filled once and left blank after.
 * A row with blank contact columns adds just the organisation.
 */
export const IMPORT_HEADINGS = [
  'Organisation name',
  'Organisation type',
  'Regions',
  'Website',
  'Description',
  'Tags',
  'Contact name',
  'Contact role',
  'Contact email',
  'Contact phone',
  'Contact notes',
] as const;
export type ImportHeading = (typeof IMPORT_HEADINGS)[number];

/** The most data rows one file may hold. */
export const IMPORT_MAX_ROWS = 5000;
/** The largest file accepted, in bytes. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * One problem in the file. `line` is the file's line number counting the heading line as 1 (a row with a line break
 * inside a cell starts on this line); `column` is the heading, or null for a problem with the whole row or file.
 * `field` repeats both ("line 3, Contact email") so it reads like any other field error.
 */
export interface ImportRowError extends FieldError {
  line: number;
  column: ImportHeading | string | null;
}

export interface ImportedOrganisation {
  /** The first line naming it. */
  line: number;
  name: string;
}

export interface ImportDuplicateContact {
  line: number;
  name: string;
  organisationName: string;
  /** Why it is skipped, e.g. "already a contact at Northshire PCF (same email)". */
  reason: string;
}

/** What an import does (dry run) or did (commit). */
export interface ImportPreview {
  /** Data rows read, not counting the heading or blank rows. */
  rows: number;
  /** Created by the import. */
  newOrganisations: ImportedOrganisation[];
  /** Already on the tracker (same name, ignoring case and spaces): reused for their contacts, not changed. */
  existingOrganisations: ImportedOrganisation[];
  newContacts: number;
  /** Contacts already at their organisation, or earlier in the file: reported, not created. */
  duplicateContacts: ImportDuplicateContact[];
}

/** The dry run: every error in the file, and what importing would do if there were none. */
export interface ImportCheckResponse extends ImportPreview {
  errors: ImportRowError[];
}

export type ImportCommitResponse = ImportPreview;
