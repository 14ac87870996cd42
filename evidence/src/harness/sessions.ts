import argon2 from 'argon2';
import type { Role } from '@send/contracts';
import { onServer } from './cluster';

export const ROLES_UNDER_TEST: readonly Role[] = ['admin', 'recorder', 'reviewer', 'viewer'];
const PASSWORD = 'evidence user long password';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  ms: number;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as-is (a string body is not JSON-encoded). */
  rawBody?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** A signed-in user: the session cookie, and the XSRF token echoed on every change. */
export interface Session {
  role: Role | 'anonymous';
  email: string;
  cookie: string;
  csrf: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
}

export async function send(baseUrl: string, method: string, path: string, options: RequestOptions & { cookie?: string; csrf?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.cookie) headers['cookie'] = options.cookie;
  if (options.csrf && method !== 'GET' && method !== 'HEAD') headers['x-xsrf-token'] = options.csrf;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: performance.now() - started };
}

/** Signs in through POST /api/auth/login, as the dashboard does. */
export async function signIn(baseUrl: string, email: string, password: string, role: Role | 'anonymous' = 'admin'): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${await res.text()}`);
  const cookies: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    cookies[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const session = cookies['send_session'];
  const csrf = cookies['XSRF-TOKEN'];
  if (!session || !csrf) throw new Error('sign-in set no send_session or XSRF-TOKEN cookie');
  const cookie = `send_session=${session}; XSRF-TOKEN=${csrf}`;
  const token = decodeURIComponent(csrf);
  return { role, email, cookie, csrf: token, request: (method, path, options) => send(baseUrl, method, path, { ...options, cookie, csrf: token }) };
}

/** No session at all: what a stranger on the network gets. */
export function anonymous(baseUrl: string): Session {
  return { role: 'anonymous', email: '', cookie: '', csrf: '', request: (method, path, options) => send(baseUrl, method, path, options) };
}

/**
 * One user per role, written straight to the users table (creating them is not what is checked), each signed in.
 * The product must have started on `databaseUrl` (migrations applied).
 */
export async function usersByRole(baseUrl: string, databaseUrl: string): Promise<Record<Role, Session>> {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await onServer(databaseUrl, async (client) => {
    for (const role of ROLES_UNDER_TEST) {
      await client.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, deactivated_at = NULL, must_change_password = false`,
        [`evidence-${role}@example.test`, `Evidence ${role}`, role, hash],
      );
    }
  });
  const sessions = {} as Record<Role, Session>;
  for (const role of ROLES_UNDER_TEST) sessions[role] = await signIn(baseUrl, `evidence-${role}@example.test`, PASSWORD, role);
  return sessions;
}
