import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { ActionFixtures, londonDay } from './actions.fixtures';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('actions API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  let fx: ActionFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    fx = new ActionFixtures(t, recorder);
  });
  afterAll(() => t.close());

  it('creates with defaults and display names, and reads it back with an ETag', async () => {
    const ipsea = await fx.organisation('IPSEA');
    const cdc = await fx.organisation('Council for Disabled Children');
    const meeting = await fx.meeting('Legal safeguards roundtable');
    const proposal = await fx.proposal('Tribunal route retained');
    const fairness = await fx.themeId('fairness');
    const created = await fx.action({
      title: '  Reply to IPSEA on tribunal rights  ',
      description: 'Set out how the tribunal route is kept.',
      meetingId: meeting.id,
      ownerOrganisationId: cdc,
      raisedByOrganisationId: ipsea,
      dueOn: '2026-06-30',
      proposalIds: [proposal, proposal],
      themeIds: [fairness],
    });
    expect(created).toMatchObject({
      title: 'Reply to IPSEA on tribunal rights',
      priority: 'medium',
      status: 'open',
      kind: 'action',
      classification: 'OFFICIAL',
      meetingReference: meeting.reference,
      ownerName: 'Council for Disabled Children',
      raisedByName: 'IPSEA',
      proposalIds: [proposal],
      themeIds: [fairness],
      completionNote: null,
      closedAt: null,
      version: 1,
      createdBy: recorder.user.id,
      updates: [],
    });
    expect(created.reference).toMatch(/^ACT-\d{4,}$/);
    const res = await viewer.get(`/api/actions/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual(created);
    expect(res.body.search).toBeUndefined();
  });

  it('takes the meeting classification by default, and lets a reviewer record a ministerial commitment', async () => {
    const meeting = await fx.meeting('Bilateral with the Children’s Commissioner', 'OFFICIAL_SENSITIVE');
    const fromMeeting = await fx.action({ title: 'Follow up privately', meetingId: meeting.id });
    expect(fromMeeting.classification).toBe('OFFICIAL_SENSITIVE');
    const commitment = await fx.action({ title: 'Minister to write to every forum', kind: 'ministerial_commitment', ownerUserId: reviewer.user.id, priority: 'high' }, reviewer);
    expect(commitment).toMatchObject({ kind: 'ministerial_commitment', ownerName: 'Test reviewer', priority: 'high', classification: 'OFFICIAL', createdBy: reviewer.user.id });
    await viewer.post('/api/actions', { title: 'Viewer made' }).expect(403);
  });

  it('names every invalid field, refuses read-only fields, and writes nothing', async () => {
    const before = await fx.counts();
    const res = await recorder
      .post('/api/actions', { title: 'x'.repeat(201), description: 'y'.repeat(20_001), dueOn: '2026-02-30', priority: 'urgent', status: 'closed', kind: 'promise', proposalIds: ['nope'], completionNote: '  ', reference: 'ACT-9999', version: 3, overdue: true })
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'description', 'dueOn', 'priority', 'status', 'kind', 'proposalIds', 'completionNote', 'reference', 'version', 'overdue']));
    await recorder.post('/api/actions', {}).expect(400);
    expect(await fx.counts()).toEqual(before);
  });

  it('refuses unknown references (422 naming each field) and two owners (422 naming both)', async () => {
    const before = await fx.counts();
    const res = await recorder
      .post('/api/actions', { title: 'Refs', meetingId: UNKNOWN, ownerUserId: UNKNOWN, raisedByOrganisationId: UNKNOWN, proposalIds: [UNKNOWN], themeIds: [UNKNOWN] })
      .expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['meetingId', 'ownerUserId', 'proposalIds', 'raisedByOrganisationId', 'themeIds']);
    const org = await fx.organisation('Contact');
    const both = await recorder.post('/api/actions', { title: 'Two owners', ownerUserId: recorder.user.id, ownerOrganisationId: org }).expect(422);
    expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['ownerUserId', 'ownerOrganisationId']);
    expect((await fx.counts()).actions).toBe(before.actions);
  });

  it('validates ids in paths: 400 when not a UUID, 404 when unknown', async () => {
    const bad = await viewer.get('/api/actions/not-a-uuid').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get(`/api/actions/${UNKNOWN}`).expect(404);
    await recorder.patch(`/api/actions/${UNKNOWN}`, { title: 'x' }, 1).expect(404);
    await recorder.post(`/api/actions/${UNKNOWN}/updates`, { body: 'x' }).expect(404);
  });

  it('updates only with the current version: 428 without If-Match, 412 when stale', async () => {
    const action = await fx.action({ title: 'Publish the easy-read summary' });
    const missing = await recorder.patch(`/api/actions/${action.id}`, { title: 'x' }).expect(428);
    expect(missing.body.title).toBe('Version required');
    const ok = await recorder.patch(`/api/actions/${action.id}`, { description: 'With Mencap.', status: 'in_progress' }, 1).expect(200);
    expect(ok.body).toMatchObject({ version: 2, description: 'With Mencap.', status: 'in_progress', updatedBy: recorder.user.id });
    expect(ok.headers.etag).toBe('"2"');
    const stale = await recorder.patch(`/api/actions/${action.id}`, { title: 'stale write' }, 1).expect(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });
    expect((await viewer.get(`/api/actions/${action.id}`)).body.title).toBe('Publish the easy-read summary');
    const nulls = await recorder.patch(`/api/actions/${action.id}`, { title: null, status: null }, 2).expect(400);
    expect(nulls.body.errors.map((e: { field: string }) => e.field)).toEqual(['title', 'status']);
  });

  it('reassigns the owner, clears optional fields with null, and refuses two owners on update', async () => {
    const org = await fx.organisation('National Network of Parent Carer Forums');
    const action = await fx.action({ title: 'Share the forum briefing', ownerOrganisationId: org, dueOn: '2026-07-01' });
    const mine = await recorder.patch(`/api/actions/${action.id}`, { ownerUserId: recorder.user.id }, 1).expect(200);
    expect(mine.body).toMatchObject({ ownerUserId: recorder.user.id, ownerOrganisationId: null, ownerName: 'Test recorder' });
    const cleared = await recorder.patch(`/api/actions/${action.id}`, { ownerUserId: null, dueOn: null }, 2).expect(200);
    expect(cleared.body).toMatchObject({ ownerUserId: null, ownerOrganisationId: null, ownerName: null, dueOn: null });
    const both = await recorder.patch(`/api/actions/${action.id}`, { ownerUserId: recorder.user.id, ownerOrganisationId: org }, 3).expect(422);
    expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['ownerUserId', 'ownerOrganisationId']);
  });

  it('derives overdue from the London date: yesterday is overdue, today and tomorrow are not, done never is', async () => {
    const [yesterday, today, tomorrow] = await Promise.all(
      [-1, 0, 1].map((days) => fx.action({ title: `Due ${days}`, dueOn: londonDay(days), kind: 'ministerial_commitment' })),
    );
    expect([yesterday.overdue, today.overdue, tomorrow.overdue]).toEqual([true, false, false]);
    const listed = await viewer.get('/api/actions?kind=ministerial_commitment&overdue=true').expect(200);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([yesterday.id]);
    const done = await reviewer.patch(`/api/actions/${yesterday.id}`, { status: 'done', completionNote: 'Letter sent.' }, 1).expect(200);
    expect(done.body.overdue).toBe(false);
  });

  it('moves to done only with a completion note, stamps closedAt, and clears it when reopened', async () => {
    const action = await fx.action({ title: 'Confirm funding letter' });
    const refused = await reviewer.patch(`/api/actions/${action.id}`, { status: 'done' }, 1).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'completionNote', message: expect.stringContaining('required') }]);
    await recorder.post('/api/actions', { title: 'Born done', status: 'done' }).expect(422);
    const noted = await reviewer.patch(`/api/actions/${action.id}`, { completionNote: 'Letter signed by the minister.' }, 1).expect(200);
    const done = await reviewer.patch(`/api/actions/${action.id}`, { status: 'done' }, noted.body.version).expect(200);
    expect(done.body).toMatchObject({ status: 'done', completionNote: 'Letter signed by the minister.' });
    expect(Date.parse(done.body.closedAt)).toBeGreaterThan(Date.now() - 60_000);
    const unnoted = await reviewer.patch(`/api/actions/${action.id}`, { completionNote: null }, done.body.version).expect(422);
    expect(unnoted.body.errors[0].field).toBe('completionNote');
    const reopened = await reviewer.patch(`/api/actions/${action.id}`, { status: 'blocked' }, done.body.version).expect(200);
    expect(reopened.body).toMatchObject({ status: 'blocked', closedAt: null });
    const cancelled = await recorder.patch(`/api/actions/${action.id}`, { status: 'cancelled' }, reopened.body.version).expect(200);
    expect(cancelled.body.closedAt).not.toBeNull();
  });

  it('lets a reviewer change only status, completionNote, dueOn and priority (403 naming the others)', async () => {
    const action = await fx.action({ title: 'Reviewer limits' });
    const before = await fx.counts();
    const refused = await reviewer.patch(`/api/actions/${action.id}`, { title: 'Renamed', classification: 'OFFICIAL_SENSITIVE', priority: 'high' }, 1).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['title', 'classification']);
    expect(await fx.counts()).toEqual(before);
    const ok = await reviewer.patch(`/api/actions/${action.id}`, { priority: 'high', dueOn: '2026-09-01', status: 'in_progress' }, 1).expect(200);
    expect(ok.body).toMatchObject({ priority: 'high', dueOn: '2026-09-01', status: 'in_progress', updatedBy: reviewer.user.id });
    await viewer.patch(`/api/actions/${action.id}`, { priority: 'low' }, 2).expect(403);
  });

  it('adds progress notes newest first with their author, without changing the version', async () => {
    const action = await fx.action({ title: 'Chase the DfE analysts' });
    const first = await reviewer.post(`/api/actions/${action.id}/updates`, { body: '  Asked for the figures.  ' }).expect(201);
    expect(first.body).toMatchObject({ actionId: action.id, body: 'Asked for the figures.', authorId: reviewer.user.id, authorName: 'Test reviewer' });
    await recorder.post(`/api/actions/${action.id}/updates`, { body: 'Figures promised for Friday.' }).expect(201);
    const read = await viewer.get(`/api/actions/${action.id}`).expect(200);
    expect(read.body.updates.map((u: { body: string }) => u.body)).toEqual(['Figures promised for Friday.', 'Asked for the figures.']);
    expect(read.body.version).toBe(1);
    expect(Date.parse(read.body.updatedAt)).toBeGreaterThan(Date.parse(action.updatedAt));
    await recorder.patch(`/api/actions/${action.id}`, { priority: 'low' }, 1).expect(200);
    const blank = await recorder.post(`/api/actions/${action.id}/updates`, { body: ' ' }).expect(400);
    expect(blank.body.errors[0].field).toBe('body');
    await recorder.post(`/api/actions/${action.id}/updates`, { body: 'z'.repeat(20_001) }).expect(400);
    await viewer.post(`/api/actions/${action.id}/updates`, { body: 'Viewer note' }).expect(403);
  });

  it('keeps an audit history of every change, newest first, classified like the action', async () => {
    const action = await fx.action({ title: 'Audit me' });
    await recorder.patch(`/api/actions/${action.id}`, { dueOn: '2026-10-01' }, 1).expect(200);
    await reviewer.post(`/api/actions/${action.id}/updates`, { body: 'On track.' }).expect(201);
    await recorder.patch(`/api/actions/${action.id}`, { classification: 'OFFICIAL_SENSITIVE' }, 2).expect(200);
    const history = await reviewer.get(`/api/audit?entity=action&entityId=${action.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['updated', 'update_added', 'updated', 'created']);
    expect(history.body.items[2]).toMatchObject({ actorId: recorder.user.id, changes: { dueOn: { from: null, to: '2026-10-01' } } });
    expect(history.body.items[1]).toMatchObject({ actorId: reviewer.user.id, changes: { details: { body: 'On track.' } } });
    const viewerHistory = await viewer.get(`/api/audit?entity=action&entityId=${action.id}`).expect(200);
    expect(viewerHistory.body.items.map((e: { action: string }) => e.action)).toEqual(['update_added', 'updated', 'created']);
  });

  it('hides OFFICIAL_SENSITIVE actions from viewers everywhere, as if they did not exist', async () => {
    const secret = await fx.action({ title: 'Sensitive handling plan', classification: 'OFFICIAL_SENSITIVE', ownerUserId: viewer.user.id });
    const open = await fx.action({ title: 'Open handling plan', ownerUserId: viewer.user.id });
    await viewer.get(`/api/actions/${secret.id}`).expect(404);
    await reviewer.get(`/api/actions/${secret.id}`).expect(200);
    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((a) => a.id);
    const list = await viewer.get('/api/actions?q=handling').expect(200);
    expect({ ids: ids(list), total: list.body.total }).toEqual({ ids: [open.id], total: 1 });
    expect((await reviewer.get('/api/actions?q=handling').expect(200)).body.total).toBe(2);
    const mine = await viewer.get('/api/actions/mine').expect(200);
    expect({ ids: ids(mine), total: mine.body.total }).toEqual({ ids: [open.id], total: 1 });
    expect(ids(await viewer.get('/api/actions?owner=me').expect(200))).toEqual([open.id]);
  });

  it('hides a sensitive meeting’s reference from viewers on an OFFICIAL action', async () => {
    const meeting = await fx.meeting('Private briefing', 'OFFICIAL_SENSITIVE');
    const action = await fx.action({ title: 'Public follow-up', meetingId: meeting.id, classification: 'OFFICIAL' });
    expect(action.meetingReference).toBe(meeting.reference);
    expect((await viewer.get(`/api/actions/${action.id}`).expect(200)).body.meetingReference).toBeNull();
  });

  it('replays an idempotent POST without creating twice, and refuses the key with another body', async () => {
    const body = { title: 'Idempotent action', priority: 'low' };
    const before = await fx.counts();
    const first = await recorder.post('/api/actions', body).set('Idempotency-Key', 'create-idempotent-action').expect(201);
    const again = await recorder.post('/api/actions', body).set('Idempotency-Key', 'create-idempotent-action').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await fx.counts()).actions).toBe(before.actions + 1);
    const other = await recorder.post('/api/actions', { ...body, priority: 'high' }).set('Idempotency-Key', 'create-idempotent-action').expect(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
    const note = { body: 'Noted once.' };
    const n1 = await recorder.post(`/api/actions/${first.body.id}/updates`, note).set('Idempotency-Key', 'note-1').expect(201);
    const n2 = await recorder.post(`/api/actions/${first.body.id}/updates`, note).set('Idempotency-Key', 'note-1').expect(201);
    expect(n2.body).toEqual(n1.body);
    expect((await fx.counts()).updates).toBe(before.updates + 1);
  });
});
