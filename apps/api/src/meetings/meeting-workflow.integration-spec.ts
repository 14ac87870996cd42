import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { MeetingFixtures } from './meetings.fixtures';

describe('meetings API: workflow, audit and visibility', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  let f: MeetingFixtures;
  let cdc: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    f = new MeetingFixtures(t, recorder);
    cdc = await f.organisation('Council for Disabled Children');
  });
  afterAll(() => t.close());

  async function draft(extra: object = {}) {
    const body = { title: 'Listening session', type: 'listening_session', startsAt: '2026-03-12T14:00:00Z', purpose: 'Hear from parents', attendees: [{ organisationId: cdc, attendance: 'attended' }], ...extra };
    return (await recorder.post('/api/meetings', body).expect(201)).body;
  }

  it('goes draft → submitted → agreed, each step by the right role, bumping the version', async () => {
    const meeting = await draft();
    await reviewer.post(`/api/meetings/${meeting.id}/submit`).expect(403);
    const submitted = await recorder.post(`/api/meetings/${meeting.id}/submit`).set('If-Match', '"1"').expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 2, statusReason: null, updatedBy: recorder.user.id });
    expect(submitted.headers.etag).toBe('"2"');
    await recorder.post(`/api/meetings/${meeting.id}/agree`).expect(403);
    await viewer.post(`/api/meetings/${meeting.id}/agree`).expect(403);
    const agreed = await reviewer.post(`/api/meetings/${meeting.id}/agree`).expect(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', version: 3 });
  });

  it('refuses a step from the wrong state with 409, and a stale If-Match with 412', async () => {
    const meeting = await draft();
    const early = await reviewer.post(`/api/meetings/${meeting.id}/agree`).expect(409);
    expect(early.body.detail).toBe(`Only a submitted meeting can be agreed; ${meeting.reference} is draft.`);
    await reviewer.post(`/api/meetings/${meeting.id}/return`, { reason: 'x' }).expect(409);
    await reviewer.post(`/api/meetings/${meeting.id}/reopen`, { reason: 'x' }).expect(409);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).set('If-Match', '"7"').expect(412);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).set('If-Match', 'seven').expect(400);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    const again = await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(409);
    expect(again.body.detail).toContain('is submitted');
  });

  it('refuses to submit without an attending organisation or a purpose, listing what is missing', async () => {
    const meeting = await draft({ purpose: '', attendees: [{ organisationId: cdc, attendance: 'apologies' }] });
    const res = await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['attendees', 'purpose']);
    expect((await viewer.get(`/api/meetings/${meeting.id}`)).body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('returns to draft and reopens only with a reason, which the draft then shows', async () => {
    const meeting = await draft();
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    const noReason = await reviewer.post(`/api/meetings/${meeting.id}/return`, {}).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await reviewer.post(`/api/meetings/${meeting.id}/return`, { reason: 'x'.repeat(2001) }).expect(400);
    await recorder.post(`/api/meetings/${meeting.id}/return`, { reason: 'Not mine to return' }).expect(403);
    const returned = await reviewer.post(`/api/meetings/${meeting.id}/return`, { reason: '  Add the attendees from the sign-in sheet ' }).expect(200);
    expect(returned.body).toMatchObject({ status: 'draft', statusReason: 'Add the attendees from the sign-in sheet' });
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    const agreed = await admin.post(`/api/meetings/${meeting.id}/agree`).expect(200);
    expect(agreed.body.statusReason).toBeNull();
    await reviewer.post(`/api/meetings/${meeting.id}/reopen`, { reason: ' ' }).expect(400);
    const reopened = await reviewer.post(`/api/meetings/${meeting.id}/reopen`, { reason: 'Minister asked for a correction' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'draft', statusReason: 'Minister asked for a correction' });
  });

  it('lets recorders edit drafts, reviewers edit submitted meetings, and nobody edit an agreed one', async () => {
    const meeting = await draft();
    await reviewer.patch(`/api/meetings/${meeting.id}`, { summary: 'Reviewer on a draft' }, 1).expect(403);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    const locked = await recorder.patch(`/api/meetings/${meeting.id}`, { summary: 'Recorder after submitting' }, 2).expect(403);
    expect(locked.body.detail).toContain('submitted');
    await reviewer.patch(`/api/meetings/${meeting.id}`, { summary: 'Tidied by private office' }, 2).expect(200);
    await reviewer.post(`/api/meetings/${meeting.id}/agree`).expect(200);
    for (const client of [recorder, reviewer, admin]) {
      const res = await client.patch(`/api/meetings/${meeting.id}`, { summary: 'Too late' }, 4).expect(409);
      expect(res.body.detail).toContain('reopen it first');
    }
    expect((await viewer.get(`/api/meetings/${meeting.id}`)).body).toMatchObject({ summary: 'Tidied by private office', version: 4 });
  });

  it('keeps an audit history of every change and step, with the reasons', async () => {
    const meeting = await draft();
    await recorder.patch(`/api/meetings/${meeting.id}`, { title: 'Listening session in Leeds' }, 1).expect(200);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    await reviewer.post(`/api/meetings/${meeting.id}/return`, { reason: 'Needs a summary' }).expect(200);
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    await reviewer.post(`/api/meetings/${meeting.id}/agree`).expect(200);
    await reviewer.post(`/api/meetings/${meeting.id}/reopen`, { reason: 'Wrong date' }).expect(200);
    const history = await viewer.get(`/api/audit?entity=meeting&entityId=${meeting.id}`).expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['reopened', 'agreed', 'submitted', 'returned', 'submitted', 'updated', 'created']);
    const [reopened, , , returned, , updated] = history.body.items;
    expect(reopened).toMatchObject({ actorId: reviewer.user.id, changes: { status: { from: 'agreed', to: 'draft' }, details: { reason: 'Wrong date' } } });
    expect(returned.changes).toEqual({ status: { from: 'submitted', to: 'draft' }, statusReason: { from: null, to: 'Needs a summary' }, details: { reason: 'Needs a summary' } });
    expect(updated.changes).toEqual({ title: { from: 'Listening session', to: 'Listening session in Leeds' } });
  });

  it('hides a sensitive meeting and its audit from viewers, however they ask, and shows it to everyone else', async () => {
    const meeting = await draft({ title: 'Sensitive bilateral', classification: 'OFFICIAL_SENSITIVE' });
    await viewer.get(`/api/meetings/${meeting.id}`).expect(404);
    expect((await viewer.get('/api/meetings?q=Sensitive')).body).toMatchObject({ items: [], total: 0 });
    expect((await viewer.get(`/api/audit?entity=meeting&entityId=${meeting.id}`)).body.items).toEqual([]);
    await reviewer.get(`/api/meetings/${meeting.id}`).expect(200);
    // Downgrading does not expose the sensitive "before" in the audit: that event stays sensitive too.
    await recorder.patch(`/api/meetings/${meeting.id}`, { classification: 'OFFICIAL' }, 1).expect(200);
    await viewer.get(`/api/meetings/${meeting.id}`).expect(200);
    expect((await viewer.get(`/api/audit?entity=meeting&entityId=${meeting.id}`)).body.items).toEqual([]);
  });

  it('lists the positions stated at a meeting and the actions arising, each filtered by its own classification', async () => {
    const meeting = await draft();
    const ipsea = await f.organisation('IPSEA');
    const position = await f.position(meeting.id, ipsea, 'Worried about tribunal rights');
    await f.position(meeting.id, cdc, 'Sensitive view', 'OFFICIAL_SENSITIVE');
    const action = await f.action(meeting.id, 'Send the consultation timetable');
    await f.action(meeting.id, 'Sensitive follow-up', 'OFFICIAL_SENSITIVE');
    const seen = await viewer.get(`/api/meetings/${meeting.id}`).expect(200);
    expect(seen.body.positions).toEqual([
      {
        id: position,
        organisationId: ipsea,
        organisationName: 'IPSEA',
        proposalId: expect.any(String),
        proposalTitle: 'Proposal for Worried about tribunal rights',
        stance: 'concerns',
        summary: 'Worried about tribunal rights',
        quote: null,
        statedOn: '2026-03-10',
      },
    ]);
    expect(seen.body.actions).toEqual([{ id: action, reference: expect.stringMatching(/^ACT-\d{4}$/), title: 'Send the consultation timetable', status: 'open', kind: 'action', dueOn: '2026-04-01' }]);
    const all = await reviewer.get(`/api/meetings/${meeting.id}`).expect(200);
    expect(all.body.positions).toHaveLength(2);
    expect(all.body.actions.map((a: { title: string }) => a.title)).toEqual(['Send the consultation timetable', 'Sensitive follow-up']);
  });

  it('replays an idempotent transition instead of failing it as a second submit', async () => {
    const meeting = await draft();
    const first = await recorder.post(`/api/meetings/${meeting.id}/submit`).set('Idempotency-Key', 'submit-once').expect(200);
    const again = await recorder.post(`/api/meetings/${meeting.id}/submit`).set('Idempotency-Key', 'submit-once').expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });
});
