import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { PositionFixtures } from './positions.fixtures';

type Listed = { items: { id: string }[]; total: number };
const ids = (body: Listed) => body.items.map((i) => i.id);

describe('OFFICIAL_SENSITIVE positions', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  let fx: PositionFixtures;
  let proposalId: string;
  let sensitiveMeeting: { id: string; reference: string };
  let whistle: string;
  let secretOnly: string;
  let open: string;
  let official: { id: string };
  let inherited: { id: string; classification: string };
  let overridden: { id: string; meetingReference: string | null };

  async function state(body: object) {
    const res = await recorder.post('/api/positions', { proposalId, summary: 'Said in confidence about funding.', ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    fx = new PositionFixtures(t, recorder);
    proposalId = await fx.proposal('Funding reform for high needs');
    sensitiveMeeting = await fx.meeting('Private bilateral with the minister', 'OFFICIAL_SENSITIVE');
    whistle = await fx.organisation('Whistle Trust');
    secretOnly = await fx.organisation('Quiet Partnership');
    open = await fx.organisation('Open Voices');
    official = await state({ organisationId: whistle, stance: 'concerns', summary: 'Public letter on high needs funding.', statedOn: '2026-03-01' });
    inherited = await state({ organisationId: whistle, stance: 'support', meetingId: sensitiveMeeting.id, statedOn: '2026-03-15' });
    await state({ organisationId: secretOnly, stance: 'oppose', statedOn: '2026-03-02', classification: 'OFFICIAL_SENSITIVE' });
    overridden = await state({ organisationId: open, stance: 'neutral', summary: 'Agreed to be quoted publicly.', meetingId: sensitiveMeeting.id, statedOn: '2026-03-15', classification: 'OFFICIAL' });
  });
  afterAll(() => t.close());

  it('takes the classification of the meeting it was said at unless one is chosen', async () => {
    expect(inherited.classification).toBe('OFFICIAL_SENSITIVE');
    expect(overridden).toMatchObject({ classification: 'OFFICIAL', meetingReference: sensitiveMeeting.reference });
  });

  it('answers a viewer’s direct read with 404, and hides the sensitive meeting’s reference beside an OFFICIAL position', async () => {
    await viewer.get(`/api/positions/${inherited.id}`).expect(404);
    await reviewer.get(`/api/positions/${inherited.id}`).expect(200);
    const seen = await viewer.get(`/api/positions/${overridden.id}`).expect(200);
    expect(seen.body).toMatchObject({ meetingId: sensitiveMeeting.id, meetingReference: null });
  });

  it('leaves sensitive positions out of a viewer’s history, search, filters and totals', async () => {
    const mine = (await viewer.get(`/api/positions?organisationId=${whistle}&proposalId=${proposalId}`).expect(200)).body;
    expect(ids(mine)).toEqual([official.id]);
    expect(mine.total).toBe(1);
    expect(ids((await recorder.get(`/api/positions?organisationId=${whistle}&proposalId=${proposalId}`).expect(200)).body)).toEqual([inherited.id, official.id]);
    expect((await viewer.get('/api/positions?q=confidence').expect(200)).body.total).toBe(0);
    expect((await recorder.get('/api/positions?q=confidence').expect(200)).body.total).toBe(2);
    expect((await viewer.get(`/api/positions?meetingId=${sensitiveMeeting.id}`).expect(200)).body.total).toBe(1);
    expect((await viewer.get(`/api/positions?proposalId=${proposalId}`).expect(200)).body.total).toBe(2);
    expect((await reviewer.get(`/api/positions?proposalId=${proposalId}`).expect(200)).body.total).toBe(4);
  });

  it('gives a viewer the latest position they may see as current', async () => {
    const forViewer = (await viewer.get(`/api/positions/current?proposalId=${proposalId}&sort=organisationName`).expect(200)).body;
    expect(ids(forViewer)).toEqual([overridden.id, official.id]);
    expect(forViewer.total).toBe(2);
    const forRecorder = (await recorder.get(`/api/positions/current?proposalId=${proposalId}&sort=organisationName`).expect(200)).body;
    expect(forRecorder.total).toBe(3);
    expect(ids(forRecorder)).toContain(inherited.id);
  });

  it('shows a viewer the matrix without sensitive cells, rows or counts', async () => {
    const forViewer = (await viewer.get(`/api/positions/matrix?proposalId=${proposalId}`).expect(200)).body;
    expect(forViewer.rows.map((r: { organisation: { name: string }; cells: { stance: string }[] }) => [r.organisation.name, r.cells[0].stance])).toEqual([
      ['Open Voices', 'neutral'],
      ['Whistle Trust', 'concerns'],
    ]);
    expect(forViewer.total).toBe(2);
    const forRecorder = (await recorder.get(`/api/positions/matrix?proposalId=${proposalId}`).expect(200)).body;
    expect(forRecorder.total).toBe(3);
    expect(forRecorder.rows[1]).toMatchObject({ organisation: { name: 'Quiet Partnership' }, cells: [{ stance: 'oppose' }] });
    expect(forRecorder.rows[2].cells[0]).toMatchObject({ stance: 'support', positionId: inherited.id });
    const empty = (await viewer.get(`/api/positions/matrix?proposalId=${proposalId}&includeEmpty=true&q=quiet`).expect(200)).body;
    expect(empty.rows).toEqual([{ organisation: { id: secretOnly, name: 'Quiet Partnership', type: 'charity' }, cells: [null] }]);
  });

  it('hides the audit of a sensitive position, and a correction that makes one sensitive, from viewers', async () => {
    expect((await viewer.get(`/api/audit?entity=position&entityId=${inherited.id}`).expect(200)).body.items).toEqual([]);
    expect((await reviewer.get(`/api/audit?entity=position&entityId=${inherited.id}`).expect(200)).body.items).toHaveLength(1);
    const [openEntry] = (await viewer.get(`/api/audit?entity=position&entityId=${overridden.id}`).expect(200)).body.items;
    expect(openEntry.changes).toMatchObject({ meetingId: { from: null, to: sensitiveMeeting.id }, classification: { from: null, to: 'OFFICIAL' } });
    expect(JSON.stringify(openEntry)).not.toContain(sensitiveMeeting.reference);

    // Moved to the sensitive meeting: it becomes sensitive (not chosen otherwise), and so does the record of the move.
    const moved = await recorder.patch(`/api/positions/${official.id}`, { meetingId: sensitiveMeeting.id }, 1).expect(200);
    expect(moved.body.classification).toBe('OFFICIAL_SENSITIVE');
    await viewer.get(`/api/positions/${official.id}`).expect(404);
    const trail = (await viewer.get(`/api/audit?entity=position&entityId=${official.id}`).expect(200)).body.items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['created']);
    expect((await viewer.get(`/api/positions/current?organisationId=${whistle}`).expect(200)).body.total).toBe(0);

    // Back to OFFICIAL by choice: the correction's record stays sensitive, since its "before" was.
    await recorder.patch(`/api/positions/${official.id}`, { classification: 'OFFICIAL' }, 2).expect(200);
    expect((await viewer.get(`/api/audit?entity=position&entityId=${official.id}`).expect(200)).body.items).toHaveLength(1);
    await viewer.get(`/api/positions/${official.id}`).expect(200);
  });
});
