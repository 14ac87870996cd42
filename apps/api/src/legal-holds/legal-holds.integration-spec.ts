import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('legal holds', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let org: { id: string; version: number };
  let other: { id: string; version: number };
  let contact: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    org = (await recorder.post('/api/organisations', { name: 'Held Trust', type: 'charity' }).expect(201)).body;
    other = (await recorder.post('/api/organisations', { name: 'Held Trust (duplicate)', type: 'charity' }).expect(201)).body;
    contact = (await recorder.post('/api/contacts', { organisationId: org.id, name: 'Hal Holden', email: 'hal@held.example' }).expect(201)).body;
  });
  afterAll(() => t.close());

  it('holds an organisation and its contacts: no erasure, subject access export or merge until released', async () => {
    await recorder.post('/api/legal-holds', { entity: 'organisation', entityId: org.id, reason: 'Tribunal case 2026/123' }).expect(403);
    const hold = (await admin.post('/api/legal-holds', { entity: 'organisation', entityId: org.id, reason: 'Tribunal case 2026/123' }).expect(201)).body;
    expect(hold).toMatchObject({ entity: 'organisation', entityId: org.id, label: 'Held Trust', reason: 'Tribunal case 2026/123', releasedAt: null, placedByName: 'Test admin' });
    expect((await admin.post('/api/legal-holds', { entity: 'organisation', entityId: org.id, reason: 'Again' }).expect(409)).body.errors[0].field).toBe('entityId');

    const erase = await recorder.post(`/api/contacts/${contact.id}/anonymise`).expect(409);
    expect(erase.body.detail).toBe('Held Trust is under a legal hold (Tribunal case 2026/123): it cannot be anonymised until the hold is released.');
    expect((await recorder.get(`/api/contacts/${contact.id}`).expect(200)).body.name).toBe('Hal Holden');
    await recorder.get(`/api/contacts/${contact.id}/subject-access?format=zip`).expect(409);
    await admin.post(`/api/organisations/${other.id}/merge`, { intoId: org.id }).set('If-Match', `"${other.version}"`).expect(409);
    expect((await recorder.get('/api/legal-holds').expect(200)).body.items.map((h: { id: string }) => h.id)).toEqual([hold.id]);
    expect((await recorder.get(`/api/legal-holds?entityId=${other.id}`).expect(200)).body.items).toEqual([]);

    const released = (await admin.post(`/api/legal-holds/${hold.id}/release`, { reason: 'Case settled' }).expect(200)).body;
    expect(released).toMatchObject({ releaseReason: 'Case settled', releasedAt: expect.any(String) });
    await admin.post(`/api/legal-holds/${hold.id}/release`, { reason: 'Twice' }).expect(409);
    expect((await recorder.get('/api/legal-holds').expect(200)).body.items).toEqual([]);
    expect((await recorder.get('/api/legal-holds?includeReleased=true').expect(200)).body.total).toBe(1);
    await recorder.post(`/api/contacts/${contact.id}/anonymise`).expect(200);
    const history = (await recorder.get(`/api/audit?entity=organisation&entityId=${org.id}`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(history.slice(0, 2)).toEqual(['legal_hold_released', 'legal_hold_placed']);
  });

  it('holds one contact on its own, and refuses a hold on what does not exist', async () => {
    const kept = (await recorder.post('/api/contacts', { organisationId: other.id, name: 'Kit Keeper' }).expect(201)).body;
    await admin.post('/api/legal-holds', { entity: 'contact', entityId: kept.id, reason: 'Complaint under review' }).expect(201);
    expect((await recorder.post(`/api/contacts/${kept.id}/anonymise`).expect(409)).body.detail).toContain('Kit Keeper is under a legal hold');
    expect((await admin.post('/api/legal-holds', { entity: 'meeting', entityId: '00000000-0000-4000-8000-000000000000', reason: 'x' }).expect(422)).body.errors[0].field).toBe('entityId');
    expect((await admin.post('/api/legal-holds', { entity: 'planet', entityId: kept.id, reason: 'x' }).expect(400)).body.errors[0].field).toBe('entity');
  });
});
