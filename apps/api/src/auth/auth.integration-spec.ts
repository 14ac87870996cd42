import { DataSource } from 'typeorm';
import { startTestApp, TEST_ADMIN, type TestApp } from '../testing/test-app';
import { cookieValue, createUser, signIn } from '../testing/test-client';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('signs in the bootstrap admin and sets an HttpOnly session cookie and a readable XSRF cookie', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email.toUpperCase(), password: TEST_ADMIN.password }).expect(200);
    expect(res.body).toMatchObject({ user: { email: TEST_ADMIN.email, role: 'admin' }, roles: ['admin'] });
    const cookies = ([] as string[]).concat(res.headers['set-cookie']);
    expect(cookies.find((c) => c.startsWith('send_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('send_session='))).toMatch(/SameSite=Lax/i);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/i);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await createUser(t, 'viewer');
    const wrong = await t.http.post('/api/auth/login').send({ email: user.email, password: 'not the password' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@example.test', password: 'whatever it is' }).expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const events = await t.app.get(DataSource).query(`SELECT action FROM audit_events WHERE entity = 'user' AND entity_id = $1`, [user.id]);
    expect(events).toEqual([{ action: 'sign_in_failed' }]);
  });

  it('refuses every non-public route without a session', async () => {
    await t.http.get('/api/auth/me').expect(401);
    await t.http.get('/api/organisations').expect(401);
  });

  it('answers the session probe with 200 whether or not anyone is signed in', async () => {
    const none = await t.http.get('/api/auth/session').expect(200);
    expect(none.body).toEqual({ signedIn: false });
    await t.http.get('/api/auth/session').set('Cookie', 'send_session=not-a-session').expect(200, { signedIn: false });

    const login = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }).expect(200);
    const session = cookieValue(login, 'send_session');
    const csrf = cookieValue(login, 'XSRF-TOKEN') ?? '';
    const signedIn = await t.http.get('/api/auth/session').set('Cookie', `send_session=${session}`).expect(200);
    expect(signedIn.body).toEqual({ signedIn: true, ...login.body });
    expect(signedIn.headers['cache-control']).toContain('no-store');

    await t.http.post('/api/auth/logout').set('Cookie', `send_session=${session}`).set('X-XSRF-TOKEN', csrf).expect(204);
    await t.http.get('/api/auth/session').set('Cookie', `send_session=${session}`).expect(200, { signedIn: false });
  });

  it('requires the CSRF header on state-changing requests', async () => {
    const client = await signIn(t, 'recorder');
    const agentless = await t.http.post('/api/organisations').send({ name: 'No session', type: 'charity' });
    expect(agentless.status).toBe(401);
    // Same cookies, header missing or wrong.
    const login = await t.http.post('/api/auth/login').send({ email: client.user.email, password: client.user.password });
    const session = cookieValue(login, 'send_session');
    const missing = await t.http.post('/api/organisations').set('Cookie', `send_session=${session}`).send({ name: 'CSRF test', type: 'charity' });
    expect(missing.status).toBe(403);
    expect(missing.body.detail).toContain('X-XSRF-TOKEN');
    const wrong = await t.http.post('/api/organisations').set('Cookie', `send_session=${session}`).set('X-XSRF-TOKEN', 'guess').send({ name: 'CSRF test', type: 'charity' });
    expect(wrong.status).toBe(403);
  });

  it('ends the session at logout on the server', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    const session = cookieValue(login, 'send_session');
    const csrf = cookieValue(login, 'XSRF-TOKEN') ?? '';
    await t.http.get('/api/auth/me').set('Cookie', `send_session=${session}`).expect(200);
    await t.http.post('/api/auth/logout').set('Cookie', `send_session=${session}`).set('X-XSRF-TOKEN', csrf).expect(204);
    await t.http.get('/api/auth/me').set('Cookie', `send_session=${session}`).expect(401);
  });

  it('gives a new session id at each sign-in and ends the old one', async () => {
    const first = await t.http.post('/api/auth/login').send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    const old = cookieValue(first, 'send_session');
    const second = await t.http.post('/api/auth/login').set('Cookie', `send_session=${old}`).send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    const fresh = cookieValue(second, 'send_session');
    expect(fresh).not.toBe(old);
    await t.http.get('/api/auth/me').set('Cookie', `send_session=${old}`).expect(401);
    await t.http.get('/api/auth/me').set('Cookie', `send_session=${fresh}`).expect(200);
  });

});
