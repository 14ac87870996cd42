import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates';
import { addCalendarMonths, addDays } from '../common/working-days';
import { insertRow } from '../testing/insert-row';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { CONSULTATION_RESPONSE_WEEKS } from './response-due';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Item {
  id: string;
  reference: string;
  version: number;
  responseDue: string | null;
  overdue: boolean;
  responseStatus: string;
  thresholds: { responseRequired: boolean; consideredForDebate: boolean } | null;
}

describe('Parliament and public register', () => {
  let t: TestApp;
  let db: DataSource;
  let recorder: TestClient;
  let viewer: TestClient;
  const today = londonDate();
  const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  async function create(body: Record<string, unknown>): Promise<Item> {
    const res = await recorder.post('/api/parliament', { kind: 'committee_report', title: 'Solving the SEND crisis', source: 'Education Committee', publishedOn: today, ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  it('derives each response date by its rule and flags what is overdue until our response is published', async () => {
    const published = addDays(today, -70);
    const report = await create({ publishedOn: published });
    expect(report).toMatchObject({ reference: expect.stringMatching(/^PAR-\d{4}$/), responseDue: addCalendarMonths(published, 2), responseStatus: 'not_started', overdue: true, thresholds: null });

    const closed = addDays(today, -7);
    const consultation = await create({ kind: 'consultation', title: 'SEND reform: putting children first', source: 'Department for Education', publishedOn: addDays(today, -90), closesOn: closed });
    expect(consultation.responseDue).toBe(addDays(closed, CONSULTATION_RESPONSE_WEEKS * 7));
    expect(consultation.overdue).toBe(false);
    const paper = await create({ kind: 'white_paper', title: 'Every child achieving and thriving', source: 'Department for Education' });
    expect(paper.responseDue).toBeNull();

    const overdue = await recorder.get('/api/parliament?overdue=true&pageSize=100').expect(200);
    expect(overdue.body.items.map((i: Item) => i.id)).toContain(report.id);
    expect(overdue.body.items.map((i: Item) => i.id)).not.toContain(consultation.id);

    // Publishing needs the text and the date; once published, it is no longer overdue.
    const incomplete = await recorder.patch(`/api/parliament/${report.id}`, { responseStatus: 'published' }, report.version).expect(422);
    expect(incomplete.headers['content-type']).toContain('application/problem+json');
    expect(incomplete.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['respondedOn', 'responseText']);
    const done = await recorder.patch(`/api/parliament/${report.id}`, { responseStatus: 'published', responseText: 'The government accepts most recommendations.', respondedOn: today }, report.version).expect(200);
    expect(done.body).toMatchObject({ overdue: false, responseStatus: 'published', version: report.version + 1 });
    await recorder.patch(`/api/parliament/${report.id}`, { title: 'Stale' }, report.version).expect(412);
    await recorder.patch(`/api/parliament/${report.id}`, { title: 'No version' }).expect(428);

    const audit = await recorder.get(`/api/audit?entity=parliamentary_item&entityId=${report.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
  });

  it('marks the petition thresholds, and keeps petition fields to petitions', async () => {
    const petition = await create({ kind: 'petition', title: 'Independent inquiry into SEND', source: 'Petitions Committee', petitionNumber: 738484, signatures: 10_500, signaturesCountedOn: today, petitionResponseDue: addDays(today, 14) });
    expect(petition.thresholds).toEqual({ responseRequired: true, consideredForDebate: false });
    expect(petition.responseDue).toBe(addDays(today, 14));
    const more = await recorder.patch(`/api/parliament/${petition.id}`, { signatures: 104_000 }, petition.version).expect(200);
    expect(more.body.thresholds).toEqual({ responseRequired: true, consideredForDebate: true });

    const twice = await recorder.post('/api/parliament', { kind: 'petition', title: 'Again', source: 'Petitions Committee', publishedOn: today, petitionNumber: 738484 }).expect(409);
    expect(twice.body.errors[0].field).toBe('petitionNumber');
    const before = await count('parliamentary_items');
    const wrong = await recorder.post('/api/parliament', { kind: 'committee_report', title: 'X', source: 'Y', publishedOn: addDays(today, 1), signatures: 5 }).expect(422);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['publishedOn', 'signatures']);
    const bad = await recorder.post('/api/parliament', { kind: 'speech', title: '', source: 'Y', publishedOn: '2026-02-30', url: 'javascript:alert(1)' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'publishedOn', 'title', 'url']);
    expect(await count('parliamentary_items')).toBe(before);
  });

  it('records recommendations with their answers, and links them to proposals, positions, meetings and actions', async () => {
    const report = await create({ title: 'Support for children with SEN', source: 'Public Accounts Committee' });
    const first = await recorder.post(`/api/parliament/${report.id}/recommendations`, { number: 1, text: 'Set out a plan to make the system sustainable.' }).expect(201);
    await recorder.post(`/api/parliament/${report.id}/recommendations`, { number: 1, text: 'Again' }).expect(409);
    const unanswered = await recorder.patch(`/api/parliament/${report.id}/recommendations/${first.body.id}`, { answer: 'accepted' }, first.body.version).expect(422);
    expect(unanswered.body.errors[0].field).toBe('answerText');
    const answered = await recorder.patch(`/api/parliament/${report.id}/recommendations/${first.body.id}`, { answer: 'accepted', answerText: 'Set out in the White Paper.' }, first.body.version).expect(200);
    expect(answered.body).toMatchObject({ answer: 'accepted', version: 2 });

    const actor = recorder.user.id;
    const proposalId = await insertRow(db, 'proposals', { title: 'A national framework for support' }, actor);
    const organisationId = await insertRow(db, 'organisations', { name: 'Council for Disabled Children', type: 'sector_body' }, actor);
    const meetingId = await insertRow(db, 'meetings', { title: 'Development group', type: 'development_group', starts_at: new Date(), phase: 'consultation' }, actor);
    const secretId = await insertRow(db, 'meetings', { title: 'Secret talks', type: 'bilateral', starts_at: new Date(), phase: 'consultation', classification: 'OFFICIAL_SENSITIVE' }, actor);
    const positionId = await insertRow(db, 'positions', { organisation_id: organisationId, proposal_id: proposalId, stance: 'support', summary: 'Welcomes it', stated_on: today, phase: 'consultation' }, actor);
    const actionId = await insertRow(db, 'actions', { title: 'Draft the response', meeting_id: meetingId }, actor);

    await recorder.post(`/api/parliament/${report.id}/links`, { recommendationId: first.body.id, proposalId }).expect(201);
    await recorder.post(`/api/parliament/${report.id}/links`, { positionId }).expect(201);
    await recorder.post(`/api/parliament/${report.id}/links`, { meetingId }).expect(201);
    await recorder.post(`/api/parliament/${report.id}/links`, { actionId }).expect(201);
    await recorder.post(`/api/parliament/${report.id}/links`, { meetingId: secretId }).expect(201);
    const again = await recorder.post(`/api/parliament/${report.id}/links`, { meetingId }).expect(409);
    expect(again.body.errors[0].field).toBe('meetingId');
    const two = await recorder.post(`/api/parliament/${report.id}/links`, { meetingId, actionId }).expect(422);
    expect(two.body.errors[0].field).toBe('actionId');
    expect((await recorder.post(`/api/parliament/${report.id}/links`, {}).expect(422)).body.errors[0].field).toBe('proposalId');
    expect((await recorder.post(`/api/parliament/${report.id}/links`, { actionId: UNKNOWN }).expect(422)).body.errors[0].field).toBe('actionId');
    expect((await recorder.post(`/api/parliament/${report.id}/links`, { recommendationId: UNKNOWN, actionId }).expect(422)).body.errors[0].field).toBe('recommendationId');

    const detail = await recorder.get(`/api/parliament/${report.id}`).expect(200);
    expect(detail.body.recommendationCount).toBe(1);
    expect(detail.body.links.map((l: { kind: string; label: string }) => `${l.kind}: ${l.label}`)).toEqual([
      'position: Council for Disabled Children on A national framework for support (' + today + ')',
      expect.stringMatching(/^meeting: MTG-\d+: Development group$/),
      expect.stringMatching(/^action: ACT-\d+: Draft the response$/),
      expect.stringMatching(/^meeting: MTG-\d+: Secret talks$/),
      'proposal: A national framework for support',
    ]);
    // A viewer sees the register but not the sensitive meeting's title, and cannot change anything.
    const seen = await viewer.get(`/api/parliament/${report.id}`).expect(200);
    expect(seen.body.links.map((l: { label: string }) => l.label).join()).not.toContain('Secret talks');
    await viewer.post(`/api/parliament/${report.id}/links`, { proposalId }).expect(403);

    const linked = await recorder.get(`/api/parliament?proposalId=${proposalId}`).expect(200);
    expect(linked.body.items.map((i: Item) => i.id)).toEqual([report.id]);

    const meetingLink = detail.body.links.find((l: { label: string }) => l.label.endsWith('Development group'));
    await recorder.delete(`/api/parliament/${report.id}/links/${meetingLink.id}`).expect(204);
    await recorder.delete(`/api/parliament/${report.id}/links/${meetingLink.id}`).expect(404);

    // Deleting a linked record takes its links with it rather than leaving them pointing at nothing.
    await db.query(`DELETE FROM actions WHERE id = $1`, [actionId]);
    expect((await recorder.get(`/api/parliament/${report.id}`).expect(200)).body.links).toHaveLength(3);

    const paper = await create({ kind: 'white_paper', title: 'A paper', source: 'DfE' });
    const none = await recorder.post(`/api/parliament/${paper.id}/recommendations`, { number: 1, text: 'x' }).expect(422);
    expect(none.body.errors[0].field).toBe('number');
  });

  it('hides a sensitive item from viewers as if it did not exist', async () => {
    const hidden = await create({ title: 'Draft response plan', classification: 'OFFICIAL_SENSITIVE' });
    await viewer.get(`/api/parliament/${hidden.id}`).expect(404);
    const list = await viewer.get('/api/parliament?pageSize=100').expect(200);
    expect(list.body.items.map((i: Item) => i.id)).not.toContain(hidden.id);
  });
});
