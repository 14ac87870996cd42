import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganisationResponse, Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound } from '../common/errors';
import { SqlFilter, orderBy } from '../common/list-query';
import { pageOf } from '../common/list-page';
import type { ListExport } from '../exports/list-export';
import { organisationExport } from './organisation-export';
import { assertReferences, uniqueConflict } from '../common/references';
import { sql, type ReadSource } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { ORGANISATION_COLUMNS, toOrganisationResponse, type OrganisationRow } from './organisation.mapper';
import type { CreateOrganisationBody, OrganisationListQuery, UpdateOrganisationBody } from './organisation.requests';

const NAME_TAKEN = 'An organisation with this name already exists.';
const SORTS = { name: 'lower(o.name)', type: 'o.type', createdAt: 'o.created_at', updatedAt: 'o.updated_at' };

/** Request fields → columns; only these can be written. */
const COLUMNS: Record<keyof UpdateOrganisationBody, string> = {
  name: 'name',
  type: 'type',
  regions: 'regions',
  website: 'website',
  description: 'description',
  tags: 'tags',
  relationshipOwnerId: 'relationship_owner_id',
};

/** The list's WHERE clause, each filter given combined with AND. */
function organisationFilter(query: OrganisationListQuery): SqlFilter {
  const f = new SqlFilter();
  if (!query.includeArchived) f.where('o.archived_at IS NULL');
  if (query.type) f.where(`o.type = ${f.param(query.type)}`);
  if (query.region) f.where(`o.regions @> ARRAY[${f.param(query.region)}]::text[]`);
  if (query.tag) f.where(`o.tags @> ARRAY[${f.param(query.tag)}]::text[]`);
  if (query.q) {
    const q = f.param(query.q);
    f.where(`(o.search @@ websearch_to_tsquery('english', ${q}) OR o.name ILIKE '%' || ${q} || '%')`);
  }
  return f;
}

function organisationOrder(query: OrganisationListQuery): string {
  return orderBy(query.sort, SORTS, 'name', 'o.id');
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrganisationListQuery, db: ReadSource = this.db): Promise<Page<OrganisationResponse>> {
    const f = organisationFilter(query);
    const from = `FROM organisations o ${f.sql}`;
    return pageOf(db, query, f, { select: ORGANISATION_COLUMNS, from, orderBy: organisationOrder(query) }, toOrganisationResponse);
  }

  /** The same list, every match, as a file. */
  exportSource(query: OrganisationListQuery): ListExport<OrganisationRow, OrganisationResponse> {
    const f = organisationFilter(query);
    return organisationExport(`SELECT ${ORGANISATION_COLUMNS} FROM organisations o ${f.sql} ORDER BY ${organisationOrder(query)}`, f.params);
  }

  async get(id: string, db: DataSource | EntityManager = this.db): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.row(db, id));
  }

  async create(body: CreateOrganisationBody, user: AuthUser): Promise<OrganisationResponse> {
    return this.db.transaction(async (tx) => {
      await assertReferences(tx, [{ field: 'relationshipOwnerId', table: 'users', ids: [body.relationshipOwnerId] }]);
      return this.insert(tx, body, user);
    });
  }

  /** The insert and its audit event inside the caller's transaction (one organisation here, many in a CSV import). */
  async insert(tx: EntityManager, body: CreateOrganisationBody, user: AuthUser): Promise<OrganisationResponse> {
    const [row] = await sql<OrganisationRow>(
      tx,
      `INSERT INTO organisations (name, type, regions, website, description, tags, relationship_owner_id, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
      [body.name, body.type, body.regions ?? [], body.website ?? null, body.description ?? '', body.tags ?? [], body.relationshipOwnerId ?? null, user.id],
    ).catch((error: unknown) => uniqueConflict(error, 'organisations_name_key', 'name', NAME_TAKEN));
    const created = toOrganisationResponse(row);
    await this.audit.record(tx, { actorId: user.id, entity: 'organisation', entityId: created.id, action: 'created', after: created });
    return created;
  }

  async update(id: string, version: number, body: UpdateOrganisationBody, user: AuthUser): Promise<OrganisationResponse> {
    rejectNulls(body, ['name', 'type', 'regions', 'description', 'tags']);
    return this.db.transaction(async (tx) => {
      const before = toOrganisationResponse(await this.row(tx, id));
      await assertReferences(tx, [{ field: 'relationshipOwnerId', table: 'users', ids: [body.relationshipOwnerId] }]);
      const row = await updateIfVersion<OrganisationRow>(tx, 'organisations', 'organisation', id, version, user.id, columnsFrom(body, COLUMNS)).catch((error: unknown) =>
        uniqueConflict(error, 'organisations_name_key', 'name', NAME_TAKEN),
      );
      const after = toOrganisationResponse(row);
      await this.audit.record(tx, { actorId: user.id, entity: 'organisation', entityId: id, action: 'updated', before, after });
      return after;
    });
  }

  /** Archived organisations leave the default lists but keep every link to meetings, positions and actions. */
  async setArchived(id: string, archived: boolean, user: AuthUser): Promise<OrganisationResponse> {
    return this.db.transaction(async (tx) => {
      const before = toOrganisationResponse(await this.row(tx, id, true));
      if (!archived && before.mergedIntoId) throw new Conflict('This organisation was merged into another as a duplicate: it cannot be restored.');
      if ((before.archivedAt !== null) === archived) {
        throw new Conflict(archived ? 'This organisation is already archived.' : 'This organisation is not archived.');
      }
      const row = await updateIfVersion<OrganisationRow>(tx, 'organisations', 'organisation', id, before.version, user.id, {
        archived_at: archived ? new Date() : null,
      });
      const after = toOrganisationResponse(row);
      await this.audit.record(tx, { actorId: user.id, entity: 'organisation', entityId: id, action: archived ? 'archived' : 'restored', before, after });
      return after;
    });
  }

  private async row(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<OrganisationRow> {
    const [row] = await sql<OrganisationRow>(db, `SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE o.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFound('organisation', id);
    return row;
  }
}
