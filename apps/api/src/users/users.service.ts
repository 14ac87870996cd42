import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateUserResponse, Page, ResetPasswordResponse, UserResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { SessionStore } from '../auth/session.store';
import { Conflict, NotFound, ValidationFailed } from '../common/errors';
import { SqlFilter, orderBy } from '../common/list-query';
import { pageOf } from '../common/list-page';
import { uniqueConflict } from '../common/references';
import { sql } from '../common/sql';
import { rejectNulls } from '../common/validators';
import { columnsFrom, updateIfVersion } from '../common/versioned-update';
import { hashPassword, randomPassword } from './password';
import { passwordProblems } from './password-policy';
import { USER_COLUMNS, toUserResponse, type UserRow } from './user.mapper';
import type { CreateUserBody, UpdateUserBody, UserListQuery } from './user.requests';

const EMAIL_TAKEN = 'A user with this email address already exists.';
const SORTS = { name: 'lower(u.name)', email: 'u.email', role: 'u.role', createdAt: 'u.created_at' };

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionStore,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserResponse>> {
    const f = new SqlFilter();
    if (!query.includeInactive) f.where('u.deactivated_at IS NULL');
    if (query.role) f.where(`u.role = ${f.param(query.role)}`);
    if (query.q) {
      const q = f.param(`%${query.q}%`);
      f.where(`(u.name ILIKE ${q} OR u.email ILIKE ${q})`);
    }
    const from = `FROM users u ${f.sql}`;
    return pageOf(this.db, query, f, { select: USER_COLUMNS, from, orderBy: orderBy(query.sort, SORTS, 'name', 'u.id') }, toUserResponse);
  }

  async get(id: string): Promise<UserResponse> {
    return toUserResponse(await this.row(this.db.manager, id));
  }

  async create(body: CreateUserBody, actor: AuthUser): Promise<CreateUserResponse> {
    // `password: null` is no password, as an absent one is (@IsOptional lets both through).
    const password = body.password ?? undefined;
    if (password !== undefined) {
      const problems = passwordProblems(password, 'password', body.email);
      if (problems.length) throw new ValidationFailed(problems);
    }
    const oneTimePassword = password === undefined ? randomPassword() : undefined;
    const hash = await hashPassword(password ?? (oneTimePassword as string));
    return this.db.transaction(async (tx) => {
      const [row] = await sql<UserRow>(
        tx,
        `INSERT INTO users (email, name, role, password_hash, must_change_password, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
        [body.email, body.name, body.role, hash, oneTimePassword !== undefined, actor.id],
      ).catch((error: unknown) => uniqueConflict(error, 'users_email_key', 'email', EMAIL_TAKEN));
      const created = toUserResponse(row);
      await this.audit.record(tx, { actorId: actor.id, entity: 'user', entityId: created.id, action: 'created', after: created });
      return oneTimePassword ? { ...created, oneTimePassword } : created;
    });
  }

  /** A role change takes effect on the user's next request: sessions read the role from the users table. */
  async update(id: string, version: number, body: UpdateUserBody, actor: AuthUser): Promise<UserResponse> {
    rejectNulls(body, ['name', 'role']);
    return this.changingUser(id, async (tx) => {
      const before = toUserResponse(await this.row(tx, id, true));
      if (body.role && body.role !== 'admin' && before.role === 'admin') await this.assertAnotherAdmin(tx, id);
      const row = await updateIfVersion<UserRow>(tx, 'users', 'user', id, version, actor.id, columnsFrom(body, { name: 'name', role: 'role' }));
      const after = toUserResponse(row);
      await this.audit.record(tx, { actorId: actor.id, entity: 'user', entityId: id, action: before.role !== after.role ? 'role_changed' : 'updated', before, after });
      return after;
    });
  }

  /** Deactivation ends the user's sessions at once; reactivation lets them sign in again. */
  async setActive(id: string, active: boolean, actor: AuthUser): Promise<UserResponse> {
    return this.changingUser(id, async (tx) => {
      const before = toUserResponse(await this.row(tx, id, true));
      if (before.active === active) throw new Conflict(active ? 'This user is already active.' : 'This user is already deactivated.');
      if (!active && id === actor.id) throw new Conflict('You cannot deactivate your own account.');
      if (!active && before.role === 'admin') await this.assertAnotherAdmin(tx, id);
      const row = await updateIfVersion<UserRow>(tx, 'users', 'user', id, before.version, actor.id, { deactivated_at: active ? null : new Date() });
      if (!active) await tx.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
      const after = toUserResponse(row);
      await this.audit.record(tx, { actorId: actor.id, entity: 'user', entityId: id, action: active ? 'reactivated' : 'deactivated', before, after });
      return after;
    });
  }

  /** A new one-time password, to be changed at next sign-in; existing sessions end. */
  async resetPassword(id: string, actor: AuthUser): Promise<ResetPasswordResponse> {
    const oneTimePassword = randomPassword();
    const hash = await hashPassword(oneTimePassword);
    await this.changingUser(id, async (tx) => {
      const before = await this.row(tx, id, true);
      await updateIfVersion<UserRow>(tx, 'users', 'user', id, before.version, actor.id, { password_hash: hash, must_change_password: true });
      await tx.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
      await this.audit.record(tx, { actorId: actor.id, entity: 'user', entityId: id, action: 'password_reset' });
    });
    return { oneTimePassword };
  }

  /** A change to a user in one transaction; once committed, sessions stop trusting what they knew of the user. */
  private async changingUser<T>(id: string, change: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(change);
    this.sessions.forgetUser(id);
    return result;
  }

  private async assertAnotherAdmin(tx: EntityManager, exceptId: string): Promise<void> {
    const [{ n }] = await sql<{ n: number }>(tx, `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND deactivated_at IS NULL AND id <> $1`, [exceptId]);
    if (n === 0) throw new Conflict('The service needs at least one active admin.');
  }

  private async row(db: EntityManager, id: string, forUpdate = false): Promise<UserRow> {
    const [row] = await sql<UserRow>(db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFound('user', id);
    return row;
  }
}
