import type { Role } from '@send/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { cookieValue, createUser } from '../testing/test-client';

const BASE = '/api/imports/organisations-and-contacts';
const HEADINGS = 'Organisation name,Organisation type,Regions,Website,Description,Tags,Contact name,Contact role,Contact email,Contact phone,Contact notes';

/** A signed-in session that can send a raw body (the shared test client sends JSON only). */
async function csvClient(t: TestApp, role: Role) {
  const user = await createUser(t, role);
  const agent = request.agent(t.app.getHttpServer());
  const res = await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  const csrf = cookieValue(res, 'XSRF-TOKEN') ?? '';
  return {
    user,
    get: (url: string) => agent.get(url),
    post: (url: string, body: string | object, type = 'text/csv') => agent.post(url).set('X-XSRF-TOKEN', csrf).set('Content-Type', type).send(body),
  };
}

const csv = (...lines: string[]) => [HEADINGS, ...lines].join('\r\n') + '\r\n';

describe('CSV import of organisations and contacts', () => {
  let t: TestApp;
  let db: DataSource;
  let recorder: Awaited<ReturnType<typeof csvClient>>;
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const counts = async () => ({ organisations: await count('organisations'), contacts: await count('contacts'), audit: await count('audit_events') });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    recorder = await csvClient(t, 'recorder');
  });
  afterAll(() => t.close());

  it('gives editors the template: the headings as CSV with a byte-order mark', async () => {
    const res = await recorder.get(`${BASE}/template`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('organisations-and-contacts-template.csv');
    expect(res.text).toBe(`\uFEFF${HEADINGS}\r\n`);
    const viewer = await csvClient(t, 'viewer');
    expect((await viewer.get(`${BASE}/template`)).status).toBe(403);
    expect((await viewer.post(`${BASE}/dry-run`, csv('A,charity,,,,,,,,,'))).status).toBe(403);
  });

  it('reports every error by line and column, counting a cell with a line break as one row, and writes nothing', async () => {
    const before = await counts();
    const file = csv(
      'Good Org,charity,London,,,,Ann Good,,ann@example.org,,',
      'Good Org,,,,,,Bad Email,,not-an-email,,',
      '"Bad Type Org",club,,,,,Multi Line,,,,"first line',
      'second line"',
      ',charity,,,,,No Org Name,,,,',
      'Site Org,charity,"London; Atlantis",www.example.org,,,,,,,',
      'Good Org,sector_body,,,,,Cy,,,01234 abc,',
    );
    const res = await recorder.post(`${BASE}/dry-run`, file).expect(200);
    expect(res.body.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'Contact email'],
      [4, 'Organisation type'],
      [6, 'Organisation name'],
      [7, 'Regions'],
      [7, 'Website'],
      [8, 'Organisation type'],
      [8, 'Contact phone'],
    ]);
    const byPlace = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byPlace['line 3, Contact email']).toBe('Contact email must be an email address');
    expect(byPlace['line 4, Organisation type']).toMatch(/^Organisation type must be one of the following values: parent_carer_forum/);
    expect(byPlace['line 8, Organisation type']).toBe('Organisation type differs from line 2 for the same organisation: leave it blank or give the same value');
    expect(await counts()).toEqual(before);
  });

  it('reports unknown and missing headings as file-level errors on line 1', async () => {
    const file = HEADINGS.replace('Contact phone', 'Phone number').replace(',Tags', '') + '\r\nA,charity,,,,Ann,,,,\r\n';
    const res = await recorder.post(`${BASE}/dry-run`, file).expect(200);
    expect(res.body.errors).toEqual([
      { field: 'line 1, Phone number', line: 1, column: 'Phone number', message: '"Phone number" is not a heading in the template' },
      { field: 'line 1, Tags', line: 1, column: 'Tags', message: 'The "Tags" heading is missing: use the template\'s headings' },
      { field: 'line 1, Contact phone', line: 1, column: 'Contact phone', message: 'The "Contact phone" heading is missing: use the template\'s headings' },
    ]);
  });

  it('reports duplicates: an existing organisation is reused, a name twice in the file is created once, known contacts are skipped', async () => {
    const [org] = await db.query(`INSERT INTO organisations (name, type, created_by, updated_by) VALUES ('Northshire Parent Carer Forum', 'parent_carer_forum', $1, $1) RETURNING id`, [recorder.user.id]);
    await db.query(`INSERT INTO contacts (organisation_id, name, email, created_by, updated_by) VALUES ($1, 'Sam Patel', 'sam@northshire.example', $2, $2)`, [org.id, recorder.user.id]);
    const file = csv(
      'northshire   PARENT carer forum,,,,,,sam  patel,,,,',
      'Northshire Parent Carer Forum,,,,,,Samuel Patel,,SAM@northshire.example,,',
      'Northshire Parent Carer Forum,,,,,,Jo New,,,,',
      'Dup Test Charity,charity,,,,,Kim Lee,,kim@dup.example,,',
      'dup test charity,,,,,,Kim Lee,,,,',
      'Dup Test Charity,,,,,,Other Person,,,,',
    );
    const res = await recorder.post(`${BASE}/dry-run`, file).expect(200);
    expect(res.body).toEqual({
      rows: 6,
      errors: [],
      newOrganisations: [{ line: 5, name: 'Dup Test Charity' }],
      existingOrganisations: [{ line: 2, name: 'Northshire Parent Carer Forum' }],
      newContacts: 3,
      duplicateContacts: [
        { line: 2, name: 'sam  patel', organisationName: 'Northshire Parent Carer Forum', reason: 'already a contact there (same name)' },
        { line: 3, name: 'Samuel Patel', organisationName: 'Northshire Parent Carer Forum', reason: 'already a contact there (same email)' },
        { line: 6, name: 'Kim Lee', organisationName: 'Dup Test Charity', reason: 'also on line 5 (same name)' },
      ],
    });
  });

  it('commits in one go with an audit event for each record, reading a BOM, quoted commas and line breaks', async () => {
    const file =
      '\uFEFF' +
      csv(
        '"Commit Trust, North",Charity,"North East; Yorkshire and the Humber",https://trust.example.org,"Says ""hello""",early years; post-16,Pat Commit,Chair,pat@trust.example,0191 496 0000,"Met at the forum,',
        'prefers email"',
        '"Commit Trust, North",,,,,,Lou Commit,,,,',
        'Only Org Council,local_authority,london,,,,,,,,',
      );
    const res = await recorder.post(`${BASE}/commit`, file).expect(200);
    expect(res.body).toEqual({
      rows: 3,
      newOrganisations: [
        { line: 2, name: 'Commit Trust, North' },
        { line: 5, name: 'Only Org Council' },
      ],
      existingOrganisations: [],
      newContacts: 2,
      duplicateContacts: [],
    });
    const [trust] = await db.query(`SELECT id, type, regions, website, description, tags, created_by FROM organisations WHERE name = 'Commit Trust, North'`);
    expect(trust).toMatchObject({ type: 'charity', regions: ['north_east', 'yorkshire_and_the_humber'], website: 'https://trust.example.org', description: 'Says "hello"', tags: ['early years', 'post-16'], created_by: recorder.user.id });
    const contacts = await db.query(`SELECT name, role, email, phone, notes FROM contacts WHERE organisation_id = $1 ORDER BY name`, [trust.id]);
    expect(contacts).toEqual([
      { name: 'Lou Commit', role: '', email: null, phone: null, notes: '' },
      { name: 'Pat Commit', role: 'Chair', email: 'pat@trust.example', phone: '0191 496 0000', notes: 'Met at the forum,\nprefers email' },
    ]);

    const events = await db.query(
      `SELECT entity, action, actor_id, changes FROM audit_events WHERE actor_id = $1 AND (entity_id = $2 OR entity_id IN (SELECT id FROM contacts WHERE organisation_id = $2) OR entity = 'import') ORDER BY id`,
      [recorder.user.id, trust.id],
    );
    expect(events.map((e: { entity: string; action: string }) => `${e.entity} ${e.action}`)).toEqual(['organisation created', 'contact created', 'contact created', 'import organisations-and-contacts']);
    // Contacts' personal details never reach the append-only audit history.
    expect(JSON.stringify(events[1].changes)).not.toContain('pat@trust.example');
    expect(events[3].changes.details).toEqual({ rows: 3, organisationsCreated: 2, organisationsReused: 0, contactsCreated: 2, duplicatesSkipped: 0 });

    const again = await recorder.post(`${BASE}/commit`, file).expect(200);
    expect(again.body).toMatchObject({ newOrganisations: [], existingOrganisations: [{ name: 'Commit Trust, North' }, { name: 'Only Org Council' }], newContacts: 0 });
    expect(again.body.duplicateContacts).toHaveLength(2);
  });

  it('re-validates on commit: a file with errors is refused with 422 and the row errors, and nothing is written', async () => {
    const before = await counts();
    const res = await recorder.post(`${BASE}/commit`, csv('Refused Valid Org,charity,,,,,Ann,,,,', 'Refused Bad Org,,,,,,,,,,')).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe('The file has 1 error, so nothing was imported.');
    expect(res.body.errors).toEqual([{ field: 'line 3, Organisation type', line: 3, column: 'Organisation type', message: expect.stringMatching(/^Organisation type must be one of/) }]);
    expect(await counts()).toEqual(before);
  });

  it('keeps nothing when the database refuses a row part-way through (all or nothing)', async () => {
    // A rule the validator cannot know: the database refuses the contact on line 5 after lines 2-4 were written.
    await db.query(`ALTER TABLE contacts ADD CONSTRAINT test_refuse_contact CHECK (name <> 'Refused Person') NOT VALID`);
    try {
      const before = await counts();
      const file = csv('Partway One,charity,,,,,First Person,,,,', 'Partway Two,union,,,,,Second Person,,,,', 'Partway One,,,,,,Third Person,,,,', 'Partway Two,,,,,,Refused Person,,,,');
      const res = await recorder.post(`${BASE}/commit`, file).expect(422);
      expect(res.body.detail).toBe('Line 5 could not be imported, so nothing was.');
      expect(res.body.errors).toEqual([{ field: 'line 5', line: 5, column: null, message: 'The database refused this row (test_refuse_contact)' }]);
      expect(await counts()).toEqual(before);
      expect(await db.query(`SELECT name FROM organisations WHERE name LIKE 'Partway%'`)).toEqual([]);
    } finally {
      await db.query(`ALTER TABLE contacts DROP CONSTRAINT test_refuse_contact`);
    }
  });

  it('refuses a body that is not CSV (400) or too large (413) as problem+json', async () => {
    const json = await recorder.post(`${BASE}/dry-run`, { name: 'x' }, 'application/json').expect(400);
    expect(json.headers['content-type']).toContain('application/problem+json');
    expect(json.body.errors).toEqual([{ field: 'file', message: 'Send the file as CSV text with Content-Type: text/csv' }]);
    const zip = await recorder.post(`${BASE}/commit`, 'PK\u0003\u0004binary').expect(400);
    expect(zip.body.errors[0].field).toBe('file');

    const big = csv(`Big Org,charity,,,"${'x'.repeat(5 * 1024 * 1024)}",,,,,,`);
    const tooLarge = await recorder.post(`${BASE}/dry-run`, big).expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.body.status).toBe(413);
  });
});
