import { DataSource } from 'typeorm';
import { PositionFixtures } from '../positions/positions.fixtures';
import { asFile } from '../testing/download';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { zipEntries } from '../testing/zip-entries';

describe('a contact’s subject access file', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let contact: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    const fx = new PositionFixtures(t, recorder);
    const org = await fx.organisation('Northshire Parent Carer Forum');
    contact = (await recorder.post('/api/contacts', { organisationId: org, name: 'Eleanor Rigby', email: 'eleanor@northshire.example', notes: 'Son at Hilltop Academy' }).expect(201)).body;
    contact = (await recorder.patch(`/api/contacts/${contact.id}`, { role: 'Chair' }, contact.version).expect(200)).body;
    const meeting = (await recorder.post('/api/meetings', { title: 'Private session on tribunals', type: 'bilateral', startsAt: '2026-03-12T10:00:00Z', classification: 'OFFICIAL_SENSITIVE', attendees: [{ organisationId: org, attendance: 'attended', contactIds: [contact.id] }] }).expect(201)).body;
    await recorder.post('/api/meetings', { title: 'Session she was not at', type: 'roundtable', startsAt: '2026-03-13T10:00:00Z', attendees: [{ organisationId: org, attendance: 'attended' }] }).expect(201);
    const proposal = await fx.proposal('Tribunal rights');
    await recorder.post('/api/positions', { organisationId: org, proposalId: proposal, stance: 'oppose', summary: 'Against losing the tribunal route', quote: 'We will fight this.', statedOn: '2026-03-12', meetingId: meeting.id }).expect(201);
  });
  afterAll(() => t.close());

  it('holds who they are, the meetings they attended, what was said there and their record’s history, marked by the highest', async () => {
    const zip = await asFile(recorder.get(`/api/contacts/${contact.id}/subject-access?format=zip`)).expect(200);
    expect(zip.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(zip.headers['content-disposition']).toMatch(/filename="subject-access-\d{4}-\d{2}-\d{2}-official-sensitive\.zip"/);
    const files = zipEntries(zip.body as Buffer);
    expect([...files.keys()]).toEqual(['contact.csv', 'meetings.csv', 'positions.csv', 'history.csv']);
    expect(files.get('contact.csv')).toContain('Eleanor Rigby,Chair,eleanor@northshire.example');
    expect(files.get('meetings.csv')).toContain('Private session on tribunals');
    expect(files.get('meetings.csv')).not.toContain('Session she was not at');
    expect(files.get('positions.csv')).toContain('We will fight this.');
    expect(files.get('history.csv')?.split('\r\n').filter(Boolean)).toHaveLength(2 + 2);
    const xlsx = await asFile(recorder.get(`/api/contacts/${contact.id}/subject-access?format=xlsx`)).expect(200);
    expect(zipEntries(xlsx.body as Buffer).get('xl/workbook.xml')).toMatch(/name="Contact".*name="Meetings".*name="Positions".*name="History"/s);
    const audited = await t.app.get(DataSource).query(`SELECT changes FROM audit_events WHERE entity = 'export' AND action = 'subject-access' AND entity_id = $1 ORDER BY id`, [contact.id]);
    expect(audited.map((a: { changes: { details: { format: string } } }) => a.changes.details.format)).toEqual(['zip', 'xlsx']);
  });

  it('is refused to viewers, for a bad format, and once the contact is anonymised', async () => {
    await viewer.get(`/api/contacts/${contact.id}/subject-access?format=zip`).expect(403);
    expect((await recorder.get(`/api/contacts/${contact.id}/subject-access?format=pdf`).expect(400)).body.errors[0].field).toBe('format');
    await recorder.get('/api/contacts/00000000-0000-4000-8000-000000000000/subject-access?format=zip').expect(404);
    await recorder.post(`/api/contacts/${contact.id}/anonymise`).expect(200);
    expect((await recorder.get(`/api/contacts/${contact.id}/subject-access?format=zip`).expect(409)).body.detail).toContain('anonymised');
  });
});
