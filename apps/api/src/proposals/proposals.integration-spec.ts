import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('proposals API', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let viewer: TestClient;
  const theme: Record<string, { id: string; name: string }> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    for (const th of (await viewer.get('/api/themes').expect(200)).body.items) theme[th.key] = { id: th.id, name: th.name };
  });
  afterAll(() => t.close());

  const count = async () => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM proposals`))[0].n;
  const titles = (res: { body: { items: { title: string }[] } }) => res.body.items.map((p) => p.title);

  async function create(body: object) {
    const res = await admin.post('/api/proposals', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('creates with themes in theme order, without duplicates, named; reads with an ETag', async () => {
    const created = await create({
      title: '  Inclusion bases in mainstream schools ',
      summary: 'Specialist provision within mainstream settings.',
      themeIds: [theme.local_provision.id, theme.early_intervention.id, theme.local_provision.id],
    });
    expect(created).toEqual({
      id: expect.any(String),
      title: 'Inclusion bases in mainstream schools',
      summary: 'Specialist provision within mainstream settings.',
      themeIds: [theme.early_intervention.id, theme.local_provision.id],
      themes: [theme.early_intervention, theme.local_provision],
      status: 'under_discussion',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: admin.user.id,
      updatedBy: admin.user.id,
    });
    const res = await viewer.get(`/api/proposals/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual(created);
  });

  it('refuses a duplicate title whatever its case (409 naming title), on create and on update', async () => {
    await create({ title: 'Reformed EHC plans' });
    const dup = await admin.post('/api/proposals', { title: ' REFORMED ehc PLANS ' }).expect(409);
    expect(dup.body.errors).toEqual([{ field: 'title', message: expect.stringContaining('already exists') }]);
    const other = await create({ title: 'Individual support plans' });
    await admin.patch(`/api/proposals/${other.id}`, { title: 'reformed EHC plans' }, 1).expect(409);
    expect((await viewer.get(`/api/proposals/${other.id}`)).body).toMatchObject({ title: 'Individual support plans', version: 1 });
  });

  it('names every invalid, unknown or unsettable field and writes nothing', async () => {
    const before = await count();
    const res = await admin
      .post('/api/proposals', { title: 'x'.repeat(201), summary: 'x'.repeat(20_001), themeIds: ['fairness'], status: 'adopted', version: 3, createdBy: admin.user.id, owner: 'me' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'summary', 'themeIds', 'status', 'version', 'createdBy', 'owner']));
    await admin.post('/api/proposals', { summary: 'No title' }).expect(400);
    expect(await count()).toBe(before);
  });

  it('refuses unknown themes with 422 naming themeIds and writes nothing', async () => {
    const before = await count();
    const res = await admin.post('/api/proposals', { title: 'Unknown theme', themeIds: [theme.fairness.id, '00000000-0000-4000-8000-000000000000'] }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'themeIds', message: 'no theme with id 00000000-0000-4000-8000-000000000000' }]);
    expect(await count()).toBe(before);
  });

  it('lets only admins create or edit; everyone signed in reads', async () => {
    const before = await count();
    await recorder.post('/api/proposals', { title: 'Recorder proposal' }).expect(403);
    await viewer.post('/api/proposals', { title: 'Viewer proposal' }).expect(403);
    const p = await create({ title: 'Tribunal reform' });
    await recorder.patch(`/api/proposals/${p.id}`, { status: 'dropped' }, 1).expect(403);
    expect(await count()).toBe(before + 1);
    expect((await (await signIn(t, 'reviewer')).get(`/api/proposals/${p.id}`).expect(200)).body.status).toBe('under_discussion');
  });

  it('updates with the current version only: 428, 412, and nulls refused by name', async () => {
    const p = await create({ title: 'Early language support', themeIds: [theme.early_intervention.id] });
    await admin.patch(`/api/proposals/${p.id}`, { status: 'in_white_paper' }).expect(428);
    const ok = await admin.patch(`/api/proposals/${p.id}`, { status: 'in_white_paper', themeIds: [theme.shared_working.id, theme.early_intervention.id] }, 1).expect(200);
    expect(ok.body).toMatchObject({ status: 'in_white_paper', version: 2, themes: [theme.early_intervention, theme.shared_working], title: 'Early language support' });
    expect(ok.headers.etag).toBe('"2"');
    expect((await admin.patch(`/api/proposals/${p.id}`, { status: 'dropped' }, 1).expect(412)).body.currentVersion).toBe(2);
    expect((await admin.patch(`/api/proposals/${p.id}`, { themeIds: null }, 2).expect(400)).body.errors).toEqual([{ field: 'themeIds', message: 'themeIds cannot be empty' }]);
    const cleared = await admin.patch(`/api/proposals/${p.id}`, { themeIds: [] }, 2).expect(200);
    expect(cleared.body).toMatchObject({ themeIds: [], themes: [], version: 3 });
    await admin.patch('/api/proposals/00000000-0000-4000-8000-000000000000', { status: 'dropped' }, 1).expect(404);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    expect((await viewer.get('/api/proposals/42').expect(400)).body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get('/api/proposals/00000000-0000-4000-8000-000000000000').expect(404);
  });

  describe('lists', () => {
    beforeAll(async () => {
      await create({ title: 'Zeta: national banding of funding', summary: 'Fair funding for every school.', themeIds: [theme.fairness.id], status: 'in_consultation' });
      await create({ title: 'Alpha: 50% faster assessments', summary: 'Speed.', themeIds: [theme.early_intervention.id, theme.fairness.id], status: 'dropped' });
      await create({ title: 'Mu: local inclusion plans', themeIds: [theme.local_provision.id], status: 'in_white_paper' });
    });

    it('filters by theme, status and text, with an exact total', async () => {
      const fair = await viewer.get(`/api/proposals?themeId=${theme.fairness.id}`).expect(200);
      expect(titles(fair)).toEqual(['Alpha: 50% faster assessments', 'Zeta: national banding of funding']);
      expect(fair.body).toMatchObject({ page: 1, pageSize: 25, total: 2, totalIsLowerBound: false });
      expect(titles(await viewer.get('/api/proposals?status=dropped').expect(200))).toEqual(['Alpha: 50% faster assessments']);
      expect(titles(await viewer.get('/api/proposals?q=FAIR%20funding').expect(200))).toEqual(['Zeta: national banding of funding']);
      expect(titles(await viewer.get('/api/proposals?q=50%25').expect(200))).toEqual(['Alpha: 50% faster assessments']);
      expect((await viewer.get('/api/proposals?q=%25').expect(200)).body.total).toBe(1);
      await viewer.get('/api/proposals?status=adopted').expect(400);
      await viewer.get('/api/proposals?themeId=fairness').expect(400);
    });

    it('sorts by title (default), status in lifecycle order and creation, and pages', async () => {
      const all = titles(await viewer.get('/api/proposals?pageSize=100').expect(200));
      expect(all).toEqual([...all].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      const byStatus = (await viewer.get(`/api/proposals?themeId=${theme.fairness.id}&sort=status`).expect(200)).body.items.map((p: { status: string }) => p.status);
      expect(byStatus).toEqual(['in_consultation', 'dropped']);
      const newest = await viewer.get('/api/proposals?sort=-createdAt&pageSize=2').expect(200);
      expect(titles(newest)).toEqual(['Mu: local inclusion plans', 'Alpha: 50% faster assessments']);
      const page2 = await viewer.get('/api/proposals?sort=-createdAt&pageSize=2&page=2').expect(200);
      expect(titles(page2)[0]).toBe('Zeta: national banding of funding');
      expect(page2.body.total).toBe(all.length);
      await viewer.get('/api/proposals?sort=owner').expect(400);
      await viewer.get('/api/proposals?pageSize=101').expect(400);
    });
  });

  it('replays an idempotent POST without creating twice', async () => {
    const body = { title: 'Statutory guidance rewrite', themeIds: [theme.effective_practice.id] };
    const first = await admin.post('/api/proposals', body).set('Idempotency-Key', 'proposal-guidance').expect(201);
    const again = await admin.post('/api/proposals', body).set('Idempotency-Key', 'proposal-guidance').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await viewer.get('/api/proposals?q=Statutory%20guidance').expect(200)).body.total).toBe(1);
  });

  it('keeps an audit history of every change, newest first', async () => {
    const p = await create({ title: 'Parent advice service', themeIds: [theme.shared_working.id] });
    await admin.patch(`/api/proposals/${p.id}`, { status: 'in_consultation', themeIds: [theme.fairness.id] }, 1).expect(200);
    const history = await viewer.get(`/api/audit?entity=proposal&entityId=${p.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    expect(history.body.items[0]).toMatchObject({
      actorId: admin.user.id,
      changes: {
        status: { from: 'under_discussion', to: 'in_consultation' },
        themeIds: { from: [theme.shared_working.id], to: [theme.fairness.id] },
        themes: { from: [theme.shared_working], to: [theme.fairness] },
      },
    });
  });
});
