import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Issuer, generators, type BaseClient, type UserinfoResponse } from 'openid-client';
import { ROLES, type Role } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NotFound } from '../common/errors';
import { Forbidden, Unauthenticated } from '../common/errors-auth';
import { sql } from '../common/sql';
import { SessionStore } from './session.store';

export const REQUEST_TTL_MINUTES = 10;

/** Only paths on this site: never `//evil.example` or an absolute URL. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length <= 2000 ? value : '/';
}

/** The role for a set of claim values: the first of admin, recorder, reviewer, viewer that any value maps to. */
export function roleFromClaims(values: unknown, map: Record<string, Role>): Role | undefined {
  const list = (Array.isArray(values) ? values : values === undefined ? [] : [values]).map(String);
  const mapped = new Set(list.map((v) => map[v]).filter((r): r is Role => r !== undefined));
  return ROLES.find((r) => mapped.has(r));
}

interface LinkedUser {
  id: string;
  role: Role;
  deactivated_at: Date | null;
}

/** OpenID Connect authorisation-code flow with PKCE; users are matched by subject, then by email, else created. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private client?: Promise<BaseClient>;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get settings(): OidcConfig | undefined {
    return this.config.oidc;
  }

  async begin(returnTo: unknown): Promise<string> {
    const settings = this.required();
    const client = await this.oidcClient(settings);
    const state = generators.state();
    const nonce = generators.nonce();
    const verifier = generators.codeVerifier();
    await this.db.query(`DELETE FROM oidc_requests WHERE created_at < now() - make_interval(mins => $1)`, [REQUEST_TTL_MINUTES]);
    await this.db.query(`INSERT INTO oidc_requests (state, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4)`, [state, nonce, verifier, safeReturnTo(returnTo)]);
    return client.authorizationUrl({ scope: settings.scopes, state, nonce, code_challenge: generators.codeChallenge(verifier), code_challenge_method: 'S256' });
  }

  async complete(params: Record<string, string>): Promise<{ token: string; csrfToken: string; returnTo: string }> {
    const settings = this.required();
    const client = await this.oidcClient(settings);
    const [request] = await sql<{ nonce: string; code_verifier: string; return_to: string }>(
      this.db,
      `DELETE FROM oidc_requests WHERE state = $1 AND created_at > now() - make_interval(mins => $2) RETURNING nonce, code_verifier, return_to`,
      [params['state'] ?? '', REQUEST_TTL_MINUTES],
    );
    if (!request) throw new Unauthenticated('That sign-in took too long or was already used. Try again.');
    const tokens = await client.callback(settings.redirectUrl, params, { state: params['state'], nonce: request.nonce, code_verifier: request.code_verifier });
    let claims: UserinfoResponse = tokens.claims();
    if (claims[settings.roleClaim] === undefined && tokens.access_token) claims = { ...claims, ...(await client.userinfo(tokens.access_token)) };
    const userId = await this.db.transaction((tx) => this.linkUser(tx, claims, settings));
    // The provider may have changed the role: the user's other sessions must not keep the old one.
    this.sessions.forgetUser(userId);
    const { token, csrfToken } = await this.sessions.create(userId);
    return { token, csrfToken, returnTo: request.return_to };
  }

  private async linkUser(tx: EntityManager, claims: UserinfoResponse, settings: OidcConfig): Promise<string> {
    const subject = `${settings.issuerUrl}|${claims.sub}`;
    const email = String(claims.email ?? claims['preferred_username'] ?? '').toLowerCase();
    const role = roleFromClaims(claims[settings.roleClaim], settings.roleMap);
    if (!role || !email) {
      await this.audit.record(tx, { actorId: null, entity: 'user', entityId: null, action: 'sign_in_failed', details: { method: 'oidc', reason: role ? 'no email' : 'no role' } });
      throw new Forbidden('Your account has no role in this service. Ask an administrator for access.');
    }
    const [found] = await sql<LinkedUser>(tx, `SELECT id, role, deactivated_at FROM users WHERE oidc_subject = $1 OR (oidc_subject IS NULL AND email = $2) ORDER BY oidc_subject NULLS LAST LIMIT 1 FOR UPDATE`, [subject, email]);
    if (found?.deactivated_at) throw new Unauthenticated('This account has been deactivated.');
    const name = String(claims.name ?? email);
    if (!found) {
      const [created] = await sql<{ id: string }>(tx, `INSERT INTO users (email, name, role, oidc_subject) VALUES ($1, $2, $3, $4) RETURNING id`, [email, name, role, subject]);
      await this.audit.record(tx, { actorId: created.id, entity: 'user', entityId: created.id, action: 'created', after: { email, name, role }, details: { method: 'oidc' } });
      await this.audit.record(tx, { actorId: created.id, entity: 'user', entityId: created.id, action: 'signed_in', details: { method: 'oidc' } });
      return created.id;
    }
    // The identity provider is the source of truth for roles of single-sign-on users.
    await tx.query(`UPDATE users SET oidc_subject = $2, role = $3, version = version + CASE WHEN role <> $3 THEN 1 ELSE 0 END, updated_at = now() WHERE id = $1`, [found.id, subject, role]);
    if (found.role !== role) {
      await this.audit.record(tx, { actorId: found.id, entity: 'user', entityId: found.id, action: 'role_changed', before: { role: found.role }, after: { role }, details: { method: 'oidc' } });
    }
    await this.audit.record(tx, { actorId: found.id, entity: 'user', entityId: found.id, action: 'signed_in', details: { method: 'oidc' } });
    return found.id;
  }

  private required(): OidcConfig {
    if (!this.config.oidc) throw new NotFound('sign-in provider', 'oidc');
    return this.config.oidc;
  }

  private oidcClient(settings: OidcConfig): Promise<BaseClient> {
    this.client ??= Issuer.discover(settings.issuerUrl).then(
      (issuer) => new issuer.Client({ client_id: settings.clientId, client_secret: settings.clientSecret, redirect_uris: [settings.redirectUrl], response_types: ['code'] }),
      (error: unknown) => {
        this.client = undefined;
        this.logger.error({ err: error }, 'OpenID Connect discovery failed');
        throw error;
      },
    );
    return this.client;
  }
}
