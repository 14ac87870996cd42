import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import type { ImportDuplicateContact, ImportHeading, ImportPreview, ImportRowError } from '@send/contracts';
import { flattenValidationErrors } from '../common/validation';
import { CreateContactBody } from '../contacts/contact.requests';
import { CreateOrganisationBody, UpdateOrganisationBody } from '../organisations/organisation.requests';
import { COLUMNS, CONTACT_HEADINGS, ORGANISATION_HEADINGS, headingOf, rowError, type ImportTarget } from './import-columns';
import type { Sheet, SheetRow } from './import-sheet';

export interface ExistingOrganisation {
  id: string;
  name: string;
}

export interface ExistingContact {
  organisationId: string;
  name: string;
  email: string | null;
}

export interface PlannedOrganisation {
  key: string;
  line: number;
  name: string;
  /** Already on the tracker: reused, not created or changed. */
  existingId: string | null;
  body: CreateOrganisationBody;
}

export interface PlannedContact {
  line: number;
  organisationKey: string;
  body: CreateContactBody;
}

export interface ImportPlan {
  rows: number;
  errors: ImportRowError[];
  organisations: PlannedOrganisation[];
  contacts: PlannedContact[];
  duplicates: ImportDuplicateContact[];
}

/** Names match ignoring case and runs of spaces; the database compares them the same way (see ImportsService). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Contacts are validated before their organisation exists; this id stands in for it and its errors are dropped. */
const PENDING_ORGANISATION = '00000000-0000-4000-8000-000000000000';

/** The request classes' own rules, so a row is valid exactly when the same values sent to the API would be. */
async function validated<T extends object>(type: ClassConstructor<T>, plain: object, target: ImportTarget, lineOf: (heading: ImportHeading) => number): Promise<{ value: T; errors: ImportRowError[] }> {
  const value = plainToInstance(type, plain);
  const failures = flattenValidationErrors(await validate(value, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } }));
  const errors = failures.flatMap(({ field, message }) => {
    const heading = headingOf(target, field);
    if (!heading) return [];
    const root = field.split(/[.[]/)[0];
    const text = message.replace(new RegExp(`\\b${root}\\b`), heading);
    return [rowError(lineOf(heading), heading, text[0].toUpperCase() + text.slice(1))];
  });
  return { value, errors };
}

interface OrganisationGroup {
  key: string;
  name: string;
  rows: SheetRow[];
}

