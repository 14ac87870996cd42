import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createUser } from '../testing/test-client';

const REDIRECT = 'http://tracker.test/api/auth/oidc/callback';
const ACCOUNTS = {
  alice: { email: 'Alice.Reviewer@Example.test', name: 'Alice Reviewer', roles: ['SEND.Reviewer', 'Other.App'] },
  bob: { email: 'bob@example.test', name: 'Bob Local', roles: ['SEND.Admin'] },
  carol: { email: 'carol@example.test', name: 'Carol No Role', roles: ['Other.App'] },
};

function startProvider(): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, '../testing/oidc-provider-server.mjs')], {
    env: { PATH: process.env['PATH'], CLIENT_ID: 'send-tracker', CLIENT_SECRET: 'a-test-client-secret', REDIRECT_URI: REDIRECT, ACCOUNTS: JSON.stringify(ACCOUNTS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`provider exited ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /ISSUER (\S+)/.exec(chunk.toString());
      if (match) resolve({ issuer: match[1], child });
    });
  });
}

/** A browser's part: follow the provider's redirects with its cookies until it sends us back to the tracker. */
async function throughProvider(authorizationUrl: string, account: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = `${authorizationUrl}&login_hint=${account}`;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(REDIRECT)) return url.slice('http://tracker.test'.length);
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${url} with ${res.status}: ${await res.text()}`);
    url = new URL(location, url).toString();
  }
  throw new Error('too many redirects');
}

describe('single sign-on with OpenID Connect', () => {
  let provider: { issuer: string; child: ChildProcess };
  let t: TestApp;

  beforeAll(async () => {
    provider = await startProvider();
    t = await startTestApp({
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'send-tracker',
      OIDC_CLIENT_SECRET: 'a-test-client-secret',
      OIDC_REDIRECT_URL: REDIRECT,
      OIDC_ROLE_MAP: 'SEND.Admin=admin,SEND.Recorder=recorder,SEND.Reviewer=reviewer,SEND.Viewer=viewer',
    });
  });
  afterAll(async () => {
    await t.close();
    provider.child.kill('SIGTERM');
  });

  async function signInAs(account: string, returnTo = '/meetings?status=submitted') {
    const start = await t.http.get(`/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`).expect(302);
    const authorizationUrl = start.headers['location'];
    expect(authorizationUrl).toContain(`${provider.issuer}/auth?`);
    expect(authorizationUrl).toContain('code_challenge_method=S256');
    const callback = await throughProvider(authorizationUrl, account);
    return { callback, res: await t.http.get(callback).expect(302) };
  }

  it('offers the provider on the sign-in page', async () => {
    const res = await t.http.get('/api/auth/providers').expect(200);
    expect(res.body).toEqual({ local: true, oidc: { displayName: 'Microsoft', loginUrl: '/api/auth/oidc/login' } });
  });

  it('signs in a new user with the role mapped from the claim and returns them where they were', async () => {
    const { res } = await signInAs('alice');
    expect(res.headers['location']).toBe('/meetings?status=submitted');
    const cookie = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith('send_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await t.http.get('/api/auth/me').set('Cookie', String(cookie).split(';')[0]).expect(200);
    expect(me.body.user).toMatchObject({ email: 'alice.reviewer@example.test', name: 'Alice Reviewer', role: 'reviewer' });
  });

  it('links an existing local account by email and takes its role from the provider', async () => {
    const bob = await createUser(t, 'viewer');
    await t.app.get(DataSource).query(`UPDATE users SET email = 'bob@example.test' WHERE id = $1`, [bob.id]);
    const { res } = await signInAs('bob');
    expect(res.headers['location']).toBe('/meetings?status=submitted');
    const [row] = await t.app.get(DataSource).query(`SELECT role, oidc_subject FROM users WHERE id = $1`, [bob.id]);
    expect(row).toEqual({ role: 'admin', oidc_subject: `${provider.issuer}|bob` });
    const events = await t.app.get(DataSource).query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [bob.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['role_changed', 'signed_in']);
  });

  it('refuses an account with no mapped role, and a replayed callback', async () => {
    const { callback, res } = await signInAs('carol');
    expect(res.headers['location']).toBe('/sign-in?error=forbidden');
    expect(res.headers['set-cookie']).toBeUndefined();
    const replay = await t.http.get(callback).expect(302);
    expect(replay.headers['location']).toBe('/sign-in?error=unauthenticated');
  });

  it('never redirects off the site after sign-in', async () => {
    const { res } = await signInAs('alice', '//evil.example/steal');
    expect(res.headers['location']).toBe('/');
  });
});
