import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn } from '../testing/test-client';

/** meeting_attendees.meeting_starts_at (which orders an organisation's timeline) always equals its meeting's start. */
describe('attendances keep their meeting date', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const mismatches = async () => (await db.query(`SELECT count(*)::int AS n FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE a.meeting_starts_at <> m.starts_at`))[0].n;

  it('on insert, when the meeting moves, and against a direct write', async () => {
    const recorder = await signIn(t, 'recorder');
    const org = (await recorder.post('/api/organisations', { name: 'IPSEA', type: 'charity' }).expect(201)).body.id;
    const meeting = (
      await recorder.post('/api/meetings', { title: 'Tribunal roundtable', type: 'roundtable', startsAt: '2026-03-10T10:00:00Z', attendees: [{ organisationId: org, attendance: 'attended' }] }).expect(201)
    ).body;
    expect(await mismatches()).toBe(0);
    await recorder.patch(`/api/meetings/${meeting.id}`, { startsAt: '2026-04-02T09:00:00Z' }, meeting.version).expect(200);
    const [row] = await db.query(`SELECT meeting_starts_at FROM meeting_attendees WHERE meeting_id = $1`, [meeting.id]);
    expect(row.meeting_starts_at.toISOString()).toBe('2026-04-02T09:00:00.000Z');
    await db.query(`UPDATE meeting_attendees SET meeting_starts_at = now() WHERE meeting_id = $1`, [meeting.id]);
    expect(await mismatches()).toBe(0);
  });
});
