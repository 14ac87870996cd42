import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { startTestApp, TEST_ADMIN, type TestApp } from '../testing/test-app';
import { cookieValue, createUser, signIn } from '../testing/test-client';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './session.store';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './sign-in-throttle';

describe('session timeouts, throttling and passwords', () => {
  const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({}, { clock })));
  afterAll(() => t.close());

  async function session(): Promise<string> {
    const res = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(200);
    return `send_session=${cookieValue(res, 'send_session')}`;
  }

  it('ends a session after 30 idle minutes, and activity keeps it alive', async () => {
    const cookie = await session();
    clock.advance(IDLE_TIMEOUT_MS - 60_000);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    clock.advance(IDLE_TIMEOUT_MS - 60_000);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    clock.advance(IDLE_TIMEOUT_MS + 1000);
    const expired = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(expired.body.detail).toContain('session has ended');
  });

  it('ends a session after 12 hours however active', async () => {
    const cookie = await session();
    for (let elapsed = 0; elapsed < ABSOLUTE_TIMEOUT_MS - IDLE_TIMEOUT_MS; elapsed += IDLE_TIMEOUT_MS / 2) {
      clock.advance(IDLE_TIMEOUT_MS / 2);
      await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    }
    clock.advance(IDLE_TIMEOUT_MS);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  describe('a change made elsewhere, while this instance trusts a session it checked (the clock stands still)', () => {
    const me = (app: TestApp, cookie: string) => app.http.get('/api/auth/me').set('Cookie', cookie);
    /** Within a second or two: the change arrives by a notification at commit, not by waiting SESSION_CACHE_MS. */
    async function soon(check: () => Promise<boolean>): Promise<boolean> {
      for (let i = 0; i < 100; i += 1) {
        if (await check()) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    }
    async function sessionOnBoth(other: TestApp): Promise<{ id: string; cookie: string }> {
      const user = await createUser(t, 'reviewer');
      const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      const cookie = `send_session=${cookieValue(login, 'send_session')}`;
      await me(t, cookie).expect(200);
      await me(other, cookie).expect(200);
      return { id: user.id, cookie };
    }

    let other: TestApp;
    beforeAll(async () => (other = await startTestApp({}, { clock, sameDatabaseAs: t })));
    afterAll(() => other.close());

    it('hears a role changed by SQL, and a deactivation on another instance', async () => {
      const { id, cookie } = await sessionOnBoth(other);
      await t.app.get(DataSource).query(`UPDATE users SET role = 'viewer' WHERE id = $1`, [id]);
      for (const app of [t, other]) expect(await soon(async () => (await me(app, cookie)).body.user?.role === 'viewer')).toBe(true);

      const admin = await signIn(other, 'admin');
      await admin.post(`/api/users/${id}/deactivate`).expect(200);
      await me(other, cookie).expect(401);
      expect(await soon(async () => (await me(t, cookie)).status === 401)).toBe(true);
    });

    it('refuses a session ended elsewhere on the very next request, even while the notification is late', async () => {
      const { id, cookie } = await sessionOnBoth(other);
      const db = t.app.get(DataSource);
      const pids = (await db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'send-tracker-sessions' AND datname = current_database()`)).map((r: { pid: number }) => r.pid);
      expect(pids).toHaveLength(2);
      // A stopped backend stands for a listener the machine has not got round to: its notifications come late.
      const resume = () => pids.forEach((pid: number) => process.kill(pid, 'SIGCONT'));
      pids.forEach((pid: number) => process.kill(pid, 'SIGSTOP'));
      const later = setTimeout(resume, 300);
      try {
        // What a sign-out on another instance does.
        await db.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
        await me(other, cookie).expect(401);
      } finally {
        clearTimeout(later);
        resume();
      }
    });

    it('asks the database on every request while it cannot hear changes, and listens again', async () => {
      const { id, cookie } = await sessionOnBoth(other);
      const [{ cut }] = await t.app.get(DataSource).query(
        `SELECT count(pg_terminate_backend(pid))::int AS cut FROM pg_stat_activity WHERE application_name = 'send-tracker-sessions' AND datname = current_database()`,
      );
      expect(cut).toBe(2);
      await t.app.get(DataSource).query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [id]);
      for (const app of [t, other]) expect(await soon(async () => (await me(app, cookie)).status === 401)).toBe(true);
      const listening = async () =>
        (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'send-tracker-sessions' AND datname = current_database()`))[0].n === 2;
      expect(await soon(listening)).toBe(true);
    });
  });

  it('checks every request against the database when SESSION_CACHE_MS is 0', async () => {
    const strict = await startTestApp({ SESSION_CACHE_MS: '0' });
    try {
      const client = await signIn(strict, 'reviewer');
      await client.get('/api/auth/me').expect(200);
      await strict.app.get(DataSource).query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [client.user.id]);
      await client.get('/api/auth/me').expect(401);
    } finally {
      await strict.close();
    }
  });

  it('throttles repeated failures for an account with 429 and Retry-After, then lets it try again later', async () => {
    const user = await createUser(t, 'recorder');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await t.http.post('/api/auth/login').send({ email: user.email, password: 'wrong password guess' }).expect(401);
    }
    const limited = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    clock.advance(16 * 60 * 1000);
    await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('throttles an address that fails across many accounts, without locking out others', async () => {
    clock.advance(60 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await t.http.post('/api/auth/login').send({ email: `guess-${i}@example.test`, password: 'a guessed password' }).expect(401);
    }
    const limited = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    clock.advance(16 * 60 * 1000);
    await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(200);
  });

  it('makes a user with a one-time password change it before anything else', async () => {
    const admin = await signIn(t, 'admin');
    const created = await admin.post('/api/users', { email: 'New.Official@Example.test', name: 'New Official', role: 'recorder' }).expect(201);
    expect(created.body).toMatchObject({ email: 'new.official@example.test', mustChangePassword: true, oneTimePassword: expect.any(String) });
    const login = await t.http.post('/api/auth/login').send({ email: 'new.official@example.test', password: created.body.oneTimePassword }).expect(200);
    expect(login.body.mustChangePassword).toBe(true);
    const cookie = `send_session=${cookieValue(login, 'send_session')}`;
    const csrf = cookieValue(login, 'XSRF-TOKEN') ?? '';
    const blocked = await t.http.get('/api/organisations').set('Cookie', cookie).expect(403);
    expect(blocked.body.detail).toContain('Change your password');
    await t.http.post('/api/auth/password').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).send({ currentPassword: created.body.oneTimePassword, newPassword: 'password1234' }).expect(400);
    await t.http.post('/api/auth/password').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).send({ currentPassword: 'not it at all', newPassword: 'three random words here' }).expect(400);
    await t.http.post('/api/auth/password').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).send({ currentPassword: created.body.oneTimePassword, newPassword: 'three random words here' }).expect(204);
    await t.http.get('/api/organisations').set('Cookie', cookie).expect(200);
    await t.http.post('/api/auth/login').send({ email: 'new.official@example.test', password: 'three random words here' }).expect(200);
  });

  it('records sign-in, sign-out, role changes, deactivation and password resets in the audit log', async () => {
    const admin = await signIn(t, 'admin');
    const target = await createUser(t, 'viewer');
    const user = (await admin.get(`/api/users/${target.id}`).expect(200)).body;
    await admin.patch(`/api/users/${target.id}`, { role: 'reviewer' }, user.version).expect(200);
    const reset = await admin.post(`/api/users/${target.id}/reset-password`).expect(200);
    expect(reset.body.oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    await admin.post(`/api/users/${target.id}/deactivate`).expect(200);
    await t.http.post('/api/auth/login').send({ email: target.email, password: reset.body.oneTimePassword }).expect(401);
    const history = await admin.get(`/api/audit?entity=user&entityId=${target.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['sign_in_failed', 'deactivated', 'password_reset', 'role_changed']);
    const signIns = await t.app.get(DataSource).query(`SELECT action FROM audit_events WHERE entity = 'user' AND entity_id = $1 ORDER BY id`, [admin.user.id]);
    expect(signIns.map((e: { action: string }) => e.action)).toContain('signed_in');
  });
});
