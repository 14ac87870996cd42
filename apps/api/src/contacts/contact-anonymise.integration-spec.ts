import { DataSource } from 'typeorm';
import { ANONYMISED_CONTACT_NAME } from '@send/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { PERSONAL_DATA } from './personal-data';

describe('anonymising a contact', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let orgId: string;
  const personal = { name: 'Eleanor Rigby', role: 'Parent carer forum chair', email: 'eleanor.rigby@forum.example', phone: '07700 900123', notes: 'Son at Hilltop Academy, EHCP since 2021.' };
  const corrected = { name: 'Eleanor Rigby-Jones', role: 'Forum co-chair', email: 'e.rigby-jones@forum.example', phone: '07700 900456', notes: 'Moved to Riverside Primary.' };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    orgId = (await recorder.post('/api/organisations', { name: 'Liverpool Parent Carer Forum', type: 'parent_carer_forum' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const db = () => t.app.get(DataSource);

  /** A meeting the contact attended, written straight to the tables (meetings are another feature). */
  async function attendMeeting(contactId: string): Promise<string> {
    const [meeting] = await db().query(
      `INSERT INTO meetings (title, type, starts_at, phase, created_by, updated_by) VALUES ('Forum listening session', 'listening_session', now(), 'consultation', $1, $1) RETURNING id`,
      [recorder.user.id],
    );
    await db().query(`INSERT INTO meeting_attendees (meeting_id, organisation_id, contact_ids, attendance, position) VALUES ($1, $2, ARRAY[$3::uuid], 'attended', 1)`, [meeting.id, orgId, contactId]);
    return meeting.id;
  }

  it('removes the personal details for good, keeps the id, organisation and attendance, and never audits them', async () => {
    const created = (await recorder.post('/api/contacts', { ...personal, organisationId: orgId }).expect(201)).body;
    await recorder.patch(`/api/contacts/${created.id}`, corrected, 1).expect(200);
    const meetingId = await attendMeeting(created.id);

    const res = await recorder.post(`/api/contacts/${created.id}/anonymise`).expect(200);
    expect(res.body).toMatchObject({
      id: created.id,
      organisationId: orgId,
      organisationName: 'Liverpool Parent Carer Forum',
      name: ANONYMISED_CONTACT_NAME,
      role: '',
      email: null,
      phone: null,
      notes: '',
      anonymisedAt: expect.any(String),
      version: 3,
    });
    expect(res.headers.etag).toBe('"3"');
    expect((await viewer.get(`/api/contacts/${created.id}`).expect(200)).body).toEqual(res.body);
    expect(await db().query(`SELECT contact_ids FROM meeting_attendees WHERE meeting_id = $1`, [meetingId])).toEqual([{ contact_ids: [created.id] }]);

    // No trace anywhere in the contact's rows or its append-only history.
    const stored = JSON.stringify([
      await db().query(`SELECT * FROM contacts WHERE id = $1`, [created.id]),
      await db().query(`SELECT changes FROM audit_events WHERE entity_id = $1`, [created.id]),
    ]);
    for (const value of [...Object.values(personal), ...Object.values(corrected), 'Eleanor', 'Rigby', 'forum.example', '07700']) {
      expect(stored).not.toContain(value);
    }

    const history = (await viewer.get(`/api/audit?entity=contact&entityId=${created.id}`).expect(200)).body.items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['anonymised', 'updated', 'created']);
    expect(history[2].changes).toMatchObject({ name: { from: null, to: PERSONAL_DATA }, email: { from: null, to: PERSONAL_DATA }, organisationId: { from: null, to: orgId } });
    expect(history[1].changes).toEqual({ details: { personalDataChanged: ['name', 'role', 'email', 'phone', 'notes'] } });
    expect(history[0].changes).toEqual({
      role: { from: PERSONAL_DATA, to: '' },
      email: { from: PERSONAL_DATA, to: null },
      phone: { from: PERSONAL_DATA, to: null },
      notes: { from: PERSONAL_DATA, to: '' },
      anonymisedAt: { from: null, to: res.body.anonymisedAt },
      details: { personalDataChanged: ['name'] },
    });
  });

  it('cannot be edited back or anonymised twice (409), and the refusal changes nothing', async () => {
    const c = (await recorder.post('/api/contacts', { name: 'Temporary Person', email: 'temp@example.org', organisationId: orgId }).expect(201)).body;
    const anonymised = (await recorder.post(`/api/contacts/${c.id}/anonymise`).expect(200)).body;
    const edit = await recorder.patch(`/api/contacts/${c.id}`, { name: 'Temporary Person' }, anonymised.version).expect(409);
    expect(edit.body.detail).toContain('anonymised');
    await recorder.post(`/api/contacts/${c.id}/anonymise`).expect(409);
    expect((await viewer.get(`/api/contacts/${c.id}`)).body).toEqual(anonymised);
    const events = await db().query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [c.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['created', 'anonymised']);
  });

  it('is refused to readers, leaving the contact as it was', async () => {
    const c = (await recorder.post('/api/contacts', { name: 'Kept Person', organisationId: orgId }).expect(201)).body;
    await viewer.post(`/api/contacts/${c.id}/anonymise`).expect(403);
    expect((await viewer.get(`/api/contacts/${c.id}`)).body).toEqual(c);
  });
});
