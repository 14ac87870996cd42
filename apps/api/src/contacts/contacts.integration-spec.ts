import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('contacts API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let ipsea: { id: string; name: string };
  let nasen: { id: string; name: string };
  const jane = { name: 'Jane Whitaker', role: 'Head of Policy', email: 'jane.whitaker@ipsea.example', phone: '+44 (0)20 7946 0000', notes: 'Prefers calls on Tuesdays.' };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    ipsea = (await recorder.post('/api/organisations', { name: 'IPSEA', type: 'charity' }).expect(201)).body;
    nasen = (await recorder.post('/api/organisations', { name: 'nasen', type: 'professional_body' }).expect(201)).body;
  });
  afterAll(() => t.close());

  const db = () => t.app.get(DataSource);
  const count = async () => (await db().query(`SELECT count(*)::int AS n FROM contacts`))[0].n;
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((c) => c.name);

  async function create(body: object) {
    const res = await recorder.post('/api/contacts', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('creates a contact at an organisation and reads it with an ETag and the organisation name', async () => {
    const created = await create({ ...jane, name: `  ${jane.name}  `, organisationId: ipsea.id });
    expect(created).toEqual({
      id: expect.any(String),
      organisationId: ipsea.id,
      organisationName: 'IPSEA',
      ...jane,
      anonymisedAt: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: recorder.user.id,
      updatedBy: recorder.user.id,
    });
    const res = await recorder.get(`/api/contacts/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual(created);
    // Viewers see who the contact is, not how to reach them.
    expect((await viewer.get(`/api/contacts/${created.id}`).expect(200)).body).toEqual({ ...created, email: null, phone: null, notes: '' });
    expect(await create({ name: 'Sam Patel', organisationId: nasen.id })).toMatchObject({ role: '', email: null, phone: null, notes: '' });
  });

  it('names every invalid or unknown field and writes nothing', async () => {
    const before = await count();
    const res = await recorder
      .post('/api/contacts', { organisationId: 'ipsea', name: 'x'.repeat(201), role: 'r'.repeat(201), email: 'not-an-email', phone: '0113 496 0000 ext. 4', notes: 'n'.repeat(20_001), anonymisedAt: '2026-01-01T00:00:00Z', twitter: '@x' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['organisationId', 'name', 'role', 'email', 'phone', 'notes', 'anonymisedAt', 'twitter']));
    expect(res.body.errors).toContainEqual({ field: 'phone', message: 'phone may contain only digits, spaces and + ( ) -' });
    await recorder.post('/api/contacts', { organisationId: ipsea.id, name: 'Long email', email: `${'a'.repeat(64)}@${'b'.repeat(250)}.example` }).expect(400);
    await recorder.post('/api/contacts', { organisationId: ipsea.id, name: 'Long phone', phone: '1'.repeat(51) }).expect(400);
    await recorder.post('/api/contacts', { organisationId: ipsea.id, name: '   ' }).expect(400);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown organisation with 422 naming organisationId and writes nothing', async () => {
    const before = await count();
    const res = await recorder.post('/api/contacts', { organisationId: '00000000-0000-4000-8000-000000000000', name: 'Nobody' }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'organisationId', message: 'no organisation with id 00000000-0000-4000-8000-000000000000' }]);
    expect(await count()).toBe(before);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    expect((await viewer.get('/api/contacts/jane').expect(400)).body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get('/api/contacts/00000000-0000-4000-8000-000000000000').expect(404);
    await recorder.post('/api/contacts/00000000-0000-4000-8000-000000000000/anonymise').expect(404);
  });

  it('updates with the current version only; the organisation cannot be changed; nulls clear only optional fields', async () => {
    const c = await create({ name: 'Priya Shah', role: 'Trustee', email: 'priya@example.org', organisationId: ipsea.id });
    await recorder.patch(`/api/contacts/${c.id}`, { role: 'Chair' }).expect(428);
    const ok = await recorder.patch(`/api/contacts/${c.id}`, { role: 'Chair', email: null, phone: '0113 496 0000' }, 1).expect(200);
    expect(ok.body).toMatchObject({ role: 'Chair', email: null, phone: '0113 496 0000', version: 2, name: 'Priya Shah' });
    expect(ok.headers.etag).toBe('"2"');
    expect((await recorder.patch(`/api/contacts/${c.id}`, { role: 'Stale' }, 1).expect(412)).body.currentVersion).toBe(2);
    const moved = await recorder.patch(`/api/contacts/${c.id}`, { organisationId: nasen.id }, 2).expect(400);
    expect(moved.body.errors).toEqual([{ field: 'organisationId', message: 'organisationId is not an allowed field' }]);
    expect((await recorder.patch(`/api/contacts/${c.id}`, { name: null }, 2).expect(400)).body.errors).toEqual([{ field: 'name', message: 'name cannot be empty' }]);
    expect((await viewer.get(`/api/contacts/${c.id}`)).body).toMatchObject({ role: 'Chair', organisationId: ipsea.id, version: 2 });
  });

  it('lets viewers and reviewers read but not write', async () => {
    const c = await create({ name: 'Read Only', organisationId: ipsea.id });
    const reviewer = await signIn(t, 'reviewer');
    await viewer.post('/api/contacts', { name: 'Viewer made', organisationId: ipsea.id }).expect(403);
    await reviewer.patch(`/api/contacts/${c.id}`, { role: 'x' }, 1).expect(403);
    await reviewer.post(`/api/contacts/${c.id}/anonymise`).expect(403);
    await reviewer.get(`/api/contacts/${c.id}`).expect(200);
  });

  describe('lists', () => {
    let org: { id: string };
    beforeAll(async () => {
      org = (await recorder.post('/api/organisations', { name: 'Contact', type: 'charity' }).expect(201)).body;
      await create({ name: 'Zoe Adams', role: 'Chief Executive', organisationId: org.id });
      await create({ name: 'adam Brown', role: 'Policy officer', organisationId: org.id });
      await create({ name: 'Mo Clarke', role: 'Parent participation lead', organisationId: org.id });
    });

    it('filters by organisation and by text in name or role, with an exact total', async () => {
      const all = await viewer.get(`/api/contacts?organisationId=${org.id}`).expect(200);
      expect(names(all)).toEqual(['adam Brown', 'Mo Clarke', 'Zoe Adams']);
      expect(all.body).toMatchObject({ page: 1, pageSize: 25, total: 3, totalIsLowerBound: false });
      expect(all.body.items[0].organisationName).toBe('Contact');
      expect(names(await viewer.get(`/api/contacts?organisationId=${org.id}&q=adam`).expect(200))).toEqual(['adam Brown', 'Zoe Adams']);
      expect(names(await viewer.get(`/api/contacts?organisationId=${org.id}&q=POLICY`).expect(200))).toEqual(['adam Brown']);
      expect(names(await viewer.get(`/api/contacts?q=participation`).expect(200))).toEqual(['Mo Clarke']);
      await viewer.get('/api/contacts?organisationId=contact').expect(400);
    });

    it('sorts by name (default) or creation and pages', async () => {
      expect(names(await viewer.get(`/api/contacts?organisationId=${org.id}&sort=-name`).expect(200))).toEqual(['Zoe Adams', 'Mo Clarke', 'adam Brown']);
      const newest = await viewer.get(`/api/contacts?organisationId=${org.id}&sort=-createdAt&pageSize=2&page=2`).expect(200);
      expect(names(newest)).toEqual(['Zoe Adams']);
      expect(newest.body.total).toBe(3);
      await viewer.get('/api/contacts?sort=email').expect(400);
    });
  });

  it('replays an idempotent POST without creating twice', async () => {
    const body = { name: 'Idem Potent', organisationId: nasen.id };
    const first = await recorder.post('/api/contacts', body).set('Idempotency-Key', 'contact-idem').expect(201);
    const again = await recorder.post('/api/contacts', body).set('Idempotency-Key', 'contact-idem').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await viewer.get('/api/contacts?q=Idem%20Potent')).body.total).toBe(1);
  });
});
