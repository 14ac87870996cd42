import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('groups API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    orgId = (await recorder.post('/api/organisations', { name: 'Council for Disabled Children', type: 'sector_body' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const count = async () => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM groups`))[0].n;
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((g) => g.name);

  async function create(body: object) {
    const res = await recorder.post('/api/groups', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('creates a group and reads it, with its (empty) membership, and an ETag', async () => {
    const created = await create({ name: '  SEND Reform Development Group ', description: 'Sector leaders advising on the reform.' });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'SEND Reform Development Group',
      description: 'Sector leaders advising on the reform.',
      currentMemberCount: 0,
      members: [],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: recorder.user.id,
      updatedBy: recorder.user.id,
    });
    const res = await viewer.get(`/api/groups/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual(created);
  });

  it('refuses a duplicate name whatever its case (409 naming name), on create and on update', async () => {
    await create({ name: 'Expert advisory group for inclusion' });
    const dup = await recorder.post('/api/groups', { name: 'EXPERT ADVISORY GROUP FOR INCLUSION' }).expect(409);
    expect(dup.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('already exists') }]);
    const other = await create({ name: 'Alternative provision working group' });
    await recorder.patch(`/api/groups/${other.id}`, { name: 'expert advisory group for inclusion' }, 1).expect(409);
  });

  it('names every invalid or unknown field and writes nothing', async () => {
    const before = await count();
    const res = await recorder.post('/api/groups', { name: 'x'.repeat(201), description: 'd'.repeat(20_001), members: [], version: 1 }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'description', 'members', 'version']));
    await recorder.post('/api/groups', { description: 'no name' }).expect(400);
    expect(await count()).toBe(before);
  });

  it('updates with the current version only: 428, 412, nulls refused by name', async () => {
    const g = await create({ name: 'Health working group' });
    await recorder.patch(`/api/groups/${g.id}`, { description: 'x' }).expect(428);
    const ok = await recorder.patch(`/api/groups/${g.id}`, { description: 'Health and care partners.' }, 1).expect(200);
    expect(ok.body).toMatchObject({ description: 'Health and care partners.', version: 2, members: [] });
    expect(ok.headers.etag).toBe('"2"');
    expect((await recorder.patch(`/api/groups/${g.id}`, { description: 'stale' }, 1).expect(412)).body.currentVersion).toBe(2);
    expect((await recorder.patch(`/api/groups/${g.id}`, { name: null }, 2).expect(400)).body.errors).toEqual([{ field: 'name', message: 'name cannot be empty' }]);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    expect((await viewer.get('/api/groups/srdg').expect(400)).body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get('/api/groups/00000000-0000-4000-8000-000000000000').expect(404);
    await recorder.patch('/api/groups/00000000-0000-4000-8000-000000000000', { description: 'x' }, 1).expect(404);
  });

  it('lets viewers and reviewers read but not write', async () => {
    const g = await create({ name: 'Readers group' });
    const reviewer = await signIn(t, 'reviewer');
    await viewer.post('/api/groups', { name: 'Viewer group' }).expect(403);
    await reviewer.patch(`/api/groups/${g.id}`, { description: 'x' }, 1).expect(403);
    await reviewer.post(`/api/groups/${g.id}/members`, { organisationId: orgId, joinedOn: '2025-01-01', reason: 'x' }).expect(403);
    await reviewer.get(`/api/groups/${g.id}`).expect(200);
  });

  it('lists with text search, sorting, paging and a current member count', async () => {
    const a = await create({ name: 'Zebra list group', description: 'Post-16 transitions' });
    await create({ name: 'aardvark list group', description: 'Early years' });
    await recorder.post(`/api/groups/${a.id}/members`, { organisationId: orgId, joinedOn: '2025-01-01', reason: 'Sector overview' }).expect(201);
    const list = await viewer.get('/api/groups?q=list%20group').expect(200);
    expect(names(list)).toEqual(['aardvark list group', 'Zebra list group']);
    expect(list.body).toMatchObject({ total: 2, totalIsLowerBound: false, page: 1, pageSize: 25 });
    expect(list.body.items.map((g: { currentMemberCount: number }) => g.currentMemberCount)).toEqual([0, 1]);
    expect(list.body.items[0].members).toBeUndefined();
    expect(names(await viewer.get('/api/groups?q=POST-16').expect(200))).toEqual(['Zebra list group']);
    expect(names(await viewer.get('/api/groups?q=list&sort=-name').expect(200))).toEqual(['Zebra list group', 'aardvark list group']);
    const page2 = await viewer.get('/api/groups?q=list&sort=createdAt&pageSize=1&page=2').expect(200);
    expect(names(page2)).toEqual(['aardvark list group']);
    await viewer.get('/api/groups?sort=members').expect(400);
  });

  it('replays an idempotent POST without creating twice', async () => {
    const body = { name: 'Idempotent group' };
    const first = await recorder.post('/api/groups', body).set('Idempotency-Key', 'group-idem').expect(201);
    const again = await recorder.post('/api/groups', body).set('Idempotency-Key', 'group-idem').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await viewer.get('/api/groups?q=Idempotent')).body.total).toBe(1);
  });

  it('keeps an audit history of the group itself', async () => {
    const g = await create({ name: 'Audited group' });
    await recorder.patch(`/api/groups/${g.id}`, { description: 'Now described.' }, 1).expect(200);
    const history = (await viewer.get(`/api/audit?entity=group&entityId=${g.id}`).expect(200)).body.items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    expect(history[0]).toMatchObject({ actorId: recorder.user.id, changes: { description: { from: '', to: 'Now described.' } } });
  });
});
