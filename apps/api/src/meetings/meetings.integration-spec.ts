import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { MeetingFixtures } from './meetings.fixtures';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const fields = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);

describe('meetings API: records', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let f: MeetingFixtures;
  let cdc: string;
  let ipsea: string;
  let cdcContacts: string[];
  let ipseaContact: string;
  let group: string;
  let theme: string;
  let ministers: { sos: string; standards: string };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    f = new MeetingFixtures(t, recorder);
    cdc = await f.organisation('Council for Disabled Children');
    ipsea = await f.organisation('IPSEA');
    cdcContacts = [await f.contact(cdc, 'Dame Christine Lenehan'), await f.contact(cdc, 'Amanda Allard')];
    ipseaContact = await f.contact(ipsea, 'Ali Fiddy');
    group = await f.group('SEND Reform Development Group');
    theme = await f.themeId('early_intervention');
    ministers = { sos: await f.ministerId('Secretary of State for Education'), standards: await f.ministerId('Minister for School Standards') };
  });
  afterAll(() => t.close());

  const minimal = (extra: object = {}) => ({ title: 'Roundtable on inclusion', type: 'roundtable', startsAt: '2026-03-10T10:00:00Z', ...extra });

  async function create(body: object) {
    const res = await recorder.post('/api/meetings', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('creates a meeting with its people, agenda and themes, and reads it back whole', async () => {
    const created = await create({
      title: '  Development group: EHCP reform  ',
      type: 'development_group',
      startsAt: '2026-03-10T10:00:00+00:00',
      endsAt: '2026-03-10T12:00:00Z',
      region: 'london',
      location: 'Sanctuary Buildings',
      groupId: group,
      ministerIds: [ministers.standards, ministers.sos],
      officialIds: [recorder.user.id],
      attendees: [
        { organisationId: ipsea, contactIds: [ipseaContact], attendance: 'attended' },
        { organisationId: cdc, contactIds: [cdcContacts[1], cdcContacts[0]], attendance: 'apologies' },
      ],
      themeIds: [theme],
      agenda: [{ title: 'Welcome' }, { title: 'EHCPs', notes: 'Discussion of plans' }],
      summary: 'Members discussed the future of EHCPs.',
      purpose: 'To hear views on EHCP reform',
    });
    expect(created).toMatchObject({
      reference: expect.stringMatching(/^MTG-\d{4}$/),
      title: 'Development group: EHCP reform',
      startsAt: '2026-03-10T10:00:00.000Z',
      endsAt: '2026-03-10T12:00:00.000Z',
      region: 'london',
      online: false,
      groupId: group,
      groupName: 'SEND Reform Development Group',
      ministers: [
        { id: ministers.standards, name: 'Minister for School Standards' },
        { id: ministers.sos, name: 'Secretary of State for Education' },
      ],
      officials: [{ id: recorder.user.id, name: 'Test recorder' }],
      attendees: [
        { organisationId: ipsea, organisationName: 'IPSEA', attendance: 'attended', contactIds: [ipseaContact], contacts: [{ id: ipseaContact, name: 'Ali Fiddy' }] },
        {
          organisationId: cdc,
          organisationName: 'Council for Disabled Children',
          attendance: 'apologies',
          contactIds: [cdcContacts[1], cdcContacts[0]],
          contacts: [{ id: cdcContacts[1], name: 'Amanda Allard' }, { id: cdcContacts[0], name: 'Dame Christine Lenehan' }],
        },
      ],
      themeIds: [theme],
      agenda: [{ title: 'Welcome', notes: '' }, { title: 'EHCPs', notes: 'Discussion of plans' }],
      noOfficialPresent: false,
      classification: 'OFFICIAL',
      status: 'draft',
      statusReason: null,
      phase: 'consultation',
      version: 1,
      createdBy: recorder.user.id,
      positions: [],
      actions: [],
    });
    const read = await viewer.get(`/api/meetings/${created.id}`).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created);
    expect(read.body.search).toBeUndefined();
  });

  it('defaults the phase from the London date of startsAt, keeps a chosen one, and moves a defaulted one with the date', async () => {
    expect((await create(minimal({ startsAt: '2026-05-18T23:30:00Z' }))).phase).toBe('government_response'); // 19 May in London (BST)
    expect((await create(minimal({ startsAt: '2026-02-23T23:30:00Z' }))).phase).toBe('white_paper'); // still 23 Feb (GMT)
    const chosen = await create(minimal({ startsAt: '2026-03-10T10:00:00Z', phase: 'white_paper' }));
    expect(chosen.phase).toBe('white_paper');
    expect((await recorder.patch(`/api/meetings/${chosen.id}`, { startsAt: '2026-10-01T10:00:00Z' }, 1).expect(200)).body.phase).toBe('white_paper');
    const defaulted = await create(minimal({ startsAt: '2026-03-10T10:00:00Z' }));
    expect(defaulted.phase).toBe('consultation');
    expect((await recorder.patch(`/api/meetings/${defaulted.id}`, { startsAt: '2026-10-01T10:00:00Z' }, 1).expect(200)).body.phase).toBe('implementation');
  });

  it('names every invalid field, nested ones by path, refuses status and other fields nobody may set, and writes nothing', async () => {
    const before = await f.count('meetings');
    const res = await recorder
      .post('/api/meetings', {
        title: ' ',
        type: 'party',
        startsAt: '2026-03-10',
        endsAt: 'soon',
        region: 'mars',
        purpose: 'x'.repeat(501),
        ministerIds: ['not-a-uuid'],
        attendees: [{ organisationId: 'nope', attendance: 'maybe', colour: 'red' }],
        agenda: [{ title: '' }, { title: 'ok', notes: 'x'.repeat(20_001) }],
        status: 'agreed',
        reference: 'MTG-9999',
        version: 3,
      })
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fields(res.body)).toEqual(
      expect.arrayContaining([
        'title', 'type', 'startsAt', 'endsAt', 'region', 'purpose', 'ministerIds', 'attendees[0].organisationId', 'attendees[0].attendance',
        'attendees[0].colour', 'agenda[0].title', 'agenda[1].notes', 'status', 'reference', 'version',
      ]),
    );
    const tooLong = await recorder.post('/api/meetings', minimal({ agenda: Array.from({ length: 51 }, (_, i) => ({ title: `Item ${i}` })) })).expect(400);
    expect(fields(tooLong.body)).toEqual(['agenda']);
    const backwards = await recorder.post('/api/meetings', minimal({ endsAt: '2026-03-10T09:59:59Z' })).expect(400);
    expect(backwards.body.errors).toEqual([{ field: 'endsAt', message: 'endsAt must not be before startsAt' }]);
    const twice = await recorder
      .post('/api/meetings', minimal({ attendees: [{ organisationId: cdc, attendance: 'attended' }, { organisationId: cdc, attendance: 'apologies' }] }))
      .expect(400);
    expect(twice.body.errors).toEqual([{ field: 'attendees[1].organisationId', message: 'this organisation is already listed at attendees[0]' }]);
    expect(await f.count('meetings')).toBe(before);
  });

  it('refuses unknown or unusable references with one 422 naming each field, and leaves nothing half-written', async () => {
    const counts = async () => [await f.count('meetings'), await f.count('meeting_attendees'), await f.count('meeting_ministers')];
    const before = await counts();
    const res = await recorder
      .post(
        '/api/meetings',
        minimal({
          groupId: UNKNOWN,
          themeIds: [UNKNOWN],
          officialIds: [UNKNOWN],
          ministerIds: [ministers.sos, UNKNOWN],
          attendees: [
            { organisationId: cdc, contactIds: [cdcContacts[0], ipseaContact], attendance: 'attended' },
            { organisationId: UNKNOWN, attendance: 'attended' },
          ],
        }),
      )
      .expect(422);
    expect(res.body.errors).toEqual([
      { field: 'groupId', message: `no group with id ${UNKNOWN}` },
      { field: 'officialIds', message: `no user with id ${UNKNOWN}` },
      { field: 'themeIds', message: `no theme with id ${UNKNOWN}` },
      { field: 'ministerIds', message: `no minister with id ${UNKNOWN}` },
      { field: 'attendees[0].contactIds', message: `contact ${ipseaContact} does not belong to this organisation` },
      { field: 'attendees[1].organisationId', message: `no organisation with id ${UNKNOWN}` },
    ]);
    // The second attendee alone is unknown: still no meeting and no attendee rows.
    await recorder.post('/api/meetings', minimal({ attendees: [{ organisationId: cdc, attendance: 'attended' }, { organisationId: UNKNOWN, attendance: 'attended' }] })).expect(422);
    expect(await counts()).toEqual(before);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    const bad = await viewer.get('/api/meetings/MTG-0001').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get(`/api/meetings/${UNKNOWN}`).expect(404);
    await recorder.patch(`/api/meetings/${UNKNOWN}`, { title: 'x' }, 1).expect(404);
    await recorder.post(`/api/meetings/${UNKNOWN}/submit`).expect(404);
  });

  it('updates with If-Match only, replacing the arrays it is sent and leaving the rest alone', async () => {
    const meeting = await create(
      minimal({ region: 'north_west', groupId: group, endsAt: '2026-03-10T11:00:00Z', ministerIds: [ministers.sos], attendees: [{ organisationId: cdc, contactIds: cdcContacts, attendance: 'attended' }] }),
    );
    const missing = await recorder.patch(`/api/meetings/${meeting.id}`, { title: 'x' }).expect(428);
    expect(missing.body.title).toBe('Version required');
    const res = await recorder
      .patch(`/api/meetings/${meeting.id}`, { attendees: [{ organisationId: ipsea, attendance: 'apologies' }], ministerIds: [], region: null, groupId: null, endsAt: null }, 1)
      .expect(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({ version: 2, title: 'Roundtable on inclusion', ministers: [], region: null, groupId: null, endsAt: null });
    expect(res.body.attendees).toEqual([{ organisationId: ipsea, organisationName: 'IPSEA', attendance: 'apologies', contactIds: [], contacts: [] }]);
    const stale = await recorder.patch(`/api/meetings/${meeting.id}`, { title: 'Stale' }, 1).expect(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });
    const nulls = await recorder.patch(`/api/meetings/${meeting.id}`, { title: null, attendees: null, online: null }, 2).expect(400);
    expect(fields(nulls.body)).toEqual(['title', 'online', 'attendees']);
    const backwards = await recorder.patch(`/api/meetings/${meeting.id}`, { endsAt: '2026-03-09T10:00:00Z' }, 2).expect(400);
    expect(fields(backwards.body)).toEqual(['endsAt']);
    await recorder.patch(`/api/meetings/${meeting.id}`, { status: 'agreed' }, 2).expect(400);
    expect((await viewer.get(`/api/meetings/${meeting.id}`)).body).toMatchObject({ version: 2, status: 'draft' });
  });

  it('keeps a minister retired since the meeting, but refuses adding a retired one', async () => {
    const minister = (await (await signIn(t, 'admin')).post('/api/ministers', { name: 'Minister for Children' }).expect(201)).body;
    const meeting = await create(minimal({ ministerIds: [minister.id] }));
    await f.db.query(`UPDATE ministers SET active = false WHERE id = $1`, [minister.id]);
    await recorder.patch(`/api/meetings/${meeting.id}`, { ministerIds: [minister.id, ministers.sos] }, 1).expect(200);
    const refused = await recorder.post('/api/meetings', minimal({ ministerIds: [minister.id] })).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'ministerIds', message: 'Minister for Children is no longer an active minister' }]);
  });

  it('replays an idempotent create without creating twice', async () => {
    const body = minimal({ title: 'Idempotent meeting' });
    const first = await recorder.post('/api/meetings', body).set('Idempotency-Key', 'meeting-once').expect(201);
    const again = await recorder.post('/api/meetings', body).set('Idempotency-Key', 'meeting-once').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await viewer.get('/api/meetings?q=Idempotent')).body.total).toBe(1);
  });

  it('lets viewers and reviewers read but not create', async () => {
    await viewer.post('/api/meetings', minimal()).expect(403);
    await (await signIn(t, 'reviewer')).post('/api/meetings', minimal()).expect(403);
  });
});
