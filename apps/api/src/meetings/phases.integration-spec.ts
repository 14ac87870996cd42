import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('phases API', () => {
  let t: TestApp;
  let admin: TestClient;
  let recorder: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  /** The phase's version as the list shows it, for If-Match. */
  const versionOf = async (key: string): Promise<number> => (await viewer.get('/api/phases').expect(200)).body.items.find((p: { key: string }) => p.key === key).version;

  it('lists the phases in reform order with their start dates and versions', async () => {
    const res = await viewer.get('/api/phases').expect(200);
    expect(res.body.items.map(({ key, name, startsOn, version, updatedBy }: Record<string, unknown>) => ({ key, name, startsOn, version, updatedBy }))).toEqual([
      { key: 'national_conversation', name: 'National conversation', startsOn: '2025-09-01', version: 1, updatedBy: null },
      { key: 'white_paper', name: 'White Paper', startsOn: '2026-02-23', version: 1, updatedBy: null },
      { key: 'consultation', name: 'Consultation', startsOn: '2026-02-24', version: 1, updatedBy: null },
      { key: 'government_response', name: 'Government response', startsOn: '2026-05-19', version: 1, updatedBy: null },
      { key: 'implementation', name: 'Implementation', startsOn: '2026-09-01', version: 1, updatedBy: null },
    ]);
    expect(Date.parse(res.body.items[0].updatedAt)).not.toBeNaN();
    await t.http.get('/api/phases').expect(401);
  });

  it('lets only admins rename a phase or move its start, and new meetings default from the new dates', async () => {
    await recorder.patch('/api/phases/implementation', { startsOn: '2026-10-01' }, 1).expect(403);
    const res = await admin.patch('/api/phases/implementation', { name: '  Implementation and delivery ', startsOn: '2026-10-01' }, 1).expect(200);
    expect(res.body).toMatchObject({ key: 'implementation', name: 'Implementation and delivery', startsOn: '2026-10-01', version: 2, updatedBy: admin.user.id });
    expect((await viewer.get('/api/phases')).body.items[4]).toEqual(res.body);
    const meeting = await recorder.post('/api/meetings', { title: 'September event', type: 'regional_event', startsAt: '2026-09-15T10:00:00Z' }).expect(201);
    expect(meeting.body.phase).toBe('government_response');
  });

  it('needs the version that was read: 428 without If-Match, 412 with the current version when stale, and nothing changed', async () => {
    const missing = await admin.patch('/api/phases/implementation', { name: 'Unversioned' }).expect(428);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const read = await versionOf('implementation');
    await admin.patch('/api/phases/implementation', { name: 'Implementation' }, read).expect(200);
    const stale = await admin.patch('/api/phases/implementation', { name: 'Overwritten unseen' }, read).expect(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: read + 1 });
    expect((await viewer.get('/api/phases')).body.items[4]).toMatchObject({ name: 'Implementation', version: read + 1 });
  });

  it('keeps start dates strictly increasing in phase order (422 naming startsOn) and changes nothing when refused', async () => {
    const clash = await admin.patch('/api/phases/consultation', { startsOn: '2026-02-23' }, await versionOf('consultation')).expect(422);
    expect(clash.body.errors).toEqual([{ field: 'startsOn', message: 'startsOn must be after White Paper (2026-02-23)' }]);
    const late = await admin.patch('/api/phases/white_paper', { startsOn: '2026-06-01' }, await versionOf('white_paper')).expect(422);
    expect(late.body.errors[0].message).toBe('startsOn must be before Consultation (2026-02-24)');
    await admin.patch('/api/phases/national_conversation', { startsOn: '2025-06-01' }, await versionOf('national_conversation')).expect(200);
    expect((await viewer.get('/api/phases')).body.items.map((p: { startsOn: string }) => p.startsOn)).toEqual(['2025-06-01', '2026-02-23', '2026-02-24', '2026-05-19', '2026-10-01']);
  });

  it('validates the key and the body', async () => {
    const key = await admin.patch('/api/phases/pilot', { name: 'Pilot' }, 1).expect(400);
    expect(key.body.errors[0].field).toBe('key');
    const bad = await admin.patch('/api/phases/consultation', { name: '', startsOn: '2026-02-30', key: 'x' }, 1).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'startsOn', 'key']));
    await admin.patch('/api/phases/consultation', { startsOn: null }, await versionOf('consultation')).expect(400);
  });

  it('audits each change under entity "phase", with the key in the details', async () => {
    await admin.patch('/api/phases/government_response', { name: 'Government response to consultation' }, await versionOf('government_response')).expect(200);
    const rows = await t.app.get(DataSource).query(`SELECT actor_id, action, changes FROM audit_events WHERE entity = 'phase' ORDER BY id DESC LIMIT 1`);
    expect(rows).toEqual([
      { actor_id: admin.user.id, action: 'updated', changes: { name: { from: 'Government response', to: 'Government response to consultation' }, details: { key: 'government_response' } } },
    ]);
  });
});