function groupByOrganisation(sheet: Sheet, errors: ImportRowError[]): OrganisationGroup[] {
  const groups = new Map<string, OrganisationGroup>();
  for (const row of sheet.rows) {
    const name = row.cells.get('Organisation name');
    if (!name) {
      errors.push(rowError(row.line, 'Organisation name', 'Enter the organisation name: every row needs one'));
      continue;
    }
    const key = nameKey(name);
    const group = groups.get(key) ?? { key, name, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * One organisation's values from all its rows: each column's first non-blank cell. A later row may leave it blank or
 * repeat it; a different value is an error on that row.
 */
function mergeOrganisation(group: OrganisationGroup, errors: ImportRowError[]): { plain: Record<string, unknown>; lines: Map<ImportHeading, number> } {
  const plain: Record<string, unknown> = { name: group.name };
  const lines = new Map<ImportHeading, number>([['Organisation name', group.rows[0].line]]);
  for (const heading of ORGANISATION_HEADINGS.filter((h) => h !== 'Organisation name')) {
    const { field, read } = COLUMNS[heading];
    for (const row of group.rows) {
      const cell = row.cells.get(heading);
      if (cell === undefined) continue;
      const value = read(cell);
      const first = lines.get(heading);
      if (first === undefined) {
        plain[field] = value;
        lines.set(heading, row.line);
      } else if (JSON.stringify(value).toLowerCase() !== JSON.stringify(plain[field]).toLowerCase()) {
        errors.push(rowError(row.line, heading, `${heading} differs from line ${first} for the same organisation: leave it blank or give the same value`));
      }
    }
  }
  return { plain, lines };
}

/** Catches a contact already at the organisation, on the tracker or earlier in the file. */
class ContactRegister {
  private readonly seen = new Map<string, string>();

  constructor(existing: readonly ExistingContact[], keyOf: (organisationId: string) => string | undefined) {
    for (const contact of existing) {
      const organisation = keyOf(contact.organisationId);
      if (organisation) this.add(organisation, contact.name, contact.email, 'already a contact there');
    }
  }

  duplicateOf(organisation: string, name: string, email: string | null | undefined): string | undefined {
    return this.seen.get(`${organisation}|name|${nameKey(name)}`) ?? (email ? this.seen.get(`${organisation}|email|${email.toLowerCase()}`) : undefined);
  }

  add(organisation: string, name: string, email: string | null | undefined, where: string): void {
    this.seen.set(`${organisation}|name|${nameKey(name)}`, `${where} (same name)`);
    if (email) this.seen.set(`${organisation}|email|${email.toLowerCase()}`, `${where} (same email)`);
  }
}

/** What importing the sheet would do, given what is on the tracker already; every error in the file is collected. */
export async function planImport(sheet: Sheet, existing: { organisations: readonly ExistingOrganisation[]; contacts: readonly ExistingContact[] }): Promise<ImportPlan> {
  const errors = [...sheet.errors];
  const onTracker = new Map(existing.organisations.map((o) => [nameKey(o.name), o]));
  const organisations: PlannedOrganisation[] = [];
  for (const group of groupByOrganisation(sheet, errors)) {
    const found = onTracker.get(group.key) ?? null;
    const { plain, lines } = mergeOrganisation(group, errors);
    // An organisation on the tracker is not changed, so only the values given are checked (type may be left blank).
    const checked = await validated(found ? UpdateOrganisationBody : CreateOrganisationBody, plain, 'organisation', (h) => lines.get(h) ?? group.rows[0].line);
    errors.push(...checked.errors);
    organisations.push({ key: group.key, line: group.rows[0].line, name: found?.name ?? checked.value.name, existingId: found?.id ?? null, body: checked.value });
  }

  const keyById = new Map(existing.organisations.map((o) => [o.id, nameKey(o.name)]));
  const register = new ContactRegister(existing.contacts, (id) => keyById.get(id));
  const nameOf = new Map(organisations.map((o) => [o.key, o.name]));
  const contacts: PlannedContact[] = [];
  const duplicates: ImportDuplicateContact[] = [];
  for (const row of sheet.rows) {
    const organisationName = row.cells.get('Organisation name');
    if (!organisationName || !CONTACT_HEADINGS.some((h) => row.cells.has(h))) continue;
    const plain: Record<string, unknown> = { organisationId: PENDING_ORGANISATION };
    for (const heading of CONTACT_HEADINGS) {
      const cell = row.cells.get(heading);
      if (cell !== undefined) plain[COLUMNS[heading].field] = COLUMNS[heading].read(cell);
    }
    // A blank contact name with other contact details is refused by the request class (name is required there).
    plain['name'] ??= '';
    const checked = await validated(CreateContactBody, plain, 'contact', () => row.line);
    errors.push(...checked.errors);
    if (checked.errors.length) continue;
    const key = nameKey(organisationName);
    const { name, email } = checked.value;
    const duplicate = register.duplicateOf(key, name, email);
    if (duplicate) {
      duplicates.push({ line: row.line, name, organisationName: nameOf.get(key) ?? organisationName, reason: duplicate });
      continue;
    }
    register.add(key, name, email, `also on line ${row.line}`);
    contacts.push({ line: row.line, organisationKey: key, body: checked.value });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows: sheet.rows.length, errors, organisations, contacts, duplicates };
}

export function previewOf(plan: ImportPlan): ImportPreview {
  const named = (o: PlannedOrganisation) => ({ line: o.line, name: o.name });
  return {
    rows: plan.rows,
    newOrganisations: plan.organisations.filter((o) => !o.existingId).map(named),
    existingOrganisations: plan.organisations.filter((o) => o.existingId).map(named),
    newContacts: plan.contacts.length,
    duplicateContacts: plan.duplicates,
  };
}
