import { DataSource } from 'typeorm';
import { PositionFixtures } from '../positions/positions.fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

interface Pair {
  a: { id: string; name: string; contacts: number; meetings: number };
  b: { id: string; name: string };
  similarity: number;
  reasons: string[];
  domain: string | null;
}

describe('duplicate organisations: finding and merging', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let viewer: TestClient;
  let fx: PositionFixtures;
  const db = () => t.app.get(DataSource);

  const organisation = async (name: string, extra: object = {}) => (await recorder.post('/api/organisations', { name, type: 'charity', ...extra }).expect(201)).body as { id: string; version: number };
  const contact = async (organisationId: string, name: string, email: string) => recorder.post('/api/contacts', { organisationId, name, email }).expect(201);
  const pairs = async (query = ''): Promise<Pair[]> => (await recorder.get(`/api/organisations/duplicates${query}`).expect(200)).body.items;
  const named = (found: Pair[]) => found.map((p) => `${p.a.name} / ${p.b.name}: ${p.reasons.join(', ')}`);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    fx = new PositionFixtures(t, recorder);
  });
  afterAll(() => t.close());

  it('finds names alike and shared email or website domains, and not public mail or unlike names', async () => {
    const cdc = await organisation('Council for Disabled Children', { website: 'https://councilfordisabledchildren.org.uk/about' });
    const copy = await organisation('The Council for Disabled Children');
    const leeds = await organisation('Leeds Parent Carer Forum');
    const bristol = await organisation('Bristol Parent Carer Forum');
    const kids = await organisation('KIDS');
    const kidsCharity = await organisation('Kids charity (South)', { website: 'http://www.councilfordisabledchildren.org.uk' });
    await contact(leeds.id, 'Ann', 'ann@leedspcf.org.uk');
    await contact(kids.id, 'Ben', 'ben@leedspcf.org.uk');
    await contact(bristol.id, 'Cat', 'cat@gmail.com');
    await contact(kidsCharity.id, 'Dan', 'dan@gmail.com');

    const found = await pairs();
    expect(named(found)).toEqual(
      expect.arrayContaining(['Council for Disabled Children / The Council for Disabled Children: similar_name', 'Leeds Parent Carer Forum / KIDS: same_email_domain', 'Council for Disabled Children / Kids charity (South): same_website']),
    );
    expect(named(found).some((n) => n.includes('Bristol'))).toBe(false);
    const cdcPair = found.find((p) => p.b.id === copy.id);
    expect(cdcPair).toMatchObject({ a: { id: cdc.id, contacts: 0, meetings: 0 }, domain: null });
    expect(cdcPair?.similarity).toBeGreaterThanOrEqual(0.7);
    expect(found.find((p) => p.reasons.includes('same_email_domain'))?.domain).toBe('leedspcf.org.uk');
    expect(named(await pairs(`?organisationId=${copy.id}`))).toEqual(['Council for Disabled Children / The Council for Disabled Children: similar_name']);
    await viewer.get('/api/organisations/duplicates').expect(403);
    await recorder.get('/api/organisations/duplicates?organisationId=00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('moves everything to the organisation kept, combining what both had, and keeps the duplicate readable', async () => {
    const keep = await organisation('Speech and Language UK');
    const dupe = await organisation('Speech & Language UK');
    await contact(dupe.id, 'Eve', 'eve@speechandlanguage.org.uk');
    const both = (await recorder.post('/api/meetings', { title: 'Roundtable both attended', type: 'roundtable', startsAt: '2026-03-01T10:00:00Z', attendees: [{ organisationId: keep.id, attendance: 'apologies' }, { organisationId: dupe.id, attendance: 'attended' }] }).expect(201)).body;
    await recorder.post('/api/meetings', { title: 'Bilateral with the duplicate', type: 'bilateral', startsAt: '2026-03-02T10:00:00Z', attendees: [{ organisationId: dupe.id, attendance: 'attended' }] }).expect(201);
    const proposal = await fx.proposal('Early language support');
    await recorder.post('/api/positions', { organisationId: dupe.id, proposalId: proposal, stance: 'support', summary: 'Backs it', statedOn: '2026-03-01' }).expect(201);
    await recorder.post('/api/actions', { title: 'Reply to the duplicate', ownerOrganisationId: dupe.id, raisedByOrganisationId: dupe.id }).expect(201);
    const group = await db().query(`INSERT INTO groups (name, created_by, updated_by) VALUES ('Development group', $1, $1) RETURNING id`, [recorder.user.id]);
    await fx.membership(group[0].id, keep.id, '2025-09-01');
    await fx.membership(group[0].id, dupe.id, '2025-10-01');

    const res = await admin.post(`/api/organisations/${dupe.id}/merge`, { intoId: keep.id }).set('If-Match', `"${dupe.version}"`).expect(200);
    expect(res.body).toMatchObject({
      from: { id: dupe.id, name: 'Speech & Language UK' },
      into: { id: keep.id, name: 'Speech and Language UK' },
      moved: { contacts: 1, attendances: 1, attendancesCombined: 1, positions: 1, actionsOwned: 1, actionsRaised: 1, memberships: 0, membershipsCombined: 1 },
      mergedByName: 'Test admin',
    });
    const left = await db().query(
      `SELECT (SELECT count(*)::int FROM contacts WHERE organisation_id = $1) + (SELECT count(*)::int FROM meeting_attendees WHERE organisation_id = $1)
            + (SELECT count(*)::int FROM positions WHERE organisation_id = $1) + (SELECT count(*)::int FROM actions WHERE $1 IN (owner_organisation_id, raised_by_organisation_id))
            + (SELECT count(*)::int FROM group_memberships WHERE organisation_id = $1) AS n`,
      [dupe.id],
    );
    expect(left[0].n).toBe(0);
    const attendance = await db().query(`SELECT attendance FROM meeting_attendees WHERE meeting_id = $1 AND organisation_id = $2`, [both.id, keep.id]);
    expect(attendance).toEqual([{ attendance: 'attended' }]);

    const gone = (await viewer.get(`/api/organisations/${dupe.id}`).expect(200)).body;
    expect(gone).toMatchObject({ mergedIntoId: keep.id, archivedAt: expect.any(String) });
    const history = (await viewer.get(`/api/audit?entity=organisation&entityId=${dupe.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ action: 'merged_into', changes: { details: { intoId: keep.id, intoName: 'Speech and Language UK' } } });
    expect((await viewer.get(`/api/audit?entity=organisation&entityId=${keep.id}`).expect(200)).body.items[0].action).toBe('merged_from');
    expect((await viewer.get('/api/organisations/merges').expect(200)).body).toMatchObject({ total: 1, items: [{ from: { id: dupe.id } }] });
    const restore = await recorder.post(`/api/organisations/${dupe.id}/restore`).expect(409);
    expect(restore.body.detail).toContain('merged into another');
  });

  it('refuses a stale, self, archived or unknown merge, and lets only admins merge, changing nothing', async () => {
    const a = await organisation('Ambitious about Autism');
    const b = await organisation('Ambitious About Autism Trust');
    await contact(b.id, 'Fay', 'fay@ambitious.org.uk');
    const merge = (client: TestClient, from: { id: string }, body: object, version: number) => client.post(`/api/organisations/${from.id}/merge`, body).set('If-Match', `"${version}"`);
    await merge(recorder, b, { intoId: a.id }, b.version).expect(403);
    await admin.post(`/api/organisations/${b.id}/merge`, { intoId: a.id }).expect(428);
    expect((await merge(admin, b, { intoId: a.id }, b.version + 1).expect(412)).body.currentVersion).toBe(b.version);
    expect((await merge(admin, b, { intoId: b.id }, b.version).expect(422)).body.errors[0].field).toBe('intoId');
    expect((await merge(admin, b, { intoId: 'nope' }, b.version).expect(400)).body.errors[0].field).toBe('intoId');
    expect((await merge(admin, b, { intoId: '00000000-0000-4000-8000-000000000000' }, b.version).expect(422)).body.errors[0].field).toBe('intoId');
    await recorder.post(`/api/organisations/${a.id}/archive`).expect(200);
    expect((await merge(admin, b, { intoId: a.id }, b.version).expect(422)).body.errors[0].field).toBe('intoId');
    const still = await db().query(`SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1`, [b.id]);
    expect(still[0].n).toBe(1);
    expect((await db().query(`SELECT count(*)::int AS n FROM organisation_merges WHERE from_id = $1`, [b.id]))[0].n).toBe(0);
  });
});
