import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('a meeting made OFFICIAL-SENSITIVE', () => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  it('takes its positions and actions with it, out of viewers\' sight, with an audit trail', async () => {
    const org = (await admin.post('/api/organisations', { name: 'Local Authority A', type: 'local_authority' }).expect(201)).body;
    const proposal = (await admin.post('/api/proposals', { title: 'Independent advocacy for families', summary: 'Access to advocacy.' }).expect(201)).body;
    const meeting = (await admin.post('/api/meetings', { title: 'Bilateral', type: 'bilateral', startsAt: '2026-10-01T10:00:00Z', attendees: [{ organisationId: org.id, contactIds: [], attendance: 'attended' }] }).expect(201)).body;
    const position = (await admin.post('/api/positions', { organisationId: org.id, proposalId: proposal.id, stance: 'concerns', summary: 'Worried about capacity.', meetingId: meeting.id, statedOn: '2026-10-01' }).expect(201)).body;
    const action = (await admin.post('/api/actions', { title: 'Share the capacity model', meetingId: meeting.id }).expect(201)).body;
    await viewer.get(`/api/positions/${position.id}`).expect(200);

    await admin.patch(`/api/meetings/${meeting.id}`, { classification: 'OFFICIAL_SENSITIVE' }, meeting.version).expect(200);

    for (const url of [`/api/positions/${position.id}`, `/api/actions/${action.id}`]) {
      const raised = (await admin.get(url).expect(200)).body;
      expect(raised).toMatchObject({ classification: 'OFFICIAL_SENSITIVE', version: 2 });
      await viewer.get(url).expect(404);
    }
    const history = (await admin.get(`/api/audit?entity=position&entityId=${position.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ action: 'reclassified', changes: { classification: { from: 'OFFICIAL', to: 'OFFICIAL_SENSITIVE' } } });
  });
});
