import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

/** The London date `offset` days from today, YYYY-MM-DD. */
function day(offset: number): string {
  const d = new Date(`${londonDate()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

describe('group memberships API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let group: { id: string };
  let cdc: { id: string };
  let ncb: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    cdc = (await recorder.post('/api/organisations', { name: 'Council for Disabled Children', type: 'sector_body' }).expect(201)).body;
    ncb = (await recorder.post('/api/organisations', { name: 'National Children’s Bureau', type: 'charity' }).expect(201)).body;
    group = (await recorder.post('/api/groups', { name: 'SEND Reform Development Group' }).expect(201)).body;
  });
  afterAll(() => t.close());

  const memberships = async () => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM group_memberships`))[0].n;
  const url = (groupId: string, membershipId?: string) => `/api/groups/${groupId}/members${membershipId ? `/${membershipId}` : ''}`;

  it('adds a dated membership with its reason, shown on the group as current', async () => {
    const res = await recorder.post(url(group.id), { organisationId: cdc.id, joinedOn: day(-100), reason: '  Umbrella body for the sector ' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      groupId: group.id,
      organisationId: cdc.id,
      organisationName: 'Council for Disabled Children',
      joinedOn: day(-100),
      leftOn: null,
      reason: 'Umbrella body for the sector',
      current: true,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: recorder.user.id,
      updatedBy: recorder.user.id,
    });
    expect(res.headers.etag).toBe('"1"');
    const detail = (await viewer.get(`/api/groups/${group.id}`).expect(200)).body;
    expect(detail).toMatchObject({ currentMemberCount: 1, version: 1, members: [res.body] });
  });

  it('names invalid fields (400) and unknown organisations (422), writing nothing', async () => {
    const before = await memberships();
    const bad = await recorder.post(url(group.id), { organisationId: 'cdc', joinedOn: '2025-02-30', leftOn: '1/3/2025', reason: '', current: true }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['organisationId', 'joinedOn', 'leftOn', 'reason', 'current']));
    expect(bad.body.errors).toContainEqual({ field: 'joinedOn', message: expect.stringContaining('joinedOn must be a calendar date') });
    const unknown = await recorder.post(url(group.id), { organisationId: '00000000-0000-4000-8000-000000000000', joinedOn: day(0), reason: 'x' }).expect(422);
    expect(unknown.body.errors).toEqual([{ field: 'organisationId', message: 'no organisation with id 00000000-0000-4000-8000-000000000000' }]);
    const backwards = await recorder.post(url(group.id), { organisationId: ncb.id, joinedOn: day(0), leftOn: day(-1), reason: 'x' }).expect(422);
    expect(backwards.body.errors).toEqual([{ field: 'leftOn', message: expect.stringContaining('on or after joinedOn') }]);
    await recorder.post(url('00000000-0000-4000-8000-000000000000'), { organisationId: ncb.id, joinedOn: day(0), reason: 'x' }).expect(404);
    expect(await memberships()).toBe(before);
  });

  it('refuses a second overlapping membership of the same organisation (409), writing nothing', async () => {
    const before = await memberships();
    const res = await recorder.post(url(group.id), { organisationId: cdc.id, joinedOn: day(-5), reason: 'Again' }).expect(409);
    expect(res.body.errors).toEqual([{ field: 'organisationId', message: expect.stringContaining(`from ${day(-100)} (still open)`) }]);
    expect(await memberships()).toBe(before);
  });

  it('checks overlap under a lock on the group, so a concurrent addition cannot slip past', async () => {
    const g = (await recorder.post('/api/groups', { name: 'Race group' }).expect(201)).body;
    const other = t.app.get(DataSource).createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(`SELECT 1 FROM groups WHERE id = $1 FOR UPDATE`, [g.id]);
    const pending = recorder.post(url(g.id), { organisationId: ncb.id, joinedOn: day(-2), reason: 'Second' }).then((res) => res);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the request is now waiting for the lock
    await other.query(`INSERT INTO group_memberships (group_id, organisation_id, joined_on, reason, created_by, updated_by) VALUES ($1, $2, $3, 'First', $4, $4)`, [g.id, ncb.id, day(-3), recorder.user.id]);
    await other.commitTransaction();
    await other.release();
    expect((await pending).status).toBe(409);
    expect((await viewer.get(`/api/groups/${g.id}`)).body.members.map((m: { reason: string }) => m.reason)).toEqual(['First']);
  });

  it('records leaving with the membership’s version, then allows rejoining from the next day only', async () => {
    const [m] = (await viewer.get(`/api/groups/${group.id}`)).body.members;
    await recorder.patch(url(group.id, m.id), { leftOn: day(-10) }).expect(428);
    const left = await recorder.patch(url(group.id, m.id), { leftOn: day(-10) }, m.version).expect(200);
    expect(left.body).toMatchObject({ leftOn: day(-10), current: false, version: m.version + 1 });
    expect(left.headers.etag).toBe(`"${m.version + 1}"`);
    expect((await recorder.patch(url(group.id, m.id), { reason: 'stale' }, m.version).expect(412)).body.currentVersion).toBe(m.version + 1);

    await recorder.post(url(group.id), { organisationId: cdc.id, joinedOn: day(-10), reason: 'Rejoined' }).expect(409);
    const rejoined = await recorder.post(url(group.id), { organisationId: cdc.id, joinedOn: day(-9), reason: 'Rejoined for the consultation' }).expect(201);
    expect(rejoined.body.current).toBe(true);

    const reopen = await recorder.patch(url(group.id, m.id), { leftOn: null }, left.body.version).expect(409);
    expect(reopen.body.errors).toEqual([{ field: 'leftOn', message: expect.stringContaining(`from ${day(-9)}`) }]);
    const backwards = await recorder.patch(url(group.id, m.id), { leftOn: day(-101) }, left.body.version).expect(422);
    expect(backwards.body.errors).toEqual([{ field: 'leftOn', message: expect.stringContaining('on or after joinedOn') }]);
    const nullJoin = await recorder.patch(url(group.id, m.id), { joinedOn: null }, left.body.version).expect(400);
    expect(nullJoin.body.errors).toEqual([{ field: 'joinedOn', message: 'joinedOn cannot be empty' }]);

    const detail = (await viewer.get(`/api/groups/${group.id}`)).body;
    expect(detail.members.map((x: { joinedOn: string; leftOn: string | null; current: boolean }) => [x.joinedOn, x.leftOn, x.current])).toEqual([
      [day(-100), day(-10), false],
      [day(-9), null, true],
    ]);
    expect(detail.currentMemberCount).toBe(1);
  });

  it('is current through its last day and not before its first', async () => {
    const g = (await recorder.post('/api/groups', { name: 'Dating group' }).expect(201)).body;
    const endsToday = (await recorder.post(url(g.id), { organisationId: cdc.id, joinedOn: day(-30), leftOn: day(0), reason: 'Until today' }).expect(201)).body;
    const startsTomorrow = (await recorder.post(url(g.id), { organisationId: ncb.id, joinedOn: day(1), reason: 'From tomorrow' }).expect(201)).body;
    expect([endsToday.current, startsTomorrow.current]).toEqual([true, false]);
    const startsToday = await recorder.patch(url(g.id, startsTomorrow.id), { joinedOn: day(0) }, 1).expect(200);
    expect(startsToday.body.current).toBe(true);
    expect((await viewer.get(`/api/groups/${g.id}`)).body.currentMemberCount).toBe(2);
  });

  it('finds only memberships of the group in the path (404) and checks both ids (400)', async () => {
    const other = (await recorder.post('/api/groups', { name: 'Other group' }).expect(201)).body;
    const [m] = (await viewer.get(`/api/groups/${group.id}`)).body.members;
    await recorder.patch(url(other.id, m.id), { reason: 'x' }, m.version).expect(404);
    await recorder.patch(url(group.id, '00000000-0000-4000-8000-000000000000'), { reason: 'x' }, 1).expect(404);
    const bad = await recorder.patch(url(group.id, 'first'), { reason: 'x' }, 1).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'membershipId', message: 'membershipId must be a UUID' }]);
  });

  it('lists the groups an organisation is or was a member of', async () => {
    const future = (await recorder.post('/api/groups', { name: 'Future-only group' }).expect(201)).body;
    await recorder.post(url(future.id), { organisationId: ncb.id, joinedOn: day(30), reason: 'Joining next month' }).expect(201);
    const ofCdc = await viewer.get(`/api/groups?organisationId=${cdc.id}`).expect(200);
    expect(ofCdc.body.items.map((g: { name: string }) => g.name)).toEqual(['Dating group', 'SEND Reform Development Group']);
    const ofNcb = await viewer.get(`/api/groups?organisationId=${ncb.id}`).expect(200);
    expect(ofNcb.body.items.map((g: { name: string }) => g.name)).toEqual(['Dating group', 'Race group']);
    await viewer.get('/api/groups?organisationId=cdc').expect(400);
  });

  it('replays an idempotent membership POST without adding twice', async () => {
    const g = (await recorder.post('/api/groups', { name: 'Replay group' }).expect(201)).body;
    const body = { organisationId: ncb.id, joinedOn: day(-1), reason: 'Replay' };
    const first = await recorder.post(url(g.id), body).set('Idempotency-Key', 'member-replay').expect(201);
    const again = await recorder.post(url(g.id), body).set('Idempotency-Key', 'member-replay').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await viewer.get(`/api/groups/${g.id}`)).body.members).toHaveLength(1);
  });

  it('audits membership changes on the group, with the membership in the details', async () => {
    const history = (await viewer.get(`/api/audit?entity=group&entityId=${group.id}`).expect(200)).body.items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['member_added', 'member_updated', 'member_added', 'created']);
    expect(history[1]).toMatchObject({
      actorId: recorder.user.id,
      changes: { details: { membership: { organisationId: cdc.id, leftOn: day(-10) }, changes: { leftOn: { from: null, to: day(-10) }, current: { from: true, to: false } } } },
    });
    expect(history[2].changes.details.membership).toMatchObject({ organisationId: cdc.id, joinedOn: day(-100), reason: 'Umbrella body for the sector' });
  });

  it('refuses members changes to readers, writing nothing', async () => {
    const before = await memberships();
    await viewer.post(url(group.id), { organisationId: ncb.id, joinedOn: day(0), reason: 'Viewer' }).expect(403);
    const [m] = (await viewer.get(`/api/groups/${group.id}`)).body.members;
    await viewer.patch(url(group.id, m.id), { reason: 'Viewer' }, m.version).expect(403);
    expect(await memberships()).toBe(before);
  });
});
