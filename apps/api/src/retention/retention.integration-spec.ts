import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ANONYMISED_CONTACT_NAME, type DueRecordResponse, type RetentionRuleResponse } from '@send/contracts';
import { insertRow } from '../testing/insert-row';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

describe('retention schedule and disposal', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestClient;
  let recorder: TestClient;
  let viewer: TestClient;
  const id: Record<string, string> = {};

  const rules = async (): Promise<RetentionRuleResponse[]> => (await viewer.get('/api/retention-rules').expect(200)).body.items;
  const rule = async (recordType: string) => (await rules()).find((r) => r.recordType === recordType) as RetentionRuleResponse;
  const due = async (query = ''): Promise<DueRecordResponse[]> => (await admin.get(`/api/retention/due?pageSize=100${query}`).expect(200)).body.items;
  const dueById = async () => new Map((await due()).map((d) => [d.recordId, d]));
  const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const meeting = (title: string, startsAt: string) => insertRow(db, 'meetings', { title, type: 'roundtable', starts_at: startsAt, phase: 'national_conversation' }, admin.user.id);
  const closedAction = (title: string, closedAt: string) => insertRow(db, 'actions', { title, status: 'done', completion_note: 'Done.', closed_at: closedAt }, admin.user.id);
  const oldContact = (organisationId: string, name: string) => insertRow(db, 'contacts', { organisation_id: organisationId, name, email: `${name.split(' ')[0].toLowerCase()}@old.example`, updated_at: '2015-01-01T00:00:00Z' }, admin.user.id);
  const request = (summary: string, status: string, respondedOn: string | null) =>
    insertRow(db, 'information_requests', { type: 'foi', received_on: '2019-01-02', requester_name: 'Jo Public', summary, status, responded_on: respondedOn, deadline: respondedOn ? null : '2019-02-01' }, admin.user.id);
  const inBundle = (requestId: string, kind: string, recordId: string) =>
    db.query(`INSERT INTO information_request_items (request_id, kind, record_id, found_by, added_by) VALUES ($1, $2, $3, 'test', $4)`, [requestId, kind, recordId, admin.user.id]);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    id['heldOrg'] = (await admin.post('/api/organisations', { name: 'Tribunal Trust', type: 'charity' }).expect(201)).body.id;
    id['org'] = (await admin.post('/api/organisations', { name: 'Quiet Forum', type: 'parent_carer_forum' }).expect(201)).body.id;
    id['oldMeeting'] = await meeting('Green Paper roundtable', '2004-03-01T10:00:00Z');
    id['heldMeeting'] = await meeting('Tribunal evidence session', '2004-04-01T10:00:00Z');
    id['newMeeting'] = await meeting('This year’s roundtable', '2026-03-01T10:00:00Z');
    id['heldContact'] = await oldContact(id['heldOrg'], 'Harriet Held');
    id['contact'] = await oldContact(id['org'], 'Olive Oldfield');
    // Engaged at a meeting last year: the clock starts from that, not from the last change to the record.
    id['engagedContact'] = await oldContact(id['org'], 'Eddie Engaged');
    await db.query(`INSERT INTO meeting_attendees (meeting_id, organisation_id, contact_ids, attendance, position) VALUES ($1, $2, $3, 'attended', 1)`, [id['newMeeting'], id['org'], [id['engagedContact']]]);
    id['action'] = await closedAction('Send the summary', '2010-05-01T10:00:00Z');
    await db.query(`INSERT INTO action_updates (action_id, body, author_id) VALUES ($1, 'Sent.', $2)`, [id['action'], admin.user.id]);
    id['bundledAction'] = await closedAction('Write to the forum', '2010-05-02T10:00:00Z');
    id['heldRequestAction'] = await closedAction('Reply to the tribunal', '2010-05-03T10:00:00Z');
    id['recentAction'] = await closedAction('Book the room', '2025-05-01T10:00:00Z');
    id['request'] = await request('Minutes of 2018 meetings', 'responded', '2020-01-10');
    id['heldRequest'] = await request('Correspondence with the tribunal', 'responded', '2020-01-11');
    id['openRequest'] = await request('Everything about the forum', 'searching', null);
    await inBundle(id['openRequest'], 'action', id['bundledAction']);
    await inBundle(id['heldRequest'], 'action', id['heldRequestAction']);
    await inBundle(id['request'], 'meeting', id['oldMeeting']);
    await admin.post('/api/legal-holds', { entity: 'meeting', entityId: id['heldMeeting'], reason: 'Judicial review' }).expect(201);
    await admin.post('/api/legal-holds', { entity: 'organisation', entityId: id['heldOrg'], reason: 'Tribunal case 2026/123' }).expect(201);
    await admin.post('/api/legal-holds', { entity: 'information_request', entityId: id['heldRequest'], reason: 'ICO appeal' }).expect(201);
  });
  afterAll(() => t.close());

  it('starts with a default rule for each kind of record, readable by everyone', async () => {
    expect((await rules()).map((r) => [r.recordType, r.periodMonths, r.clockStartsFrom, r.action])).toEqual([
      ['meeting', 240, 'meeting_date', 'preserve'],
      ['action', 84, 'action_closed', 'delete'],
      ['contact', 72, 'last_engagement', 'anonymise'],
      ['information_request', 36, 'request_closed', 'delete'],
    ]);
    expect((await rule('meeting')).reason).toContain('The National Archives');
  });

  it('lets admins change a rule against the version they read, audited; refuses bad input naming the field', async () => {
    const before = await rule('action');
    const url = `/api/retention-rules/${before.id}`;
    await recorder.patch(url, { periodMonths: 96 }, before.version).expect(403);
    await admin.patch(url, { periodMonths: 96 }).expect(428);
    expect((await admin.patch(url, { periodMonths: 0 }, before.version).expect(400)).body.errors[0].field).toBe('periodMonths');
    expect((await admin.patch(url, { action: 'burn' }, before.version).expect(400)).body.errors[0].field).toBe('action');
    expect((await admin.patch(url, { reason: null }, before.version).expect(400)).body.errors[0].field).toBe('reason');
    const contactRule = await rule('contact');
    const wrong = await admin.patch(`/api/retention-rules/${contactRule.id}`, { action: 'delete' }, contactRule.version).expect(422);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.errors[0]).toEqual({ field: 'action', message: 'action must be one of anonymise for a contact' });

    const saved = (await admin.patch(url, { periodMonths: 96, reason: 'Kept 8 years: audit asked for longer.' }, before.version).expect(200)).body;
    expect(saved).toMatchObject({ periodMonths: 96, reason: 'Kept 8 years: audit asked for longer.', version: before.version + 1, action: 'delete' });
    const stale = await admin.patch(url, { periodMonths: 84 }, before.version).expect(412);
    expect(stale.body.currentVersion).toBe(before.version + 1);
    const audit = (await admin.get(`/api/audit?entity=retention_rule&entityId=${before.id}`).expect(200)).body.items;
    expect(audit[0]).toMatchObject({ action: 'updated' });
    expect(JSON.stringify(audit[0])).toContain('96');
    await admin.patch(url, { periodMonths: 84, reason: before.reason }, saved.version).expect(200);
  });

  it('lists what is due, with what holds each: a legal hold, its organisation’s, an open request’s bundle, a held request’s', async () => {
    const listed = await dueById();
    expect(listed.get(id['oldMeeting'])).toMatchObject({ recordType: 'meeting', action: 'preserve', clockStartedOn: '2004-03-01', dueOn: '2024-03-01', heldBy: null, label: 'Green Paper roundtable' });
    expect(listed.get(id['heldMeeting'])?.heldBy).toBe('Legal hold: Judicial review');
    expect(listed.get(id['heldContact'])).toMatchObject({ reference: 'Contact at Tribunal Trust', heldBy: 'Legal hold on its organisation: Tribunal case 2026/123' });
    expect(listed.get(id['contact'])).toMatchObject({ action: 'anonymise', heldBy: null, label: 'Olive Oldfield' });
    expect(listed.get(id['bundledAction'])?.heldBy).toMatch(/^In the bundle of REQ-\d+, which is still open$/);
    expect(listed.get(id['heldRequestAction'])?.heldBy).toMatch(/^In the bundle of REQ-\d+, which is under a legal hold$/);
    expect(listed.get(id['action'])).toMatchObject({ action: 'delete', heldBy: null, dueOn: '2017-05-01' });
    expect(listed.get(id['request'])).toMatchObject({ recordType: 'information_request', heldBy: null, dueOn: '2023-01-10' });
    expect(listed.get(id['heldRequest'])?.heldBy).toBe('Legal hold: ICO appeal');
    // Not yet due: a recent meeting, a recently closed action, a contact seen last year, a request still open.
    for (const key of ['newMeeting', 'recentAction', 'engagedContact', 'openRequest']) expect(listed.has(id[key])).toBe(false);

    expect((await due('&recordType=contact')).map((d) => d.recordId).sort()).toEqual([id['heldContact'], id['contact']].sort());
    const page = (await admin.get('/api/retention/due?pageSize=2&page=2').expect(200)).body;
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: listed.size });
    expect((await admin.get('/api/retention/due?recordType=planet').expect(400)).body.errors[0].field).toBe('recordType');
    await recorder.get('/api/retention/due').expect(403);
  });

  it('refuses a disposal naming the item at fault, leaving everything as it was even after earlier items went', async () => {
    const auditBefore = await count('audit_events');
    // The contact is anonymised and the action deleted inside the transaction before the held third item refuses it.
    const held = await admin.post('/api/retention/disposals', { items: [{ recordType: 'contact', recordId: id['contact'] }, { recordType: 'action', recordId: id['action'] }, { recordType: 'action', recordId: id['bundledAction'] }] }).expect(409);
    expect(held.headers['content-type']).toContain('application/problem+json');
    expect(held.body.errors[0].field).toBe('items[2].recordId');
    expect(held.body.detail).toMatch(/^ACT-\d+ cannot be disposed of: In the bundle of REQ-\d+, which is still open\. Nothing was disposed of\.$/);
    expect((await admin.get(`/api/contacts/${id['contact']}`).expect(200)).body.name).toBe('Olive Oldfield');
    expect(await count('actions', 'id = $1', [id['action']])).toBe(1);
    expect(await count('action_updates', 'action_id = $1', [id['action']])).toBe(1);
    expect(await count('retention_disposals')).toBe(0);
    expect(await count('audit_events')).toBe(auditBefore);

    const notDue = await admin.post('/api/retention/disposals', { items: [{ recordType: 'meeting', recordId: id['newMeeting'] }] }).expect(422);
    expect(notDue.body.errors[0].field).toBe('items[0].recordId');
    const missing = await admin.post('/api/retention/disposals', { items: [{ recordType: 'action', recordId: '00000000-0000-4000-8000-000000000000' }] }).expect(422);
    expect(missing.body.errors[0].field).toBe('items[0].recordId');
    const twice = await admin.post('/api/retention/disposals', { items: [{ recordType: 'action', recordId: id['action'] }, { recordType: 'action', recordId: id['action'] }] }).expect(422);
    expect(twice.body.errors[0].field).toBe('items[1].recordId');
    expect((await admin.post('/api/retention/disposals', { items: [] }).expect(400)).body.errors[0].field).toBe('items');
    expect((await admin.post('/api/retention/disposals', { items: [{ recordType: 'planet', recordId: id['action'] }] }).expect(400)).body.errors[0].field).toBe('items[0].recordType');
    expect((await admin.post('/api/retention/disposals', { items: [{ recordType: 'action', recordId: 'nope' }] }).expect(400)).body.errors[0].field).toBe('items[0].recordId');
    await recorder.post('/api/retention/disposals', { items: [{ recordType: 'action', recordId: id['action'] }] }).expect(403);
    expect(await count('retention_disposals')).toBe(0);
  });

  it('disposes of the chosen records by their rules, records what went, and audits it without the content', async () => {
    const items = [
      { recordType: 'contact', recordId: id['contact'] },
      { recordType: 'action', recordId: id['action'] },
      { recordType: 'information_request', recordId: id['request'] },
      { recordType: 'meeting', recordId: id['oldMeeting'] },
    ];
    const done = (await admin.post('/api/retention/disposals', { items }).expect(201)).body;
    expect(done.items.map((d: { recordId: string; outcome: string }) => [d.recordId, d.outcome])).toEqual([
      [id['contact'], 'anonymised'],
      [id['action'], 'deleted'],
      [id['request'], 'deleted'],
      [id['oldMeeting'], 'selected_for_preservation'],
    ]);
    expect(done.items[1]).toMatchObject({ batchId: done.batchId, ruleName: 'Actions and commitments arising from meetings', periodMonths: 84, dueOn: '2017-05-01', disposedBy: admin.user.id, disposedByName: 'Test admin' });

    const contact = (await admin.get(`/api/contacts/${id['contact']}`).expect(200)).body;
    expect(contact).toMatchObject({ name: ANONYMISED_CONTACT_NAME, email: null });
    await admin.get(`/api/actions/${id['action']}`).expect(404);
    expect(await count('action_updates', 'action_id = $1', [id['action']])).toBe(0);
    await admin.get(`/api/information-requests/${id['request']}`).expect(404);
    expect(await count('information_request_items', 'request_id = $1', [id['request']])).toBe(0);
    // Preserved, never deleted: still there, and no longer on the review list.
    await admin.get(`/api/meetings/${id['oldMeeting']}`).expect(200);
    const listed = await dueById();
    for (const key of ['contact', 'action', 'request', 'oldMeeting']) expect(listed.has(id[key])).toBe(false);
    expect(listed.has(id['heldMeeting'])).toBe(true);

    const history = (await admin.get('/api/retention/disposals').expect(200)).body;
    expect(history.total).toBe(4);
    await recorder.get('/api/retention/disposals').expect(403);
    const audit = (await admin.get(`/api/audit?entity=action&entityId=${id['action']}`).expect(200)).body.items;
    expect(audit[0]).toMatchObject({ action: 'retention_deleted' });
    expect(JSON.stringify(audit[0])).toContain('Actions and commitments arising from meetings');
    expect(JSON.stringify(audit[0])).not.toContain('Send the summary');
    const contactAudit = (await admin.get(`/api/audit?entity=contact&entityId=${id['contact']}`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(contactAudit.slice(0, 2)).toEqual(['retention_anonymised', 'anonymised']);
    expect(JSON.stringify(await db.query(`SELECT changes FROM audit_events WHERE entity = 'contact' AND entity_id = $1`, [id['contact']]))).not.toContain('Olive');

    // Gone already: a second disposal of it is refused, naming it.
    expect((await admin.post('/api/retention/disposals', { items: [items[1]] }).expect(422)).body.errors[0].field).toBe('items[0].recordId');
  });

  it('does not miss a hold placed on a contact’s organisation while the disposal is under way', async () => {
    const orgId = (await admin.post('/api/organisations', { name: 'Racing Trust', type: 'charity' }).expect(201)).body.id;
    const contactId = await oldContact(orgId, 'Rachel Racer');
    // Another session placing a hold: it has locked the organisation as LegalHolds.place does, and not yet committed.
    const other = new Client({ connectionString: t.db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT 1 FROM organisations WHERE id = $1 FOR NO KEY UPDATE', [orgId]);
      await other.query(`INSERT INTO legal_holds (entity, entity_id, reason, placed_by) VALUES ('organisation', $1, 'Placed meanwhile', $2)`, [orgId, admin.user.id]);
      const disposal = admin.post('/api/retention/disposals', { items: [{ recordType: 'contact', recordId: contactId }] }).then((res) => res);
      // The disposal waits on the organisation's lock rather than reading the holds before this one lands.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('COMMIT');
      const res = await disposal;
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('Legal hold on its organisation: Placed meanwhile');
    } finally {
      await other.end();
    }
    expect((await admin.get(`/api/contacts/${contactId}`).expect(200)).body.name).toBe('Rachel Racer');
  });
});
