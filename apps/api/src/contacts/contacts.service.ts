import { Injectable } from '@nestjs/common';
import type { ListExport } from '../exports/list-export';
import { contactExport } from './contact-export';
import { DataSource, type EntityManager } from 'typeorm';
import { ANONYMISED_CONTACT_NAME, type ContactResponse, type Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { LegalHolds } from '../legal-holds/legal-holds.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound } from '../common/errors';
import { containing, pageOf } from '../common/list-page';
import { SqlFilter, orderBy } from '../common/list-query';
import { assertReferences } from '../common/references';
import { sql, type ReadSource } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { CONTACT_COLUMNS, CONTACT_FROM, forReader, toContactResponse, type ContactRow } from './contact.mapper';
import type { ContactListQuery, CreateContactBody, UpdateContactBody } from './contact.requests';
import { CONTACT_PERSONAL_FIELDS, redactPersonalData } from './personal-data';

const SORTS = { name: 'lower(c.name)', createdAt: 'c.created_at' };
const COLUMNS: Record<keyof UpdateContactBody, string> = { name: 'name', role: 'role', email: 'email', phone: 'phone', notes: 'notes' };
const ANONYMISED = 'This contact has been anonymised: its personal details are gone and cannot be put back.';

function contactFilter(query: ContactListQuery): SqlFilter {
  const f = new SqlFilter();
  if (query.organisationId) f.where(`c.organisation_id = ${f.param(query.organisationId)}`);
  if (query.q) {
    const q = f.param(containing(query.q));
    f.where(`(c.name ILIKE ${q} OR c.role ILIKE ${q})`);
  }
  return f;
}

function contactOrder(query: ContactListQuery): string {
  return orderBy(query.sort, SORTS, 'name', 'c.id');
}

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly holds: LegalHolds,
  ) {}

  async list(query: ContactListQuery, seesContactDetails = true, db: ReadSource = this.db): Promise<Page<ContactResponse>> {
    const f = contactFilter(query);
    return pageOf(db, query, f, { select: CONTACT_COLUMNS, from: `${CONTACT_FROM} ${f.sql}`, orderBy: contactOrder(query) }, (row: ContactRow) =>
      forReader(toContactResponse(row), seesContactDetails),
    );
  }

  /** The same list, every match, as a file. */
  exportSource(query: ContactListQuery, seesContactDetails: boolean): ListExport<ContactRow, ContactResponse> {
    const f = contactFilter(query);
    return contactExport(`SELECT ${CONTACT_COLUMNS} ${CONTACT_FROM} ${f.sql} ORDER BY ${contactOrder(query)}`, f.params, seesContactDetails);
  }

  async get(id: string, seesContactDetails = true): Promise<ContactResponse> {
    return forReader(toContactResponse(await this.row(this.db, id)), seesContactDetails);
  }

  async create(body: CreateContactBody, user: AuthUser): Promise<ContactResponse> {
    return this.db.transaction(async (tx) => {
      await assertReferences(tx, [{ field: 'organisationId', table: 'organisations', ids: [body.organisationId] }]);
      return this.insert(tx, body, user);
    });
  }

  /** The insert and its audit event inside the caller's transaction, for an organisation known to exist (also the CSV import). */
  async insert(tx: EntityManager, body: CreateContactBody, user: AuthUser): Promise<ContactResponse> {
    const [{ id }] = await sql<{ id: string }>(
      tx,
      `INSERT INTO contacts (organisation_id, name, role, email, phone, notes, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [body.organisationId, body.name, body.role ?? '', body.email ?? null, body.phone ?? null, body.notes ?? '', user.id],
    );
    const created = toContactResponse(await this.row(tx, id));
    await this.record(tx, user, 'created', null, created);
    return created;
  }

  async update(id: string, version: number, body: UpdateContactBody, user: AuthUser): Promise<ContactResponse> {
    rejectNulls(body, ['name', 'role', 'notes']);
    return this.db.transaction(async (tx) => {
      const before = toContactResponse(await this.row(tx, id, true));
      if (before.anonymisedAt) throw new Conflict(ANONYMISED);
      await updateIfVersion(tx, 'contacts', 'contact', id, version, user.id, columnsFrom(body, COLUMNS));
      const after = toContactResponse(await this.row(tx, id));
      await this.record(tx, user, 'updated', before, after);
      return after;
    });
  }

  /**
   * Removes the personal details for good but keeps the row, its id and organisation, so meetings it attended still
   * count the organisation's attendance. The audit history never held the details, so nothing is left behind there.
   */
  async anonymise(id: string, user: AuthUser): Promise<ContactResponse> {
    return this.db.transaction((tx) => this.anonymiseIn(tx, id, user));
  }

  /** The same inside the caller's transaction: retention disposal anonymises many contacts at once, all or none. */
  async anonymiseIn(tx: EntityManager, id: string, user: AuthUser): Promise<ContactResponse> {
    const before = toContactResponse(await this.row(tx, id, true));
    if (before.anonymisedAt) throw new Conflict('This contact is already anonymised.');
    await this.holds.assertNotHeld(tx, [{ entity: 'contact', id }, { entity: 'organisation', id: before.organisationId }], 'anonymised');
    await updateIfVersion(tx, 'contacts', 'contact', id, before.version, user.id, {
      name: ANONYMISED_CONTACT_NAME,
      role: '',
      email: null,
      phone: null,
      notes: '',
      anonymised_at: new Date(),
    });
    const after = toContactResponse(await this.row(tx, id));
    await this.record(tx, user, 'anonymised', before, after);
    return after;
  }

  /** Every contact audit event goes through here, so no personal value ever reaches the append-only history. */
  private record(tx: EntityManager, user: AuthUser, action: string, before: ContactResponse | null, after: ContactResponse): Promise<void> {
    return this.audit.record(tx, { actorId: user.id, entity: 'contact', entityId: after.id, action, ...redactPersonalData(before, after, CONTACT_PERSONAL_FIELDS) });
  }

  /** `forUpdate` locks the contact (not its organisation) so the audited "before" is what the change replaces. */
  private async row(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<ContactRow> {
    const [row] = await sql<ContactRow>(db, `SELECT ${CONTACT_COLUMNS} ${CONTACT_FROM} WHERE c.id = $1 ${forUpdate ? 'FOR UPDATE OF c' : ''}`, [id]);
    if (!row) throw new NotFound('contact', id);
    return row;
  }
}
