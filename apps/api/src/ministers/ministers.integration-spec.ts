import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('ministers API', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  it('lists the seeded ministers to any signed-in role, active first by name', async () => {
    const res = await viewer.get('/api/ministers').expect(200);
    expect(res.body.items.map((m: { name: string }) => m.name)).toEqual(['Minister for School Standards', 'Secretary of State for Education']);
    expect(res.body.items[0]).toMatchObject({ active: true, version: 1, createdBy: null });
    await t.http.get('/api/ministers').expect(401);
  });

  it('lets only admins add a minister, trimmed, with an ETag and who did it', async () => {
    await recorder.post('/api/ministers', { name: 'Minister for Children and Families' }).expect(403);
    const res = await admin.post('/api/ministers', { name: '  Minister for Children and Families ' }).expect(201);
    expect(res.body).toMatchObject({ name: 'Minister for Children and Families', active: true, version: 1, createdBy: admin.user.id, updatedBy: admin.user.id });
    expect(res.headers.etag).toBe('"1"');
    expect((await viewer.get(`/api/ministers/${res.body.id}`).expect(200)).body).toEqual(res.body);
  });

  it('refuses a duplicate name whatever its case (409 naming name), on create and on rename', async () => {
    const dup = await admin.post('/api/ministers', { name: 'SECRETARY OF STATE FOR EDUCATION' }).expect(409);
    expect(dup.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('already exists') }]);
    const other = (await admin.post('/api/ministers', { name: 'Parliamentary Under-Secretary' }).expect(201)).body;
    const rename = await admin.patch(`/api/ministers/${other.id}`, { name: 'minister for school standards' }, 1).expect(409);
    expect(rename.body.errors[0].field).toBe('name');
  });

  it('validates bodies and ids: blank or long names, unknown fields, nulls, non-UUID and unknown ids', async () => {
    const bad = await admin.post('/api/ministers', { name: '   ', active: false }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'active']));
    await admin.post('/api/ministers', { name: 'x'.repeat(201) }).expect(400);
    await viewer.get('/api/ministers/not-a-uuid').expect(400);
    await viewer.get('/api/ministers/00000000-0000-4000-8000-000000000000').expect(404);
    await admin.patch('/api/ministers/00000000-0000-4000-8000-000000000000', { name: 'Nobody' }, 1).expect(404);
    const minister = (await admin.post('/api/ministers', { name: 'Null test' }).expect(201)).body;
    const nulls = await admin.patch(`/api/ministers/${minister.id}`, { name: null, active: null }, 1).expect(400);
    expect(nulls.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'active']);
  });

  it('retires and reinstates with If-Match (428 without, 412 when stale); retired ones leave the default list', async () => {
    const minister = (await admin.post('/api/ministers', { name: 'Minister of State for Skills' }).expect(201)).body;
    await admin.patch(`/api/ministers/${minister.id}`, { active: false }).expect(428);
    await recorder.patch(`/api/ministers/${minister.id}`, { active: false }, 1).expect(403);
    const retired = await admin.patch(`/api/ministers/${minister.id}`, { active: false }, 1).expect(200);
    expect(retired.body).toMatchObject({ active: false, version: 2 });
    await admin.patch(`/api/ministers/${minister.id}`, { name: 'Stale' }, 1).expect(412);
    const names = (url: string) => viewer.get(url).then((r) => r.body.items.map((m: { name: string }) => m.name));
    expect(await names('/api/ministers')).not.toContain('Minister of State for Skills');
    expect(await names('/api/ministers?includeInactive=true')).toContain('Minister of State for Skills');
    await viewer.get('/api/ministers?includeInactive=maybe').expect(400);
    await admin.patch(`/api/ministers/${minister.id}`, { active: true }, 2).expect(200);
    expect(await names('/api/ministers')).toContain('Minister of State for Skills');
    expect((await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ministers WHERE id = $1`, [minister.id]))[0].n).toBe(1);
  });

  it('keeps an audit history of every change', async () => {
    const minister = (await admin.post('/api/ministers', { name: 'Audit minister' }).expect(201)).body;
    await admin.patch(`/api/ministers/${minister.id}`, { name: 'Audited minister' }, 1).expect(200);
    await admin.patch(`/api/ministers/${minister.id}`, { active: false }, 2).expect(200);
    const history = await viewer.get(`/api/audit?entity=minister&entityId=${minister.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['updated', 'updated', 'created']);
    expect(history.body.items[0]).toMatchObject({ actorId: admin.user.id, changes: { active: { from: true, to: false } } });
    expect(history.body.items[1].changes).toEqual({ name: { from: 'Audit minister', to: 'Audited minister' } });
  });
});
