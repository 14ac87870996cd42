import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('organisations API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  const cdc = { name: 'Council for Disabled Children', type: 'sector_body', regions: ['national'], website: 'https://councilfordisabledchildren.org.uk', tags: ['development group'] };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  async function create(body: object) {
    const res = await recorder.post('/api/organisations', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('creates, reads with an ETag, and records who and when', async () => {
    const created = await create({ ...cdc, name: '  Council for Disabled Children  ', description: 'Umbrella body for the disabled children sector.' });
    expect(created).toMatchObject({ ...cdc, version: 1, archivedAt: null, createdBy: recorder.user.id, updatedBy: recorder.user.id });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const res = await viewer.get(`/api/organisations/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual(created);
    expect(res.body.search).toBeUndefined();
  });

  it('refuses a duplicate name whatever its case and spacing (409 naming the field)', async () => {
    await create({ name: 'Contact', type: 'charity' });
    const res = await recorder.post('/api/organisations', { name: ' CONTACT ', type: 'charity' }).expect(409);
    expect(res.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('already exists') }]);
  });

  it('names every invalid field, rejects unknown fields and fields nobody may set, and writes nothing', async () => {
    const before = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM organisations`);
    const res = await recorder.post('/api/organisations', { name: 'x'.repeat(201), type: 'club', regions: ['mars'], website: 'ftp://x', version: 9, colour: 'red' }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'type', 'regions', 'website', 'version', 'colour']));
    expect(await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM organisations`)).toEqual(before);
  });

  it('refuses an unknown relationship owner with 422 naming the field', async () => {
    const res = await recorder.post('/api/organisations', { name: 'Owner test', type: 'charity', relationshipOwnerId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'relationshipOwnerId', message: expect.stringContaining('no user') }]);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    const bad = await viewer.get('/api/organisations/not-a-uuid').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get('/api/organisations/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('updates only with the current version: 428 without If-Match, 412 when stale, never a silent overwrite', async () => {
    const org = await create({ name: 'Speech and Language UK', type: 'charity' });
    const missing = await recorder.patch(`/api/organisations/${org.id}`, { description: 'x' }).expect(428);
    expect(missing.body.title).toBe('Version required');
    const ok = await recorder.patch(`/api/organisations/${org.id}`, { description: 'Charity for children with speech and language challenges.' }, 1).expect(200);
    expect(ok.body.version).toBe(2);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await recorder.patch(`/api/organisations/${org.id}`, { description: 'stale write' }, 1).expect(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });
    expect((await viewer.get(`/api/organisations/${org.id}`)).body.description).toContain('speech and language');
    await recorder.patch(`/api/organisations/${org.id}`, { name: null }, 2).expect(400);
  });

  it('lists with filters, sorting, paging and an exact total', async () => {
    await create({ name: 'Leeds Parent Carer Forum', type: 'parent_carer_forum', regions: ['yorkshire_and_the_humber'], tags: ['forum'] });
    await create({ name: 'Bristol Parent Carer Forum', type: 'parent_carer_forum', regions: ['south_west'], tags: ['forum'] });
    const forums = await viewer.get('/api/organisations?type=parent_carer_forum&sort=-name&pageSize=1').expect(200);
    expect(forums.body).toMatchObject({ page: 1, pageSize: 1, total: 2, totalIsLowerBound: false });
    expect(forums.body.items.map((o: { name: string }) => o.name)).toEqual(['Leeds Parent Carer Forum']);
    const page2 = await viewer.get('/api/organisations?type=parent_carer_forum&sort=-name&pageSize=1&page=2').expect(200);
    expect(page2.body.items[0].name).toBe('Bristol Parent Carer Forum');
    const region = await viewer.get('/api/organisations?region=south_west').expect(200);
    expect(region.body.items.map((o: { name: string }) => o.name)).toEqual(['Bristol Parent Carer Forum']);
    const search = await viewer.get('/api/organisations?q=leeds').expect(200);
    expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Leeds Parent Carer Forum']);
    await viewer.get('/api/organisations?sort=colour').expect(400);
    await viewer.get('/api/organisations?pageSize=101').expect(400);
  });

  it('archives and restores instead of deleting; archived ones leave the default list', async () => {
    const org = await create({ name: 'Dingley\'s Promise', type: 'charity' });
    const archived = await recorder.post(`/api/organisations/${org.id}/archive`).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await viewer.get('/api/organisations?q=Dingley')).body.total).toBe(0);
    expect((await viewer.get('/api/organisations?q=Dingley&includeArchived=true')).body.total).toBe(1);
    await recorder.post(`/api/organisations/${org.id}/archive`).expect(409);
    const restored = await recorder.post(`/api/organisations/${org.id}/restore`).expect(200);
    expect(restored.body.archivedAt).toBeNull();
    expect((await viewer.get('/api/organisations?q=Dingley')).body.total).toBe(1);
  });

  it('replays an idempotent POST without creating twice, and refuses the key with another body', async () => {
    const body = { name: 'The Difference', type: 'charity' };
    const first = await recorder.post('/api/organisations', body).set('Idempotency-Key', 'create-the-difference').expect(201);
    const again = await recorder.post('/api/organisations', body).set('Idempotency-Key', 'create-the-difference').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await viewer.get('/api/organisations?q=Difference')).body.total).toBe(1);
    const other = await recorder.post('/api/organisations', { ...body, type: 'union' }).set('Idempotency-Key', 'create-the-difference').expect(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('keeps an audit history of every change, newest first', async () => {
    const org = await create({ name: 'Let Us Learn Too', type: 'national_parent_group' });
    await recorder.patch(`/api/organisations/${org.id}`, { regions: ['london', 'national'] }, 1).expect(200);
    await recorder.post(`/api/organisations/${org.id}/archive`).expect(200);
    const history = await viewer.get(`/api/audit?entity=organisation&entityId=${org.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['archived', 'updated', 'created']);
    expect(history.body.items[1]).toMatchObject({ actorId: recorder.user.id, changes: { regions: { from: [], to: ['london', 'national'] } } });
  });

  it('lets viewers read but not write', async () => {
    await viewer.post('/api/organisations', { name: 'Viewer made', type: 'other' }).expect(403);
  });

  it('gives an empty timeline for a new organisation and 404 for an unknown one', async () => {
    const org = await create({ name: 'KIDS', type: 'charity' });
    expect((await viewer.get(`/api/organisations/${org.id}/timeline`).expect(200)).body).toEqual({ organisationId: org.id, items: [] });
    await viewer.get('/api/organisations/00000000-0000-4000-8000-000000000000/timeline').expect(404);
  });
});

describe('the audit table', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    const db = t.app.get(DataSource);
    await db.query(`INSERT INTO audit_events (entity, action) VALUES ('organisation', 'created')`);
    await expect(db.query(`UPDATE audit_events SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    expect(await db.query(`SELECT action FROM audit_events WHERE entity = 'organisation'`)).toEqual([{ action: 'created' }]);
  });
});
