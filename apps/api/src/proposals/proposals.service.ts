import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PROPOSAL_STATUSES, type Page, type ProposalResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFound } from '../common/errors';
import { containing, pageOf } from '../common/list-page';
import { SqlFilter, orderBy } from '../common/list-query';
import { uniqueConflict } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { checkedThemeIds } from '../themes/theme-refs';
import { PROPOSAL_COLUMNS, toProposalResponse, type ProposalRow } from './proposal.mapper';
import type { CreateProposalBody, ProposalListQuery, UpdateProposalBody } from './proposal.requests';

const TITLE_TAKEN = 'A proposal with this title already exists.';
/** Status sorts in lifecycle order, not alphabetically. */
const STATUS_ORDER = `array_position(ARRAY[${PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',')}]::text[], p.status)`;
const SORTS = { title: 'lower(p.title)', status: STATUS_ORDER, createdAt: 'p.created_at' };

const COLUMNS: Record<Exclude<keyof UpdateProposalBody, 'themeIds'>, string> = { title: 'title', summary: 'summary', status: 'status' };

const titleConflict = (error: unknown) => uniqueConflict(error, 'proposals_title_key', 'title', TITLE_TAKEN);

@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ProposalListQuery): Promise<Page<ProposalResponse>> {
    const f = new SqlFilter();
    if (query.themeId) f.where(`p.theme_ids @> ARRAY[${f.param(query.themeId)}]::uuid[]`);
    if (query.status) f.where(`p.status = ${f.param(query.status)}`);
    if (query.q) {
      const q = f.param(containing(query.q));
      f.where(`(p.title ILIKE ${q} OR p.summary ILIKE ${q})`);
    }
    return pageOf(this.db, query, f, { select: PROPOSAL_COLUMNS, from: `FROM proposals p ${f.sql}`, orderBy: orderBy(query.sort, SORTS, 'title', 'p.id') }, toProposalResponse);
  }

  async get(id: string): Promise<ProposalResponse> {
    return toProposalResponse(await this.row(this.db, id));
  }

  async create(body: CreateProposalBody, user: AuthUser): Promise<ProposalResponse> {
    return this.db.transaction(async (tx) => {
      const themeIds = await checkedThemeIds(tx, 'themeIds', body.themeIds ?? []);
      const [{ id }] = await sql<{ id: string }>(
        tx,
        `INSERT INTO proposals (title, summary, theme_ids, status, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
        [body.title, body.summary ?? '', themeIds, body.status ?? 'under_discussion', user.id],
      ).catch(titleConflict);
      const created = toProposalResponse(await this.row(tx, id));
      await this.audit.record(tx, { actorId: user.id, entity: 'proposal', entityId: id, action: 'created', after: created });
      return created;
    });
  }

  async update(id: string, version: number, body: UpdateProposalBody, user: AuthUser): Promise<ProposalResponse> {
    rejectNulls(body, ['title', 'summary', 'themeIds', 'status']);
    return this.db.transaction(async (tx) => {
      const before = toProposalResponse(await this.row(tx, id, true));
      const set = columnsFrom(body, COLUMNS);
      if (body.themeIds !== undefined) set['theme_ids'] = await checkedThemeIds(tx, 'themeIds', body.themeIds);
      await updateIfVersion(tx, 'proposals', 'proposal', id, version, user.id, set).catch(titleConflict);
      const after = toProposalResponse(await this.row(tx, id));
      await this.audit.record(tx, { actorId: user.id, entity: 'proposal', entityId: id, action: 'updated', before, after });
      return after;
    });
  }

  /** `forUpdate` locks the row so the audited "before" is the state the update replaces. */
  private async row(db: DataSource | EntityManager, id: string, forUpdate = false): Promise<ProposalRow> {
    const [row] = await sql<ProposalRow>(db, `SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFound('proposal', id);
    return row;
  }
}
