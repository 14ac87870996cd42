import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { deadlineOf, workingDaysBetween } from './deadlines';
import { endOfWeek } from './information-request-list';
import { addDays } from '../common/working-days';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Req {
  id: string;
  reference: string;
  version: number;
  deadline: string | null;
  status: string;
  paused: boolean;
  overdue: boolean;
  requesterName: string | null;
  requesterEmail: string | null;
}

describe('information requests register', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  const today = londonDate();
  const count = async () => Number((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM information_requests`))[0].n);

  async function create(body: Record<string, unknown>, as: TestClient = recorder): Promise<Req> {
    const res = await as.post('/api/information-requests', { type: 'foi', receivedOn: today, requesterName: 'Jo Bloggs', requesterEmail: 'jo@example.org', summary: 'All minutes of the development group', ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const pause = (r: Req, body: object) => recorder.post(`/api/information-requests/${r.id}/pause`, body).set('If-Match', `"${r.version}"`);
  const resume = (r: Req, body: object) => recorder.post(`/api/information-requests/${r.id}/resume`, body).set('If-Match', `"${r.version}"`);

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  it('logs a request with its statutory deadline, and keeps the requester from viewers and from the audit', async () => {
    const received = addDays(today, -3);
    const created = await create({ receivedOn: received, ownerUserId: reviewer.user.id });
    expect(created).toMatchObject({
      reference: expect.stringMatching(/^REQ-\d{4}$/),
      status: 'received',
      deadline: deadlineOf({ type: 'foi', receivedOn: received, extensionMonths: 0, pauses: [] }),
      paused: false,
      overdue: false,
      requesterName: 'Jo Bloggs',
      ownerName: 'Test reviewer',
      pauses: [],
    });
    expect(workingDaysBetween(received, created.deadline as string)).toBe(20);
    const seen = (await viewer.get(`/api/information-requests/${created.id}`).expect(200)).body;
    expect(seen).toMatchObject({ requesterName: null, requesterEmail: null, summary: 'All minutes of the development group' });
    const history = JSON.stringify((await reviewer.get(`/api/audit?entity=information_request&entityId=${created.id}`).expect(200)).body);
    expect(history).toContain('[personal data]');
    expect(history).not.toMatch(/Jo Bloggs|jo@example\.org/);
  });

  it('refuses bad input naming each field, and keeps nothing', async () => {
    const before = await count();
    const missing = await recorder.post('/api/information-requests', {}).expect(400);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = (res: { body: { errors: { field: string }[] } }) => [...new Set(res.body.errors.map((e) => e.field))].sort();
    expect(fields(missing)).toEqual(['receivedOn', 'requesterName', 'summary', 'type']);
    const bad = await recorder.post('/api/information-requests', { type: 'fio', receivedOn: '2026-02-30', requesterName: 'x', requesterEmail: 'not-an-email', summary: 's' }).expect(400);
    expect(fields(bad)).toEqual(['receivedOn', 'requesterEmail', 'type']);
    const future = await recorder.post('/api/information-requests', { type: 'foi', receivedOn: addDays(today, 1), requesterName: 'x', summary: 's' }).expect(422);
    expect(future.body.errors).toEqual([{ field: 'receivedOn', message: 'receivedOn cannot be in the future' }]);
    const owner = await recorder.post('/api/information-requests', { type: 'foi', receivedOn: today, requesterName: 'x', summary: 's', ownerUserId: UNKNOWN }).expect(422);
    expect(owner.body.errors[0].field).toBe('ownerUserId');
    await viewer.post('/api/information-requests', { type: 'foi', receivedOn: today, requesterName: 'x', summary: 's' }).expect(403);
    expect(await count()).toBe(before);
  });

  it('moves through its statuses, needs a date to record the response, and changes no more once closed', async () => {
    const r = await create({});
    await recorder.patch(`/api/information-requests/${r.id}`, { status: 'searching' }).expect(428);
    const searching = (await recorder.patch(`/api/information-requests/${r.id}`, { status: 'searching' }, r.version).expect(200)).body;
    await recorder.patch(`/api/information-requests/${r.id}`, { status: 'drafting' }, r.version).expect(412);
    const undated = await recorder.patch(`/api/information-requests/${r.id}`, { status: 'responded' }, searching.version).expect(422);
    expect(undated.body.errors).toEqual([{ field: 'respondedOn', message: 'respondedOn is needed to record a response' }]);
    const early = await recorder.patch(`/api/information-requests/${r.id}`, { status: 'responded', respondedOn: addDays(today, -400) }, searching.version).expect(422);
    expect(early.body.errors[0]).toEqual({ field: 'respondedOn', message: 'respondedOn must be on or after receivedOn' });
    const done = (await recorder.patch(`/api/information-requests/${r.id}`, { status: 'responded', respondedOn: today }, searching.version).expect(200)).body;
    expect(done).toMatchObject({ status: 'responded', respondedOn: today, overdue: false });
    const closed = await recorder.patch(`/api/information-requests/${r.id}`, { summary: 'Changed afterwards' }, done.version).expect(422);
    expect(closed.body.errors[0].field).toBe('status');
  });

  it('extends only a subject access request, by up to two months and with a reason', async () => {
    const sar = await create({ type: 'sar', receivedOn: addDays(today, -10) });
    expect(sar.deadline).toBe(deadlineOf({ type: 'sar', receivedOn: addDays(today, -10), extensionMonths: 0, pauses: [] }));
    const unexplained = await recorder.patch(`/api/information-requests/${sar.id}`, { extensionMonths: 2 }, sar.version).expect(422);
    expect(unexplained.body.errors).toEqual([{ field: 'extensionReason', message: 'extensionReason is needed to extend a request' }]);
    const tooLong = await recorder.patch(`/api/information-requests/${sar.id}`, { extensionMonths: 3, extensionReason: 'Complex' }, sar.version).expect(400);
    expect(tooLong.body.errors[0].field).toBe('extensionMonths');
    const extended = (await recorder.patch(`/api/information-requests/${sar.id}`, { extensionMonths: 2, extensionReason: 'Records held across three teams' }, sar.version).expect(200)).body;
    expect(extended.deadline).toBe(deadlineOf({ type: 'sar', receivedOn: addDays(today, -10), extensionMonths: 2, pauses: [] }));
    const foi = await create({});
    const refused = await recorder.patch(`/api/information-requests/${foi.id}`, { extensionMonths: 1, extensionReason: 'Busy' }, foi.version).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'extensionMonths', message: 'Only a subject access request can be extended by months' }]);
  });

  it('stops the clock for clarification and restarts it with the paused days added', async () => {
    const received = addDays(today, -20);
    const r = await create({ receivedOn: received });
    const asked = addDays(received, 2);
    const paused = (await pause(r, { from: asked, reason: 'Asked which meetings are meant' }).expect(200)).body;
    expect(paused).toMatchObject({ deadline: null, paused: true, pauses: [{ from: asked, to: null, reason: 'Asked which meetings are meant' }] });
    expect((await pause(paused, { from: asked, reason: 'Again' }).expect(422)).body.errors[0].field).toBe('from');
    expect((await resume(paused, { to: addDays(asked, -1) }).expect(422)).body.errors[0].field).toBe('to');
    await resume(r, { to: addDays(asked, 5) }).expect(412);
    const answered = addDays(asked, 7);
    const resumed = (await resume(paused, { to: answered }).expect(200)).body;
    const expected = deadlineOf({ type: 'foi', receivedOn: received, extensionMonths: 0, pauses: [{ from: asked, to: answered }] });
    expect(resumed).toMatchObject({ deadline: expected, paused: false, pauses: [{ from: asked, to: answered }] });
    expect(workingDaysBetween(received, expected as string) - workingDaysBetween(asked, answered)).toBe(20);
    expect((await resume(resumed, { to: today }).expect(422)).body.errors[0].field).toBe('to');
    expect((await pause(resumed, { from: addDays(answered, -1), reason: 'Overlap' }).expect(422)).body.errors[0].field).toBe('from');
  });

  it('lists overdue, due this week and my requests, soonest deadline first, and hides sensitive ones from viewers', async () => {
    const late = await create({ receivedOn: addDays(today, -60), summary: 'Correspondence with the Council for Disabled Children', ownerUserId: recorder.user.id });
    const secret = await create({ receivedOn: addDays(today, -59), summary: 'Advice to ministers on tribunal reform', classification: 'OFFICIAL_SENSITIVE', requesterName: 'Sam Secret' });
    const list = async (client: TestClient, query: string) => ((await client.get(`/api/information-requests?${query}`).expect(200)).body.items as Req[]).map((r) => r.reference);
    expect((await list(recorder, 'overdue=true')).slice(0, 2)).toEqual([late.reference, secret.reference]);
    expect(await list(viewer, 'overdue=true')).toEqual([late.reference]);
    expect(await list(recorder, 'owner=me')).toEqual([late.reference]);
    expect(await list(recorder, 'q=tribunal')).toEqual([secret.reference]);
    expect(await list(recorder, 'q=Sam%20Secret')).toEqual([secret.reference]);
    expect(await list(viewer, 'q=Sam%20Secret')).toEqual([]);
    expect(await list(recorder, `q=${late.reference}`)).toEqual([late.reference]);

    // Due this week: a request received so its twentieth working day falls between today and Sunday (none on a Sunday).
    let received: string | null = null;
    for (let back = 0; back < 40 && !received; back++) {
      const candidate = addDays(today, -back);
      const due = deadlineOf({ type: 'foi', receivedOn: candidate, extensionMonths: 0, pauses: [] }) as string;
      if (due >= today && due <= endOfWeek(today)) received = candidate;
    }
    const thisWeek = received ? await create({ receivedOn: received, summary: 'Due this week' }) : null;
    const due = await list(recorder, 'dueThisWeek=true&pageSize=100');
    expect(due).toEqual(thisWeek ? [thisWeek.reference] : []);

    const bad = await recorder.get('/api/information-requests?sort=requester&status=pending&type=x').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'type']);
    expect((await recorder.get('/api/information-requests?sort=requester').expect(400)).body.errors[0].field).toBe('sort');
  });
});
