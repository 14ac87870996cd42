import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportCheckResponse, ImportCommitResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, Unprocessable } from '../common/errors';
import { sql } from '../common/sql';
import { ContactsService } from '../contacts/contacts.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { rowError, templateCsv } from './import-columns';
import { planImport, previewOf, type ExistingContact, type ExistingOrganisation, type ImportPlan } from './import-plan';
import { readSheet } from './import-sheet';

/** Imports from different sessions take turns, so two files naming the same new organisation cannot both create it. */
const IMPORT_LOCK = `SELECT pg_advisory_xact_lock(hashtext('import:organisations-and-contacts'))`;

function databaseCode(error: unknown): { code?: string; constraint?: string } {
  const pg = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return { code: pg.driverError?.code ?? pg.code, constraint: pg.driverError?.constraint ?? pg.constraint };
}

/** A row the database refuses stops the whole import (the transaction rolls back) and is named by its line. */
async function atLine<T>(line: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict(`Line ${line} could not be imported, so nothing was: ${error.message}`, [rowError(line, null, error.message)]);
    const { code, constraint } = databaseCode(error);
    // Integrity (23xxx) and value-too-long (22001) refusals are about the row; anything else is our fault (500).
    if (code?.startsWith('23') || code === '22001') {
      const message = `The database refused this row${constraint ? ` (${constraint})` : ''}`;
      throw new Unprocessable(`Line ${line} could not be imported, so nothing was.`, [rowError(line, null, message)]);
    }
    throw error;
  }
}

/**
 * Existing organisations whose names match any of $1 as nameKey() compares them. The wanted keys are made once, as
 * one array (an InitPlan), so no plan can loop over the names for every organisation: with statistics that said the
 * table was empty, the join this replaced ran 10,000 × 5,000 regular expressions (evidence check 4). The array is
 * then looked up in organisations_name_match_idx.
 */
export const MATCHING_ORGANISATIONS_SQL = `
  SELECT id, name FROM organisations
   WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = ANY(ARRAY(SELECT DISTINCT lower(regexp_replace(btrim(n), '\\s+', ' ', 'g')) FROM unnest($1::text[]) n))`;

@Injectable()
export class ImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
  ) {}

  template(): string {
    return templateCsv();
  }

  /** The dry run: writes nothing, reports every error and what an import would do. */
  async check(csv: string): Promise<ImportCheckResponse> {
    const plan = await this.plan(this.db.manager, csv);
    return { ...previewOf(plan), errors: plan.errors };
  }

  /** Checks the file again (an earlier dry run proves nothing now) and imports all of it or none of it. */
  async commit(csv: string, user: AuthUser): Promise<ImportCommitResponse> {
    return this.db.transaction(async (tx) => {
      await tx.query(IMPORT_LOCK);
      const plan = await this.plan(tx, csv);
      if (plan.errors.length) {
        const count = plan.errors.length === 1 ? '1 error' : `${plan.errors.length} errors`;
        throw new Unprocessable(`The file has ${count}, so nothing was imported.`, plan.errors);
      }
      const ids = new Map<string, string>();
      for (const organisation of plan.organisations) {
        ids.set(organisation.key, organisation.existingId ?? (await atLine(organisation.line, () => this.organisations.insert(tx, organisation.body, user))).id);
      }
      for (const contact of plan.contacts) {
        const organisationId = ids.get(contact.organisationKey) ?? '';
        await atLine(contact.line, () => this.contacts.insert(tx, { ...contact.body, organisationId }, user));
      }
      const preview = previewOf(plan);
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'import',
        entityId: null,
        action: 'organisations-and-contacts',
        details: { rows: preview.rows, organisationsCreated: preview.newOrganisations.length, organisationsReused: preview.existingOrganisations.length, contactsCreated: preview.newContacts, duplicatesSkipped: preview.duplicateContacts.length },
      });
      return preview;
    });
  }

  private async plan(db: EntityManager, csv: string): Promise<ImportPlan> {
    const sheet = readSheet(csv);
    const names = [...new Set(sheet.rows.map((row) => row.cells.get('Organisation name')).filter((name): name is string => !!name))];
    // The same comparison as nameKey(): case and runs of white space ignored.
    const organisations = await sql<ExistingOrganisation>(db, MATCHING_ORGANISATIONS_SQL, [names]);
    const contacts = await sql<ExistingContact>(
      db,
      `SELECT organisation_id AS "organisationId", name, email FROM contacts WHERE organisation_id = ANY($1::uuid[]) AND anonymised_at IS NULL`,
      [organisations.map((o) => o.id)],
    );
    return planImport(sheet, { organisations, contacts });
  }
}
