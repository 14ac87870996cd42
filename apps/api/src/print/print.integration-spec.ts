import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

/** The refusals come before any browser starts; printing itself is in the browser journeys (print.e2e-spec). */
describe('records printed to PDF: who may, and what happens when the printer is missing', () => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;
  const exports = async () => Number((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM audit_events WHERE entity = 'export'`))[0].n);
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    viewer = await signIn(t, 'viewer');
  });
  afterAll(() => t.close());

  it('answers 404 for a meeting the reader may not see, as the record itself does', async () => {
    const meeting = (await admin.post('/api/meetings', { title: 'Sensitive bilateral', type: 'bilateral', startsAt: '2026-10-01T10:00:00Z', classification: 'OFFICIAL_SENSITIVE' }).expect(201)).body;
    await viewer.get(`/api/meetings/${meeting.id}`).expect(404);
    for (const url of [`/api/print/meetings/${meeting.id}`, `/api/print/briefing-pack/${meeting.id}`]) {
      const res = await viewer.get(url).expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    await t.http.get(`/api/print/meetings/${meeting.id}`).expect(401);
  });

  it('names the field of a bad id or filter', async () => {
    const before = await exports();
    const id = await admin.get('/api/print/meetings/not-an-id').expect(400);
    expect(JSON.stringify(id.body)).toContain('id');
    const filter = await admin.get('/api/print/actions?status=lost&pageSize=-1').expect(400);
    expect(filter.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'status']);
    expect(await exports()).toBe(before);
  });

  it('says 503, with nothing audited as exported, when Chromium cannot start (the test app has none)', async () => {
    const meeting = (await admin.post('/api/meetings', { title: 'Roundtable', type: 'roundtable', startsAt: '2026-10-01T10:00:00Z' }).expect(201)).body;
    const before = await exports();
    const res = await admin.get(`/api/print/meetings/${meeting.id}`).expect(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toContain('Chromium did not start');
    expect(await exports()).toBe(before);
  });
});
