import { londonDate } from '../common/dates';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { PositionFixtures, londonDayOffset } from './positions.fixtures';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
type Item = { id: string; stance: string; statedOn: string; summary: string };
const ids = (body: { items: Item[] }) => body.items.map((i) => i.id);

describe('positions API', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let fx: PositionFixtures;
  let proposalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    fx = new PositionFixtures(t, recorder);
    proposalId = await fx.proposal('Inclusion bases in every mainstream school', { themeIds: [await fx.themeId('local_provision')] });
  });
  afterAll(() => t.close());

  async function state(body: object): Promise<Item & Record<string, unknown>> {
    const res = await recorder.post('/api/positions', body);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it('records a statement with the names beside the ids, derives its phase and reads back with an ETag', async () => {
    const organisationId = await fx.organisation('IPSEA');
    const meeting = await fx.meeting('Consultation roundtable');
    const created = await state({ organisationId, proposalId, stance: 'concerns', summary: '  Worried about legal entitlements.  ', quote: ' "Rights must not be diluted." ', meetingId: meeting.id, statedOn: '2026-03-10' });
    expect(created).toMatchObject({
      organisationId, organisationName: 'IPSEA', proposalId, proposalTitle: 'Inclusion bases in every mainstream school', stance: 'concerns',
      summary: 'Worried about legal entitlements.', quote: '"Rights must not be diluted."', meetingId: meeting.id, meetingReference: meeting.reference,
      statedOn: '2026-03-10', phase: 'consultation', classification: 'OFFICIAL', version: 1, createdBy: recorder.user.id, updatedBy: recorder.user.id,
    });
    const res = await viewer.get(`/api/positions/${created.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toEqual(created);
    expect(res.body.search).toBeUndefined();

    const written = await state({ organisationId, proposalId, stance: 'oppose', summary: 'Letter to the department.', quote: '   ', statedOn: '2025-10-01' });
    expect(written).toMatchObject({ meetingId: null, meetingReference: null, quote: null, phase: 'national_conversation' });
    const chosen = await state({ organisationId, proposalId, stance: 'oppose', summary: 'Late response.', statedOn: '2026-02-23', phase: 'consultation' });
    expect(chosen.phase).toBe('consultation');
  });

  it('names every invalid field, refuses fields nobody may set and a future date, and writes nothing', async () => {
    const before = await fx.count('positions');
    const res = await recorder
      .post('/api/positions', { organisationId: 'x', proposalId, stance: 'maybe', summary: ' ', quote: 'q'.repeat(5001), statedOn: '2026-02-30', phase: 'later', classification: 'SECRET', version: 3, status: 'x' })
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['organisationId', 'stance', 'summary', 'quote', 'statedOn', 'phase', 'classification', 'version', 'status']));
    expect(fields).not.toContain('proposalId');
    await recorder.post('/api/positions', { organisationId: UNKNOWN, proposalId, stance: 'support', summary: 'x'.repeat(20_001), statedOn: '2026-01-01' }).expect(400);
    const tomorrow = londonDayOffset(londonDate(), 1);
    const future = await recorder.post('/api/positions', { organisationId: UNKNOWN, proposalId, stance: 'support', summary: 'Ahead of time.', statedOn: tomorrow }).expect(400);
    expect(future.body.errors).toEqual([{ field: 'statedOn', message: expect.stringContaining('after today') }]);
    expect(await fx.count('positions')).toBe(before);
  });

  it('refuses unknown references with 422 naming each field, and writes nothing', async () => {
    const before = [await fx.count('positions'), await fx.count('audit_events')];
    const res = await recorder.post('/api/positions', { organisationId: UNKNOWN, proposalId: UNKNOWN, meetingId: UNKNOWN, stance: 'support', summary: 'Nobody.', statedOn: '2026-01-01' }).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['meetingId', 'organisationId', 'proposalId']);
    expect([await fx.count('positions'), await fx.count('audit_events')]).toEqual(before);
  });

  it('answers 400 for a non-UUID id and 404 for an unknown one; viewers may not write; there is no DELETE', async () => {
    const bad = await viewer.get('/api/positions/not-a-uuid').expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    await viewer.get(`/api/positions/${UNKNOWN}`).expect(404);
    await viewer.post('/api/positions', { organisationId: UNKNOWN, proposalId, stance: 'support', summary: 'x', statedOn: '2026-01-01' }).expect(403);
    const organisationId = await fx.organisation('Viewer target');
    const p = await state({ organisationId, proposalId, stance: 'support', summary: 'x', statedOn: '2026-01-01' });
    await viewer.patch(`/api/positions/${p.id}`, { stance: 'oppose' }, 1).expect(403);
    await recorder.delete(`/api/positions/${p.id}`, 1).expect(404);
  });

  it('keeps the history of a pair newest first and gives the latest as current', async () => {
    const organisationId = await fx.organisation('National Network of Parent Carer Forums', 'national_parent_group');
    const first = await state({ organisationId, proposalId, stance: 'concerns', summary: 'Early view.', statedOn: '2025-11-01' });
    const later = await state({ organisationId, proposalId, stance: 'support_with_conditions', summary: 'After the white paper.', statedOn: '2026-03-12' });
    const sameDay = await state({ organisationId, proposalId, stance: 'support', summary: 'Follow-up the same day.', statedOn: '2026-03-12' });
    const backdated = await state({ organisationId, proposalId, stance: 'neutral', summary: 'Found an older letter.', statedOn: '2025-10-15' });
    const history = await viewer.get(`/api/positions?organisationId=${organisationId}&proposalId=${proposalId}`).expect(200);
    expect(ids(history.body)).toEqual([sameDay.id, later.id, first.id, backdated.id]);
    expect(history.body).toMatchObject({ total: 4, totalIsLowerBound: false, page: 1, pageSize: 25 });
    const current = await viewer.get(`/api/positions/current?organisationId=${organisationId}&proposalId=${proposalId}`).expect(200);
    expect(ids(current.body)).toEqual([sameDay.id]);
    // Within a phase, the latest statement in that phase.
    const inPhase = await viewer.get(`/api/positions/current?organisationId=${organisationId}&phase=national_conversation`).expect(200);
    expect(ids(inPhase.body)).toEqual([first.id]);
    const asAt = await viewer.get(`/api/positions/current?organisationId=${organisationId}&to=2026-01-01`).expect(200);
    expect(ids(asAt.body)).toEqual([first.id]);
    // Record filters apply to the current statement: its current stance is not "concerns".
    expect((await viewer.get(`/api/positions/current?organisationId=${organisationId}&stance=concerns`).expect(200)).body.total).toBe(0);
  });

  it('lists with filters, sorting and paging, and gives one current position per pair', async () => {
    const org = await fx.organisation('Contact (filters)');
    const other = await fx.organisation('Sense (filters)');
    const fairness = await fx.proposal('Clearer national standards', { themeIds: [await fx.themeId('fairness')] });
    const meeting = await fx.meeting('Listening session on standards');
    const a = await state({ organisationId: org, proposalId: fairness, stance: 'oppose', summary: 'Tribunal access matters most.', statedOn: '2025-12-01' });
    const b = await state({ organisationId: org, proposalId: fairness, stance: 'support', summary: 'Welcomes national standards.', meetingId: meeting.id, statedOn: '2026-03-11' });
    const c = await state({ organisationId: other, proposalId: fairness, stance: 'concerns', summary: 'Deafblind children need specialist input.', statedOn: '2026-03-15' });
    const d = await state({ organisationId: org, proposalId, stance: 'neutral', summary: 'No view on inclusion bases yet.', statedOn: '2026-04-01' });
    const get = async (q: string) => (await viewer.get(`/api/positions?${q}`).expect(200)).body;

    expect(ids(await get(`organisationId=${org}`))).toEqual([d.id, b.id, a.id]);
    expect(ids(await get(`proposalId=${fairness}`))).toEqual([c.id, b.id, a.id]);
    expect(ids(await get(`meetingId=${meeting.id}`))).toEqual([b.id]);
    expect(ids(await get(`proposalId=${fairness}&stance=oppose&stance=concerns`))).toEqual([c.id, a.id]);
    expect(ids(await get(`proposalId=${fairness}&stance=support`))).toEqual([b.id]);
    expect(ids(await get(`organisationId=${org}&phase=national_conversation`))).toEqual([a.id]);
    expect(ids(await get(`themeId=${await fx.themeId('fairness')}`))).toEqual([c.id, b.id, a.id]);
    expect(ids(await get(`proposalId=${fairness}&from=2026-03-11&to=2026-03-14`))).toEqual([b.id]);
    expect(ids(await get(`q=tribunal`))).toEqual([a.id]);
    expect(ids(await get(`proposalId=${fairness}&sort=stance`))).toEqual([b.id, c.id, a.id]);
    expect(ids(await get(`proposalId=${fairness}&sort=statedOn`))).toEqual([a.id, b.id, c.id]);
    expect(ids(await get(`proposalId=${fairness}&sort=-createdAt`))).toEqual([c.id, b.id, a.id]);
    const paged = await get(`proposalId=${fairness}&pageSize=2&page=2`);
    expect(paged).toMatchObject({ page: 2, pageSize: 2, total: 3, totalIsLowerBound: false });
    expect(ids(paged)).toEqual([a.id]);

    expect(ids((await viewer.get(`/api/positions/current?proposalId=${fairness}`).expect(200)).body)).toEqual([c.id, b.id]);
    expect(ids((await viewer.get(`/api/positions/current?proposalId=${fairness}&sort=organisationName`).expect(200)).body)).toEqual([b.id, c.id]);
    expect(ids((await viewer.get(`/api/positions/current?organisationId=${org}&sort=proposalTitle`).expect(200)).body)).toEqual([b.id, d.id]);

    for (const bad of ['sort=colour', 'stance=maybe', 'phase=later', 'from=2026-13-01', 'themeId=x', 'pageSize=101', 'colour=red']) {
      await viewer.get(`/api/positions?${bad}`).expect(400);
      await viewer.get(`/api/positions/current?${bad}`).expect(400);
    }
    const order = await viewer.get('/api/positions?from=2026-03-01&to=2026-02-01').expect(400);
    expect(order.body.errors).toEqual([{ field: 'to', message: 'to must be on or after from' }]);
  });

  it('corrects a statement only with the current version, audits before → after, and keeps nothing of a refused correction', async () => {
    const organisationId = await fx.organisation('Speech and Language UK');
    const p = await state({ organisationId, proposalId, stance: 'concerns', summary: 'Therapy capacity.', statedOn: '2026-03-10' });
    const missing = await recorder.patch(`/api/positions/${p.id}`, { stance: 'oppose' }).expect(428);
    expect(missing.body.title).toBe('Version required');
    const ok = await recorder.patch(`/api/positions/${p.id}`, { stance: 'support_with_conditions', quote: 'With therapists in every trust.' }, 1).expect(200);
    expect(ok.body).toMatchObject({ id: p.id, stance: 'support_with_conditions', quote: 'With therapists in every trust.', version: 2, updatedBy: recorder.user.id });
    expect(ok.headers.etag).toBe('"2"');
    const stale = await recorder.patch(`/api/positions/${p.id}`, { stance: 'oppose' }, 1).expect(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });

    const before = await fx.count('audit_events');
    const refused = await recorder.patch(`/api/positions/${p.id}`, { stance: 'oppose', meetingId: UNKNOWN }, 2).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'meetingId', message: expect.stringContaining('no meeting') }]);
    await recorder.patch(`/api/positions/${p.id}`, { stance: null }, 2).expect(400);
    await recorder.patch(`/api/positions/${p.id}`, { statedOn: londonDayOffset(londonDate(), 1) }, 2).expect(400);
    await recorder.patch(`/api/positions/${p.id}`, { createdBy: viewer.user.id }, 2).expect(400);
    expect(await fx.count('audit_events')).toBe(before);
    expect((await viewer.get(`/api/positions/${p.id}`).expect(200)).body).toMatchObject({ stance: 'support_with_conditions', version: 2 });

    // A derived phase follows a corrected date.
    const redated = await recorder.patch(`/api/positions/${p.id}`, { statedOn: '2025-11-20' }, 2).expect(200);
    expect(redated.body).toMatchObject({ statedOn: '2025-11-20', phase: 'national_conversation', version: 3 });

    const history = await viewer.get(`/api/audit?entity=position&entityId=${p.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['corrected', 'corrected', 'created']);
    expect(history.body.items[1]).toMatchObject({
      actorId: recorder.user.id,
      changes: { stance: { from: 'concerns', to: 'support_with_conditions' }, quote: { from: null, to: 'With therapists in every trust.' } },
    });
    expect(history.body.items[0].changes).toEqual({ statedOn: { from: '2026-03-10', to: '2025-11-20' }, phase: { from: 'consultation', to: 'national_conversation' } });
  });

  it('replays an idempotent POST without recording the statement twice', async () => {
    const organisationId = await fx.organisation('Mencap');
    const body = { organisationId, proposalId, stance: 'support', summary: 'Supports inclusion bases.', statedOn: '2026-03-20' };
    const first = await recorder.post('/api/positions', body).set('Idempotency-Key', 'mencap-position-1').expect(201);
    const again = await recorder.post('/api/positions', body).set('Idempotency-Key', 'mencap-position-1').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await viewer.get(`/api/positions?organisationId=${organisationId}`)).body.total).toBe(1);
  });
});
