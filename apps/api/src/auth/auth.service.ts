import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role, SessionResponse } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import { Unauthenticated } from '../common/errors-auth';
import { ValidationFailed } from '../common/errors';
import { passwordProblems } from '../users/password-policy';
import { hashPassword, verifyPassword } from '../users/password';
import type { AuthUser } from './auth-user';
import { SessionStore } from './session.store';
import { SignInThrottle } from './sign-in-throttle';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  must_change_password: boolean;
  deactivated_at: Date | null;
}

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

export function toSessionResponse(user: Pick<AuthUser, 'id' | 'email' | 'name' | 'role' | 'mustChangePassword'>): SessionResponse {
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, roles: [user.role], mustChangePassword: user.mustChangePassword };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
  ) {}

  async login(email: string, password: string, address: string, previousToken: string | undefined): Promise<{ session: SessionResponse; token: string; csrfToken: string }> {
    await this.throttle.assertAllowed(email, address);
    const [user]: UserRow[] = await this.db.query(`SELECT * FROM users WHERE email = $1`, [email]);
    const ok = user?.password_hash ? await verifyPassword(user.password_hash, password) : await verifyPassword(await DUMMY_HASH, password).then(() => false);
    if (!user || !ok || user.deactivated_at) {
      await this.throttle.recordFailure(email, address);
      await this.db.transaction((tx) =>
        this.audit.record(tx, { actorId: null, entity: 'user', entityId: user?.id ?? null, action: 'sign_in_failed', details: { address } }),
      );
      throw new Unauthenticated('The email address or password is not right.');
    }
    await this.throttle.clearAccount(email);
    // A new session id at every sign-in; any session the browser already had is ended.
    if (previousToken) await this.sessions.destroy(previousToken);
    const { token, csrfToken } = await this.sessions.create(user.id);
    await this.db.transaction((tx) => this.audit.record(tx, { actorId: user.id, entity: 'user', entityId: user.id, action: 'signed_in' }));
    const session = toSessionResponse({ id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.must_change_password });
    return { session, token, csrfToken };
  }

  /** The user a session cookie belongs to, if it is still live. */
  signedIn(token: string | undefined): Promise<AuthUser | undefined> {
    return token ? this.sessions.resolve(token) : Promise.resolve(undefined);
  }

  /** Checks the current password, applies the policy, and ends every other session of this user. */
  async changePassword(user: AuthUser, currentToken: string, currentPassword: string, newPassword: string): Promise<void> {
    const [row]: UserRow[] = await this.db.query(`SELECT * FROM users WHERE id = $1`, [user.id]);
    if (!row?.password_hash || !(await verifyPassword(row.password_hash, currentPassword))) {
      throw new ValidationFailed([{ field: 'currentPassword', message: 'currentPassword is not right' }]);
    }
    const problems = passwordProblems(newPassword, 'newPassword', user.email);
    if (currentPassword === newPassword) problems.push({ field: 'newPassword', message: 'newPassword must differ from the current one' });
    if (problems.length) throw new ValidationFailed(problems);
    const hash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2, must_change_password = false, version = version + 1, updated_at = now(), updated_by = $1 WHERE id = $1`, [user.id, hash]);
      await tx.query(`DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2`, [user.id, this.sessions.hash(currentToken)]);
      await this.audit.record(tx, { actorId: user.id, entity: 'user', entityId: user.id, action: 'password_changed' });
    });
    this.sessions.forgetUser(user.id);
  }

  async logout(user: AuthUser, token: string): Promise<void> {
    await this.sessions.destroy(token);
    await this.db.transaction((tx) => this.audit.record(tx, { actorId: user.id, entity: 'user', entityId: user.id, action: 'signed_out' }));
  }
}
