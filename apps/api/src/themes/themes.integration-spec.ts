import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('themes API', () => {
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

  async function theme(key: string) {
    const list = await viewer.get('/api/themes').expect(200);
    return list.body.items.find((th: { key: string }) => th.key === key);
  }

  it('lists the five principles in order, to anyone signed in', async () => {
    const res = await viewer.get('/api/themes').expect(200);
    expect(res.body.items.map((th: { key: string; position: number }) => [th.position, th.key])).toEqual([
      [1, 'early_intervention'],
      [2, 'local_provision'],
      [3, 'fairness'],
      [4, 'effective_practice'],
      [5, 'shared_working'],
    ]);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      key: 'early_intervention',
      name: 'Early intervention',
      summary: expect.stringContaining('earlier'),
      position: 1,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: null,
      updatedBy: null,
    });
    await t.http.get('/api/themes').expect(401);
  });

  it('reads one with an ETag; 400 for a non-UUID id, 404 for an unknown one', async () => {
    const fairness = await theme('fairness');
    const res = await viewer.get(`/api/themes/${fairness.id}`).expect(200);
    expect(res.headers.etag).toBe(`"${fairness.version}"`);
    expect(res.body).toEqual(fairness);
    expect((await viewer.get('/api/themes/fairness').expect(400)).body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get('/api/themes/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('lets an admin reword a theme with the current version only, and audits it', async () => {
    const practice = await theme('effective_practice');
    await admin.patch(`/api/themes/${practice.id}`, { summary: 'x' }).expect(428);
    const ok = await admin.patch(`/api/themes/${practice.id}`, { name: '  Evidence-based practice ', summary: 'Practice grounded in evidence.' }, practice.version).expect(200);
    expect(ok.body).toMatchObject({ key: 'effective_practice', name: 'Evidence-based practice', summary: 'Practice grounded in evidence.', version: practice.version + 1, updatedBy: admin.user.id });
    expect(ok.headers.etag).toBe(`"${practice.version + 1}"`);
    const stale = await admin.patch(`/api/themes/${practice.id}`, { name: 'Stale' }, practice.version).expect(412);
    expect(stale.body.currentVersion).toBe(practice.version + 1);
    const history = await viewer.get(`/api/audit?entity=theme&entityId=${practice.id}`).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ action: 'updated', actorId: admin.user.id, changes: { name: { from: 'Effective practice', to: 'Evidence-based practice' }, summary: { from: practice.summary, to: 'Practice grounded in evidence.' } } }),
    ]);
  });

  it('refuses invalid, unknown and unsettable fields by name, and nulls for required ones', async () => {
    const local = await theme('local_provision');
    const res = await admin.patch(`/api/themes/${local.id}`, { name: 'x'.repeat(201), summary: 7, key: 'renamed', position: 9 }, local.version).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'summary', 'key', 'position']));
    await admin.patch(`/api/themes/${local.id}`, { name: '   ' }, local.version).expect(400);
    expect((await admin.patch(`/api/themes/${local.id}`, { name: null }, local.version).expect(400)).body.errors).toEqual([{ field: 'name', message: 'name cannot be empty' }]);
    expect(await theme('local_provision')).toEqual(local);
  });

  it('lets only admins edit, and nobody add or remove a theme', async () => {
    const early = await theme('early_intervention');
    await recorder.patch(`/api/themes/${early.id}`, { name: 'Recorder edit' }, early.version).expect(403);
    await viewer.patch(`/api/themes/${early.id}`, { name: 'Viewer edit' }, early.version).expect(403);
    await admin.post('/api/themes', { key: 'sixth', name: 'Sixth principle' }).expect(404);
    await admin.delete(`/api/themes/${early.id}`, early.version).expect(404);
    expect(await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM themes`)).toEqual([{ n: 5 }]);
    expect((await theme('early_intervention')).name).toBe('Early intervention');
  });
});
