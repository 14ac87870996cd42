import { isAbsolute, join, resolve } from 'node:path';
import { ROLES, type Role } from '@send/contracts';
import { notificationsConfig, type NotificationsConfig } from './email-config';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Everything the service reads from its environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: start an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * A streaming replica of DATABASE_URL (optional): lists, search, reports and exports read from it, except for a
   * caller whose own last write it has not yet replayed.
   */
  databaseReadUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  logLevel: LogLevel;
  demo: boolean;
  bootstrapAdmin: { email: string; password: string } | undefined;
  shutdownTimeoutMs: number;
  /** The Chromium that prints records to PDF (Debian: `apt-get install chromium`). */
  chromiumPath: string;
  /** How long a checked session is trusted without asking the database again; 0 checks on every request. */
  sessionCacheMs: number;
  /** How often the housekeeping job purges what has expired (sessions, Idempotency-Keys, sign-in failures…). */
  housekeepingIntervalMs: number;
  version: string;
  /** Hops of reverse proxies to trust for the client address and HTTPS (cookies are Secure over HTTPS). */
  trustProxy: number;
  /** Single sign-on (Microsoft Entra ID or any OpenID Connect provider); undefined when not configured. */
  oidc: OidcConfig | undefined;
  /** Email out and the notices jobs (email-config.ts). */
  notifications: NotificationsConfig;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scopes: string;
  /** Claim holding the user's groups or app roles (Entra: `roles`). */
  roleClaim: string;
  /** Claim value → role, e.g. `SEND.Admin=admin,SEND.Recorder=recorder`. */
  roleMap: Record<string, Role>;
  displayName: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks one variable at a time, collecting every problem so the operator sees them all at once. */
export class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  postgresUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return value;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be a postgres:// URL`);
    return undefined;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

function bootstrapAdmin(read: EnvReader): AppConfig['bootstrapAdmin'] {
  const email = read.raw('BOOTSTRAP_ADMIN_EMAIL');
  const password = read.raw('BOOTSTRAP_ADMIN_PASSWORD');
  if (email === undefined && password === undefined) return undefined;
  if (email === undefined || !EMAIL.test(email)) {
    read.problems.push('BOOTSTRAP_ADMIN_EMAIL must be an email address when BOOTSTRAP_ADMIN_PASSWORD is set');
  }
  if (password === undefined || password.length < 12) {
    read.problems.push('BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters when BOOTSTRAP_ADMIN_EMAIL is set');
  }
  return email && password ? { email: email.toLowerCase(), password } : undefined;
}

function url(read: EnvReader, name: string): string | undefined {
  const value = read.raw(name);
  if (value === undefined) return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  read.problems.push(`${name} must be an http(s) URL`);
  return undefined;
}

function roleMap(read: EnvReader, name: string): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const pair of (read.raw(name) ?? '').split(',').filter((p) => p.trim())) {
    const [claim, role] = pair.split('=').map((s) => s.trim());
    if (!claim || !ROLES.includes(role as Role)) {
      read.problems.push(`${name} must be claim=role pairs separated by commas, roles being ${ROLES.join(', ')} (got "${pair}")`);
      continue;
    }
    map[claim] = role as Role;
  }
  return map;
}

function oidc(read: EnvReader): OidcConfig | undefined {
  const names = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_ROLE_MAP'];
  if (names.every((n) => read.raw(n) === undefined)) return undefined;
  for (const n of names.filter((n) => read.raw(n) === undefined)) read.problems.push(`${n} is required when single sign-on is configured`);
  const config = {
    issuerUrl: url(read, 'OIDC_ISSUER_URL'),
    clientId: read.raw('OIDC_CLIENT_ID'),
    clientSecret: read.raw('OIDC_CLIENT_SECRET'),
    redirectUrl: url(read, 'OIDC_REDIRECT_URL'),
    scopes: read.raw('OIDC_SCOPES') ?? 'openid profile email',
    roleClaim: read.raw('OIDC_ROLE_CLAIM') ?? 'roles',
    roleMap: roleMap(read, 'OIDC_ROLE_MAP'),
    displayName: read.raw('OIDC_DISPLAY_NAME') ?? 'Microsoft',
  };
  const { issuerUrl, clientId, clientSecret, redirectUrl } = config;
  return issuerUrl && clientId && clientSecret && redirectUrl ? { ...config, issuerUrl, clientId, clientSecret, redirectUrl } : undefined;
}

/**
 * The only place that reads the process environment. `cwd` anchors relative paths; `appDir` is where the built
 * API lives, so the dashboard build is found next to it whatever the working directory.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd(), appDir = __dirname): AppConfig {
  const read = new EnvReader(env);
  const demo = read.bool('DEMO', false);
  const dataDir = read.raw('DATA_DIR') ?? join('.data', demo ? 'demo' : 'main');
  const webDistDir = read.raw('WEB_DIST_DIR') ?? join(appDir, '..', 'web', 'browser');
  const port = read.int('PORT', 3000, 0, 65535);
  const host = read.raw('HOST') ?? '127.0.0.1';
  const config: AppConfig = {
    port,
    host,
    databaseUrl: read.postgresUrl('DATABASE_URL'),
    databasePoolSize: read.int('DATABASE_POOL_SIZE', 10, 1, 200),
    databaseReadUrl: read.postgresUrl('DATABASE_READ_URL'),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    webDistDir: isAbsolute(webDistDir) ? webDistDir : resolve(cwd, webDistDir),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    demo,
    bootstrapAdmin: bootstrapAdmin(read),
    shutdownTimeoutMs: read.int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    chromiumPath: read.raw('CHROMIUM_PATH') ?? '/usr/bin/chromium',
    sessionCacheMs: read.int('SESSION_CACHE_MS', 5_000, 0, 60_000),
    housekeepingIntervalMs: read.int('HOUSEKEEPING_INTERVAL_MS', 3_600_000, 1_000, 86_400_000),
    version: read.raw('APP_VERSION') ?? '0.1.0',
    trustProxy: read.int('TRUST_PROXY', 0, 0, 10),
    oidc: oidc(read),
    notifications: notificationsConfig(read, port, host),
  };
  if (config.databaseReadUrl && !config.databaseUrl) read.problems.push('DATABASE_READ_URL needs DATABASE_URL: a replica replicates a server you run, not the embedded one');
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
