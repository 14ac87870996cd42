import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { MeetingFixtures } from './meetings.fixtures';

describe('meetings API: the list', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  let f: MeetingFixtures;
  const ids: Record<string, string> = {};
  let refs: { cdc: string; ipsea: string; group: string; theme: string; sos: string };

  const titles = async (client: TestClient, query: string) => {
    const res = await client.get(`/api/meetings?${query}`).expect(200);
    return res.body.items.map((m: { title: string }) => m.title);
  };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    f = new MeetingFixtures(t, recorder);
    refs = {
      cdc: await f.organisation('Council for Disabled Children'),
      ipsea: await f.organisation('IPSEA'),
      group: await f.group('SEND Reform Development Group'),
      theme: await f.themeId('fairness'),
      sos: await f.ministerId('Secretary of State for Education'),
    };
    const meetings = [
      { title: 'Alpha listening session in Leeds', type: 'listening_session', startsAt: '2026-03-01T10:00:00Z', region: 'yorkshire_and_the_humber', attendees: [{ organisationId: refs.cdc, attendance: 'attended' }, { organisationId: refs.ipsea, attendance: 'apologies' }], ministerIds: [refs.sos], purpose: 'Hear parents on tribunals' },
      { title: 'Bravo development group', type: 'development_group', startsAt: '2026-04-14T23:30:00Z', groupId: refs.group, themeIds: [refs.theme], officialIds: [recorder.user.id], summary: 'Transport to school was the main concern', agenda: [{ title: 'Next steps', notes: 'Mileage allowances' }] },
      { title: 'Charlie online event', type: 'online_event', startsAt: '2025-10-01T09:00:00Z', online: true, attendees: [{ organisationId: refs.ipsea, attendance: 'attended' }] },
      { title: 'Delta bilateral (sensitive)', type: 'bilateral', startsAt: '2026-06-01T09:00:00Z', classification: 'OFFICIAL_SENSITIVE', attendees: [{ organisationId: refs.cdc, attendance: 'attended' }] },
    ];
    for (const body of meetings) ids[body.title.split(' ')[0]] = (await recorder.post('/api/meetings', body).expect(201)).body.id;
    await recorder.post(`/api/meetings/${ids['Alpha']}/submit`).expect(200);
  });
  afterAll(() => t.close());

  it('pages newest first by default with an exact total, as light summaries for the dashboard', async () => {
    const res = await reviewer.get('/api/meetings?pageSize=2').expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 2, total: 4, totalIsLowerBound: false });
    expect(res.body.items.map((m: { title: string }) => m.title)).toEqual(['Delta bilateral (sensitive)', 'Bravo development group']);
    expect(await titles(reviewer, 'pageSize=2&page=2')).toEqual(['Alpha listening session in Leeds', 'Charlie online event']);
    const alpha = (await reviewer.get('/api/meetings?sort=title&pageSize=1')).body.items[0];
    expect(alpha).toEqual({
      id: ids['Alpha'],
      reference: expect.stringMatching(/^MTG-\d{4}$/),
      title: 'Alpha listening session in Leeds',
      type: 'listening_session',
      startsAt: '2026-03-01T10:00:00.000Z',
      endsAt: null,
      region: 'yorkshire_and_the_humber',
      online: false,
      status: 'submitted',
      classification: 'OFFICIAL',
      phase: 'consultation',
      groupId: null,
      groupName: null,
      attendedCount: 1,
      apologiesCount: 1,
      ministerNames: ['Secretary of State for Education'],
      updatedAt: expect.any(String),
    });
  });

  it('sorts by a whitelisted field only', async () => {
    expect(await titles(reviewer, 'sort=startsAt')).toEqual(['Charlie online event', 'Alpha listening session in Leeds', 'Bravo development group', 'Delta bilateral (sensitive)']);
    expect(await titles(reviewer, 'sort=-title')).toEqual(['Delta bilateral (sensitive)', 'Charlie online event', 'Bravo development group', 'Alpha listening session in Leeds']);
    expect((await titles(reviewer, 'sort=-status'))[0]).toBe('Alpha listening session in Leeds');
    expect(await titles(reviewer, 'sort=reference')).toEqual(['Alpha listening session in Leeds', 'Bravo development group', 'Charlie online event', 'Delta bilateral (sensitive)']);
    const bad = await reviewer.get('/api/meetings?sort=location').expect(400);
    expect(bad.body.errors[0].field).toBe('sort');
  });

  it('filters by status, type, group, organisation, theme, minister, official, region, phase and classification', async () => {
    expect(await titles(reviewer, 'status=submitted')).toEqual(['Alpha listening session in Leeds']);
    expect(await titles(reviewer, 'status=draft&type=online_event&type=bilateral')).toEqual(['Delta bilateral (sensitive)', 'Charlie online event']);
    expect(await titles(reviewer, `groupId=${refs.group}`)).toEqual(['Bravo development group']);
    expect(await titles(reviewer, `organisationId=${refs.ipsea}`)).toEqual(['Alpha listening session in Leeds', 'Charlie online event']);
    expect(await titles(reviewer, `themeId=${refs.theme}`)).toEqual(['Bravo development group']);
    expect(await titles(reviewer, `ministerId=${refs.sos}`)).toEqual(['Alpha listening session in Leeds']);
    expect(await titles(reviewer, `officialId=${recorder.user.id}`)).toEqual(['Bravo development group']);
    expect(await titles(reviewer, 'region=yorkshire_and_the_humber')).toEqual(['Alpha listening session in Leeds']);
    expect(await titles(reviewer, 'phase=national_conversation')).toEqual(['Charlie online event']);
    expect(await titles(reviewer, 'classification=OFFICIAL_SENSITIVE')).toEqual(['Delta bilateral (sensitive)']);
    const bad = await reviewer.get('/api/meetings?status=closed&groupId=nope&region=mars&from=2026-02-30').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['status', 'groupId', 'region', 'from']));
  });

  it('filters from/to on the London date of startsAt, both ends inclusive', async () => {
    // Bravo starts 2026-04-14T23:30Z, which is 15 April in London.
    expect(await titles(reviewer, 'from=2026-04-15&to=2026-04-15')).toEqual(['Bravo development group']);
    expect(await titles(reviewer, 'to=2026-04-14&from=2026-03-01')).toEqual(['Alpha listening session in Leeds']);
    expect(await titles(reviewer, 'from=2026-04-16')).toEqual(['Delta bilateral (sensitive)']);
  });

  it('searches title, summary, purpose and agenda, falling back to the title as typed', async () => {
    expect(await titles(reviewer, 'q=tribunal')).toEqual(['Alpha listening session in Leeds']);
    expect(await titles(reviewer, 'q=transport')).toEqual(['Bravo development group']);
    expect(await titles(reviewer, 'q=mileage')).toEqual(['Bravo development group']);
    expect(await titles(reviewer, 'q=Charl')).toEqual(['Charlie online event']);
    expect(await titles(reviewer, 'q=%25')).toEqual([]); // a literal %, not a wildcard
  });

  it('hides OFFICIAL_SENSITIVE meetings from viewers in items and totals, however they filter', async () => {
    const res = await viewer.get('/api/meetings').expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((m: { title: string }) => m.title)).not.toContain('Delta bilateral (sensitive)');
    expect((await viewer.get('/api/meetings?classification=OFFICIAL_SENSITIVE')).body).toMatchObject({ items: [], total: 0 });
    expect((await viewer.get(`/api/meetings?organisationId=${refs.cdc}`)).body.total).toBe(1);
    expect((await viewer.get('/api/meetings?q=bilateral')).body.total).toBe(0);
  });

  it('lists a minister’s meetings with no official present until a note of them is recorded (Ministerial Code)', async () => {
    const base = { type: 'bilateral', startsAt: '2026-07-01T09:00:00Z', attendees: [{ organisationId: refs.cdc, attendance: 'attended' }], noOfficialPresent: true };
    const unnoted = (await recorder.post('/api/meetings', { ...base, title: 'Echo call with no official', ministerIds: [refs.sos] }).expect(201)).body;
    await recorder.post('/api/meetings', { ...base, title: 'Foxtrot call, noted', ministerIds: [refs.sos], summary: 'The minister heard about tribunal waits.' }).expect(201);
    await recorder.post('/api/meetings', { ...base, title: 'Golf call without a minister' }).expect(201);
    expect(await titles(reviewer, 'needsOfficialNote=true')).toEqual(['Echo call with no official']);
    await recorder.patch(`/api/meetings/${unnoted.id}`, { summary: 'A note of the call, made afterwards by the minister’s office.' }, unnoted.version).expect(200);
    expect(await titles(reviewer, 'needsOfficialNote=true')).toEqual([]);
    expect((await reviewer.get('/api/meetings?needsOfficialNote=maybe').expect(400)).body.errors[0].field).toBe('needsOfficialNote');
  });
});
