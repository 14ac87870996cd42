import { randomBytes } from 'node:crypto';
import type { Role } from '@send/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashPassword } from '../users/password';
import type { TestApp } from './test-app';

export interface TestClient {
  user: { id: string; email: string; role: Role; password: string };
  csrf: string;
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  patch(url: string, body: object, version?: number | string): request.Test;
  put(url: string, body: object, version?: number | string): request.Test;
  delete(url: string, version?: number | string): request.Test;
}

const PASSWORD = 'a test password of some length';
let passwordHash: Promise<string> | undefined;

/** Adds a user with this role straight to the database (fast, and not what is under test). */
export async function createUser(t: TestApp, role: Role, name = `Test ${role}`): Promise<TestClient['user']> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
  const [row] = await t.app.get(DataSource).query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [email, name, role, await passwordHash]);
  return { id: row.id, email, role, password: PASSWORD };
}

export function cookieValue(res: request.Response, name: string): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const found = cookies.find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1).split(';')[0]) : undefined;
}

/** Signs in through the real endpoint; the client then sends the session cookie and the CSRF header itself. */
export async function signIn(t: TestApp, role: Role = 'admin'): Promise<TestClient> {
  return signInAs(t, await createUser(t, role));
}

/** A fresh session for an existing test user (after a test has moved the clock past the last one's timeout). */
export async function signInAs(t: TestApp, user: TestClient['user']): Promise<TestClient> {
  const agent = request.agent(t.app.getHttpServer());
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  const csrf = cookieValue(res, 'XSRF-TOKEN');
  if (!csrf) throw new Error('sign-in set no XSRF-TOKEN cookie');
  const ifMatch = (test: request.Test, version?: number | string) => (version === undefined ? test : test.set('If-Match', typeof version === 'number' ? `"${version}"` : version));
  return {
    user,
    csrf,
    get: (url) => agent.get(url),
    post: (url, body) => agent.post(url).set('X-XSRF-TOKEN', csrf).send(body ?? {}),
    patch: (url, body, version) => ifMatch(agent.patch(url).set('X-XSRF-TOKEN', csrf), version).send(body),
    put: (url, body, version) => ifMatch(agent.put(url).set('X-XSRF-TOKEN', csrf), version).send(body),
    delete: (url, version) => ifMatch(agent.delete(url).set('X-XSRF-TOKEN', csrf), version),
  };
}
