import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates';
import { PositionFixtures } from '../positions/positions.fixtures';
import { asFile } from '../testing/download';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { zipEntries } from '../testing/zip-entries';

interface Item {
  id: string;
  kind: string;
  title: string;
  reference: string | null;
  classification: string;
  decision: string;
  exemption: string | null;
  version: number;
  foundBy: string;
}

describe('a request’s bundle: find everything about X, decide each record, download it', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  let requestId = '';
  const org: Record<string, string> = {};
  const bundle = (path = '') => `/api/information-requests/${requestId}/bundle${path}`;
  const gather = (body: object, client: TestClient = recorder) => client.post(bundle('/gather'), body);
  const items = async (query = ''): Promise<Item[]> => (await recorder.get(bundle(`/items?pageSize=100${query}`)).expect(200)).body.items;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    const fx = new PositionFixtures(t, recorder);
    org['cdc'] = await fx.organisation('Council for Disabled Children');
    org['other'] = await fx.organisation('Unrelated Trust');
    const asha = (await recorder.post('/api/contacts', { organisationId: org['cdc'], name: 'Asha Patel', email: 'asha@cdc.example.org' }).expect(201)).body.id;
    await recorder.post('/api/contacts', { organisationId: org['cdc'], name: 'Ben Okafor' }).expect(201);
    await recorder.post('/api/meetings', { title: 'Roundtable on advocacy', type: 'roundtable', startsAt: '2026-03-01T10:00:00Z', attendees: [{ organisationId: org['cdc'], attendance: 'attended', contactIds: [asha] }] }).expect(201);
    await recorder.post('/api/meetings', { title: 'Private talk on tribunal reform', type: 'bilateral', startsAt: '2026-03-05T10:00:00Z', classification: 'OFFICIAL_SENSITIVE', attendees: [{ organisationId: org['other'], attendance: 'attended' }] }).expect(201);
    const proposal = await fx.proposal('Independent advocacy');
    await recorder.post('/api/positions', { organisationId: org['cdc'], proposalId: proposal, stance: 'support', summary: 'Backs advocacy for families', statedOn: '2026-03-01' }).expect(201);
    await recorder.post('/api/actions', { title: 'Write to CDC about advocacy', raisedByOrganisationId: org['cdc'] }).expect(201);
    requestId = (await recorder.post('/api/information-requests', { type: 'foi', receivedOn: londonDate(), requesterName: 'Jo', summary: 'Everything about the Council for Disabled Children' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('gathers an organisation’s meetings, positions, actions, contacts and their audit, once each', async () => {
    const first = (await gather({ organisationId: org['cdc'] }).expect(200)).body;
    expect(first.added).toMatchObject({ meeting: 1, position: 1, action: 1, contact: 2 });
    expect(first.added.audit_event).toBeGreaterThanOrEqual(3);
    expect(first.alreadyThere).toBe(0);
    const again = (await gather({ organisationId: org['cdc'] }).expect(200)).body;
    expect(Object.values(again.added)).toEqual([0, 0, 0, 0, 0]);
    const total = Object.values(first.added as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(again.alreadyThere).toBe(total);
    const listed = await items();
    expect(listed.map((i) => i.kind).filter((k, n, all) => all.indexOf(k) === n)).toEqual(['meeting', 'position', 'action', 'contact', 'audit_event']);
    expect(listed.find((i) => i.kind === 'meeting')).toMatchObject({ title: 'Roundtable on advocacy', reference: expect.stringMatching(/^MTG-/), foundBy: 'Organisation: Council for Disabled Children', decision: 'undecided' });
    expect(listed.filter((i) => i.kind === 'contact').map((i) => i.title).sort()).toEqual(['Asha Patel, Council for Disabled Children', 'Ben Okafor, Council for Disabled Children']);
  });

  it('gathers by a phrase, sensitive records included, and marks the bundle by them', async () => {
    expect((await recorder.get(bundle()).expect(200)).body.marking).toBe('OFFICIAL');
    const found = (await gather({ phrase: 'tribunal' }).expect(200)).body;
    expect(found.added.meeting).toBe(1);
    const sensitive = (await items('&kind=meeting')).find((i) => i.title === 'Private talk on tribunal reform');
    expect(sensitive).toMatchObject({ classification: 'OFFICIAL_SENSITIVE', foundBy: 'Phrase: “tribunal”' });
    expect((await recorder.get(bundle()).expect(200)).body.marking).toBe('OFFICIAL-SENSITIVE');
  });

  it('refuses a search for nothing, for two things, or for what does not exist, naming the field', async () => {
    expect((await gather({}).expect(422)).body.errors[0].field).toBe('phrase');
    expect((await gather({ phrase: 'advocacy', organisationId: org['cdc'] }).expect(422)).body.errors[0].field).toBe('phrase');
    expect((await gather({ organisationId: '00000000-0000-4000-8000-000000000000' }).expect(422)).body.errors[0].field).toBe('organisationId');
    expect((await gather({ phrase: 'a' }).expect(400)).body.errors[0].field).toBe('phrase');
    await gather({ phrase: 'advocacy' }, viewer).expect(403);
  });

  it('records each decision with the exemption relied on, and counts them', async () => {
    const [meeting] = await items('&kind=meeting');
    const path = bundle(`/items/${meeting?.id}`);
    expect((await reviewer.patch(path, { decision: 'withhold' }, meeting?.version).expect(422)).body.errors[0].field).toBe('exemption');
    expect((await reviewer.patch(path, { decision: 'withhold', exemption: 's99' }, meeting?.version).expect(400)).body.errors[0].field).toBe('exemption');
    const withheld = (await reviewer.patch(path, { decision: 'withhold', exemption: 's35', note: 'Policy in development' }, meeting?.version).expect(200)).body;
    expect(withheld).toMatchObject({ decision: 'withhold', exemption: 's35', note: 'Policy in development', version: (meeting?.version ?? 0) + 1 });
    await reviewer.patch(path, { decision: 'disclose' }, meeting?.version).expect(412);
    const disclosed = (await reviewer.patch(path, { decision: 'disclose' }, withheld.version).expect(200)).body;
    expect(disclosed.exemption).toBeNull();
    const summary = (await recorder.get(bundle()).expect(200)).body;
    expect(summary.byDecision.disclose).toBe(1);
    expect(summary.total).toBe(summary.byDecision.undecided + 1);
    const history = (await reviewer.get(`/api/audit?entity=information_request&entityId=${requestId}`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(history).toEqual(expect.arrayContaining(['gathered', 'item_decided']));
  });

  it('downloads the bundle as a workbook or a zip of CSVs, marked and audited', async () => {
    const xlsx = await asFile(recorder.get(bundle('/file?format=xlsx'))).expect(200);
    expect(xlsx.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(xlsx.headers['content-disposition']).toMatch(/filename="bundle-REQ-\d{4}-\d{4}-\d{2}-\d{2}-official-sensitive\.xlsx"/);
    expect(zipEntries(xlsx.body as Buffer).get('xl/workbook.xml')).toMatch(/name="Request".*name="Meetings".*name="Positions".*name="Actions".*name="Contacts".*name="Audit events"/s);
    const zip = await asFile(recorder.get(bundle('/file?format=zip'))).expect(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const csvs = zipEntries(zip.body as Buffer);
    expect([...csvs.keys()]).toEqual(['request.csv', 'meetings.csv', 'positions.csv', 'actions.csv', 'contacts.csv', 'audit-events.csv']);
    const meetings = csvs.get('meetings.csv') ?? '';
    expect(meetings.split('\r\n').slice(0, 2)).toEqual(['\ufeffOFFICIAL-SENSITIVE', 'Reference,Record,Date,Marking,Decision,Exemption,Note,Found by']);
    expect(meetings).toContain('Private talk on tribunal reform');
    expect((await recorder.get(bundle('/file?format=pdf')).expect(400)).body.errors[0].field).toBe('format');
    const exports = await t.app.get(DataSource).query(`SELECT changes FROM audit_events WHERE entity = 'export' AND action = 'request-bundle' AND entity_id = $1 ORDER BY id`, [requestId]);
    expect(exports.map((e: { changes: { details: { format: string } } }) => e.changes.details.format)).toEqual(['xlsx', 'zip']);
  });

  it('closes the bundle once the request is responded to', async () => {
    const current = (await recorder.get(`/api/information-requests/${requestId}`).expect(200)).body;
    await recorder.patch(`/api/information-requests/${requestId}`, { status: 'responded', respondedOn: londonDate() }, current.version).expect(200);
    expect((await gather({ phrase: 'advocacy' }).expect(422)).body.errors[0].field).toBe('status');
  });
});
