import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Classification, MeetingStatus } from '@send/contracts';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { asFile } from '../../testing/download';
import { signIn, type TestClient } from '../../testing/test-client';

const QUARTER = '2026-Q3';

interface Seed {
  title: string;
  startsAt: string;
  status?: MeetingStatus;
  classification?: Classification;
  purpose?: string;
  summary?: string;
  noOfficialPresent?: boolean;
  ministers?: string[];
  attended?: string[];
  apologies?: string[];
}

/** The raw bytes of a download. */
async function bytes(test: ReturnType<TestClient['get']>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const res = await asFile(test);
  return { status: res.status, headers: res.headers as Record<string, string>, body: res.body as Buffer };
}

const expected = (name: string) => readFileSync(join(__dirname, name));

describe('ministers’ meetings transparency return', () => {
  let t: TestApp;
  let admin: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};

  async function seed(db: DataSource, authorId: string): Promise<void> {
    const [children] = await db.query(`INSERT INTO ministers (name) VALUES ('Minister for Children and Families') RETURNING id`);
    const ministers: Record<string, string> = { children: children.id };
    for (const [key, name] of [['sos', 'Secretary of State for Education'], ['standards', 'Minister for School Standards']]) {
      ministers[key] = (await db.query(`SELECT id FROM ministers WHERE name = $1`, [name]))[0].id;
    }
    const orgs: Record<string, string> = {};
    for (const name of ['IPSEA', 'Council for Disabled Children', 'National Network of Parent Carer Forums', 'Contact', 'Whistle Trust', 'Special Needs Jungle', 'nasen', 'Ambitious about Autism']) {
      orgs[name] = (await db.query(`INSERT INTO organisations (name, type, created_by, updated_by) VALUES ($1, 'charity', $2, $2) RETURNING id`, [name, authorId]))[0].id;
    }
    const meetings: Record<string, Seed> = {
      // In the return: two ministers, three attending (one more sent apologies), a purpose with a comma and quotes.
      A: { title: 'Inclusion roundtable', startsAt: '2026-07-15T09:00:00Z', purpose: 'Discuss "inclusion bases", funding and EHCPs', ministers: ['sos', 'standards'], attended: ['IPSEA', 'Council for Disabled Children', 'National Network of Parent Carer Forums'], apologies: ['Contact'] },
      // 23:30 on 30 June UTC is 00:30 on 1 July in London: in the quarter, dated 01/07/2026.
      B: { title: 'Early start', startsAt: '2026-06-30T23:30:00Z', purpose: 'Tribunal route', ministers: ['standards'], attended: ['Special Needs Jungle'] },
      C: { title: 'Named case', startsAt: '2026-08-20T13:00:00Z', purpose: 'A named child’s placement', ministers: ['sos'], attended: ['Whistle Trust'], classification: 'OFFICIAL_SENSITIVE' },
      D: { title: 'Draft with a minister', startsAt: '2026-08-01T10:00:00Z', status: 'draft', purpose: '  ', ministers: ['sos'] },
      E: { title: 'Officials only', startsAt: '2026-08-02T10:00:00Z', purpose: 'Officials catch-up', attended: ['nasen'] },
      F: { title: 'Just after the quarter', startsAt: '2026-09-30T23:30:00Z', purpose: 'Too late', ministers: ['sos'], attended: ['nasen'] },
      G: { title: 'Late listening session', startsAt: '2026-09-30T22:30:00Z', purpose: 'Listening session on autism support', ministers: ['children'], attended: ['Ambitious about Autism', 'nasen'], noOfficialPresent: true, summary: ' ' },
      H: { title: 'Just before the quarter', startsAt: '2026-06-30T22:30:00Z', purpose: 'Too early', ministers: ['sos'], attended: ['nasen'] },
      I: { title: 'Nobody came', startsAt: '2026-09-10T14:00:00Z', purpose: 'Update on the tribunal route', ministers: ['standards'], apologies: ['IPSEA'] },
      J: { title: 'Awaiting review', startsAt: '2026-09-05T10:00:00Z', status: 'submitted', purpose: 'Funding', ministers: ['standards'], attended: ['IPSEA'] },
      K: { title: 'Sensitive draft', startsAt: '2026-08-25T10:00:00Z', status: 'draft', purpose: 'Sensitive', ministers: ['sos'], attended: ['Whistle Trust'], classification: 'OFFICIAL_SENSITIVE' },
    };
    for (const [key, m] of Object.entries(meetings)) {
      const [row] = await db.query(
        `INSERT INTO meetings (title, type, starts_at, purpose, summary, no_official_present, classification, status, phase, created_by, updated_by)
         VALUES ($1, 'roundtable', $2, $3, $4, $5, $6, $7, 'implementation', $8, $8) RETURNING id, reference`,
        [m.title, m.startsAt, m.purpose ?? '', m.summary ?? 'Notes taken.', m.noOfficialPresent ?? false, m.classification ?? 'OFFICIAL', m.status ?? 'agreed', authorId],
      );
      ids[key] = row.id;
      refs[key] = row.reference;
      for (const minister of m.ministers ?? []) await db.query(`INSERT INTO meeting_ministers (meeting_id, minister_id) VALUES ($1, $2)`, [row.id, ministers[minister]]);
      const attendees = [...(m.attended ?? []).map((o) => [o, 'attended']), ...(m.apologies ?? []).map((o) => [o, 'apologies'])];
      for (const [position, [org, attendance]] of attendees.entries()) {
        await db.query(`INSERT INTO meeting_attendees (meeting_id, organisation_id, attendance, position) VALUES ($1, $2, $3, $4)`, [row.id, orgs[org], attendance, position]);
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    await seed(t.app.get(DataSource), admin.user.id);
  });
  afterAll(() => t.close());

  it('gives the private office the whole quarter, byte for byte the published format, marked by its content', async () => {
    const res = await bytes(reviewer.get(`/api/reports/transparency-return?quarter=${QUARTER}`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(res.headers['content-disposition']).toContain('filename="ministers-meetings-2026-Q3-official-sensitive.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.equals(expected('transparency-return.expected.csv'))).toBe(true);
  });

  it('never gives a viewer a sensitive meeting, and marks their file OFFICIAL', async () => {
    const res = await bytes(viewer.get(`/api/reports/transparency-return?quarter=${QUARTER}`));
    expect(res.status).toBe(200);
    expect(res.headers['x-classification']).toBe('OFFICIAL');
    expect(res.headers['content-disposition']).toContain('filename="ministers-meetings-2026-Q3-official.csv"');
    expect(res.body.equals(expected('transparency-return-viewer.expected.csv'))).toBe(true);
    expect(res.body.toString('utf8')).not.toContain('Whistle Trust');
  });

  it('audits each download: who, which quarter, how many rows', async () => {
    const db = t.app.get(DataSource);
    const events = await db.query(`SELECT actor_id, changes, classification FROM audit_events WHERE entity = 'transparency_return' AND action = 'downloaded' ORDER BY id`);
    expect(events).toEqual(
      expect.arrayContaining([
        { actor_id: reviewer.user.id, changes: { details: { quarter: QUARTER, rows: 6, marking: 'OFFICIAL-SENSITIVE' } }, classification: 'OFFICIAL_SENSITIVE' },
        { actor_id: viewer.user.id, changes: { details: { quarter: QUARTER, rows: 5, marking: 'OFFICIAL' } }, classification: 'OFFICIAL' },
      ]),
    );
  });

  it('lists each ministerial meeting that would be wrong or missing, with its reasons and the row count', async () => {
    const forReviewer = (await reviewer.get(`/api/reports/transparency-return/check?quarter=${QUARTER}`).expect(200)).body;
    expect(forReviewer).toMatchObject({ quarter: QUARTER, from: '2026-07-01', to: '2026-09-30', rows: 6 });
    expect(forReviewer.meetings.map((m: { reference: string; problems: string[] }) => [m.reference, m.problems])).toEqual([
      [refs['D'], ['not_agreed', 'no_purpose', 'no_organisations']],
      [refs['K'], ['not_agreed']],
      [refs['J'], ['not_agreed']],
      [refs['I'], ['no_organisations']],
      [refs['G'], ['no_official_note']],
    ]);
    expect(forReviewer.meetings[0]).toEqual({
      id: ids['D'],
      reference: refs['D'],
      title: 'Draft with a minister',
      startsAt: '2026-08-01T10:00:00.000Z',
      status: 'draft',
      classification: 'OFFICIAL',
      ministers: ['Secretary of State for Education'],
      problems: ['not_agreed', 'no_purpose', 'no_organisations'],
    });

    const forViewer = (await viewer.get(`/api/reports/transparency-return/check?quarter=${QUARTER}`).expect(200)).body;
    expect(forViewer.rows).toBe(5);
    expect(forViewer.meetings.map((m: { reference: string }) => m.reference)).toEqual([refs['D'], refs['J'], refs['I'], refs['G']]);

    const empty = (await viewer.get('/api/reports/transparency-return/check?quarter=2025-Q1').expect(200)).body;
    expect(empty).toEqual({ quarter: '2025-Q1', from: '2025-01-01', to: '2025-03-31', rows: 0, meetings: [] });
  });

  it('refuses a bad quarter with a problem naming it', async () => {
    for (const url of ['/api/reports/transparency-return', '/api/reports/transparency-return/check']) {
      for (const query of ['', '?quarter=2026-Q5', '?quarter=2026-07', '?quarter=2026-Q3&extra=1']) {
        const res = await viewer.get(`${url}${query}`).expect(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([query.includes('extra') ? 'extra' : 'quarter']);
      }
    }
  });

  it('lets only an admin change the headings, validated and audited, and the file uses them', async () => {
    const current = (await viewer.get('/api/reports/transparency-return/headings').expect(200)).body;
    expect(current).toMatchObject({
      headings: { minister: 'Minister', date: 'Date', organisations: 'Name of organisation or individual', purpose: 'Purpose of meeting' },
      version: 1,
      updatedBy: null,
    });
    const changed = { minister: ' Minister name ', date: 'Date of meeting', organisations: 'Organisations', purpose: 'Purpose' };
    await reviewer.put('/api/reports/transparency-return/headings', changed, 1).expect(403);
    await viewer.put('/api/reports/transparency-return/headings', changed, 1).expect(403);
    await admin.put('/api/reports/transparency-return/headings', changed).expect(428);

    const bad = await admin.put('/api/reports/transparency-return/headings', { minister: '', date: 'x'.repeat(101), organisations: 'Two\nlines', colour: 'red' }, 1).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['colour', 'date', 'minister', 'organisations', 'purpose']);
    const same = await admin.put('/api/reports/transparency-return/headings', { ...changed, purpose: 'date of MEETING' }, 1).expect(400);
    expect(same.body.errors).toEqual([{ field: 'purpose', message: 'purpose must differ from the other headings' }]);

    const saved = (await admin.put('/api/reports/transparency-return/headings', changed, 1).expect(200)).body;
    expect(saved).toMatchObject({ headings: { ...changed, minister: 'Minister name' }, version: 2, updatedBy: admin.user.id });
    const stale = await admin.put('/api/reports/transparency-return/headings', changed, 1).expect(412);
    expect(stale.body.currentVersion).toBe(2);

    const [audit] = await t.app.get(DataSource).query(`SELECT actor_id, changes FROM audit_events WHERE entity = 'transparency_return_headings' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({
      actor_id: admin.user.id,
      changes: {
        minister: { from: 'Minister', to: 'Minister name' },
        date: { from: 'Date', to: 'Date of meeting' },
        organisations: { from: 'Name of organisation or individual', to: 'Organisations' },
        purpose: { from: 'Purpose of meeting', to: 'Purpose' },
      },
    });

    const file = await bytes(viewer.get(`/api/reports/transparency-return?quarter=${QUARTER}`));
    const [header, ...rest] = file.body.toString('utf8').split('\r\n');
    expect(header).toBe('\ufeffMinister name,Date of meeting,Organisations,Purpose');
    expect(rest.join('\r\n')).toBe(expected('transparency-return-viewer.expected.csv').toString('utf8').split('\r\n').slice(1).join('\r\n'));
  });
});
