import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('users API', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
  });
  afterAll(() => t.close());

  it('creates a user who can sign in at once when given a password', async () => {
    const res = await admin.post('/api/users', { email: 'reviewer@example.test', name: 'Private Secretary', role: 'reviewer', password: 'a sensible long password' }).expect(201);
    expect(res.body).toMatchObject({ role: 'reviewer', active: true, mustChangePassword: false, version: 1 });
    expect(res.body.oneTimePassword).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    await t.http.post('/api/auth/login').send({ email: 'reviewer@example.test', password: 'a sensible long password' }).expect(200);
  });

  it('takes password: null as no password and gives a one-time one', async () => {
    const res = await admin.post('/api/users', { email: 'nullpass@example.test', name: 'Null Password', role: 'viewer', password: null }).expect(201);
    expect(res.body).toMatchObject({ mustChangePassword: true });
    expect(res.body.oneTimePassword).toEqual(expect.any(String));
  });

  it('validates users: duplicate email 409, weak password and unknown role 400 naming fields', async () => {
    await admin.post('/api/users', { email: 'dupe@example.test', name: 'One', role: 'viewer' }).expect(201);
    const dupe = await admin.post('/api/users', { email: 'DUPE@example.test', name: 'Two', role: 'viewer' }).expect(409);
    expect(dupe.body.errors[0].field).toBe('email');
    const bad = await admin.post('/api/users', { email: 'x@example.test', name: 'X', role: 'superuser', password: 'short' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('role');
    const weak = await admin.post('/api/users', { email: 'y@example.test', name: 'Y', role: 'viewer', password: 'password1234' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
  });

  it('refuses fields nobody may set, and user management to non-admins', async () => {
    await admin.post('/api/users', { email: 'z@example.test', name: 'Z', role: 'viewer', mustChangePassword: false }).expect(400);
    const recorder = await signIn(t, 'recorder');
    await recorder.post('/api/users', { email: 'r@example.test', name: 'R', role: 'admin' }).expect(403);
    const me = (await recorder.get(`/api/users/${recorder.user.id}`).expect(200)).body;
    await recorder.patch(`/api/users/${recorder.user.id}`, { role: 'admin' }, me.version).expect(403);
    expect((await recorder.get('/api/users').expect(200)).body.total).toBeGreaterThan(0);
  });

  it('keeps at least one active admin', async () => {
    const [only] = (await admin.get('/api/users?role=admin').expect(200)).body.items.filter((u: { id: string }) => u.id !== admin.user.id);
    // Two admins exist (bootstrap + this one): demoting one is fine, then the last one is protected.
    await admin.patch(`/api/users/${only.id}`, { role: 'viewer' }, only.version).expect(200);
    const self = (await admin.get(`/api/users/${admin.user.id}`)).body;
    await admin.patch(`/api/users/${admin.user.id}`, { role: 'viewer' }, self.version).expect(409);
    await admin.post(`/api/users/${admin.user.id}/deactivate`).expect(409);
  });

  it('a role change applies to the user’s sessions from their next request', async () => {
    const member = await signIn(t, 'recorder');
    await member.post('/api/organisations', { name: 'Role change test forum', type: 'parent_carer_forum' }).expect(201);
    const { version } = (await admin.get(`/api/users/${member.user.id}`).expect(200)).body;
    await admin.patch(`/api/users/${member.user.id}`, { role: 'viewer' }, version).expect(200);
    expect((await member.get('/api/auth/me').expect(200)).body.user.role).toBe('viewer');
    await member.post('/api/organisations', { name: 'Role change test forum 2', type: 'parent_carer_forum' }).expect(403);
  });

  it('deactivation ends sessions at once and reactivation restores sign-in', async () => {
    const victim = await signIn(t, 'recorder');
    await victim.get('/api/auth/me').expect(200);
    await admin.post(`/api/users/${victim.user.id}/deactivate`).expect(200);
    await victim.get('/api/auth/me').expect(401);
    expect((await admin.get('/api/users?q=recorder-').expect(200)).body.items.find((u: { id: string }) => u.id === victim.user.id)).toBeUndefined();
    await admin.post(`/api/users/${victim.user.id}/reactivate`).expect(200);
    await t.http.post('/api/auth/login').send({ email: victim.user.email, password: victim.user.password }).expect(200);
  });
});
