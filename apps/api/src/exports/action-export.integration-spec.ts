import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { ActionFixtures } from '../actions/actions.fixtures';
import { asFile } from '../testing/download';
import { describeWithLibreOffice, valuesInLibreOffice } from '../testing/libreoffice';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

function csvRows(file: Buffer): string[][] {
  return parse(file.toString('utf8'), { bom: true }) as string[][];
}

/** The action log as a file: the list's filter, every match in the list's order, marked, audited, reader-aware. */
describe('action log export', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    const fx = new ActionFixtures(t, recorder);
    const cdc = await fx.organisation('Council for Disabled Children');
    const proposal = await fx.proposal('Written records of support');
    const meeting = await fx.meeting('Development group, March');
    await fx.action({ title: 'Reply to CDC, with costings', description: 'Line one\nline two, with "quotes"', raisedByOrganisationId: cdc, proposalIds: [proposal], meetingId: meeting.id, dueOn: '2030-01-10' });
    await fx.action({ title: '=HYPERLINK("http://evil.example","click")', dueOn: '2030-01-11' });
    await fx.action({ title: 'Settlement options', classification: 'OFFICIAL_SENSITIVE', dueOn: '2030-01-12' });
    const done = await fx.action({ title: 'Published evaluation', dueOn: '2030-01-13' });
    await reviewer.patch(`/api/actions/${done.id}`, { status: 'done', completionNote: 'Published in May.' }, done.version).expect(200);
  });
  afterAll(() => t.close());

  it('writes the filtered list as RFC 4180 CSV in the list order, with the words the dashboard uses', async () => {
    const res = await asFile(reviewer.get('/api/actions/export?format=csv&status=open&sort=dueOn')).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="actions-\d{4}-\d{2}-\d{2}-official-sensitive\.csv"/);
    const rows = csvRows(res.body);
    const headings = rows[0];
    const column = (name: string) => rows.slice(1).map((r) => r[headings.indexOf(name)]);
    const list = (await reviewer.get('/api/actions?status=open&sort=dueOn').expect(200)).body.items as { reference: string }[];
    expect(column('Reference')).toEqual(list.map((a) => a.reference));
    expect(column('Title')).toEqual(['Reply to CDC, with costings', `'=HYPERLINK("http://evil.example","click")`, 'Settlement options']);
    expect(column('Description')[0]).toBe('Line one\nline two, with "quotes"');
    expect(column('Raised by')[0]).toBe('Council for Disabled Children');
    expect(column('Proposals')[0]).toBe('Written records of support');
    expect(column('Status')).toEqual(['Open', 'Open', 'Open']);
    expect(column('Due')).toEqual(['2030-01-10', '2030-01-11', '2030-01-12']);
    expect(column('Classification')).toEqual(['OFFICIAL', 'OFFICIAL', 'OFFICIAL-SENSITIVE']);
    expect(res.body.toString('utf8')).toContain('\r\n');
  });

  it("never puts OFFICIAL-SENSITIVE actions in a viewer's file, and marks it OFFICIAL", async () => {
    const res = await asFile(viewer.get('/api/actions/export?format=csv')).expect(200);
    expect(res.headers['x-classification']).toBe('OFFICIAL');
    const titles = csvRows(res.body).slice(1).map((r) => r[1]);
    expect(titles).toHaveLength(3);
    expect(titles).not.toContain('Settlement options');
  });

  it('audits each export: who, which filter, how many rows', async () => {
    await asFile(recorder.get('/api/actions/export?format=xlsx&status=done')).expect(200);
    const events: { action: string; changes: { details: Record<string, unknown> } }[] = await t.app
      .get(DataSource)
      .query(`SELECT action, changes FROM audit_events WHERE entity = 'export' AND actor_id = $1`, [recorder.user.id]);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe('actions');
    expect(events[0].changes.details).toMatchObject({ format: 'xlsx', rows: 1, complete: true, filter: { status: ['done'] } });
  });

  it('refuses an unknown format or filter by name, as a problem', async () => {
    const bad = await reviewer.get('/api/actions/export?format=pdf').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('format');
    const badFilter = await reviewer.get('/api/actions/export?format=csv&status=lost').expect(400);
    expect(JSON.stringify(badFilter.body)).toContain('status');
    await t.http.get('/api/actions/export?format=csv').expect(401);
  });

  describeWithLibreOffice('in LibreOffice', () => {
    it.each(['ods', 'xlsx'] as const)('%s opens with the same values as the CSV', async (format) => {
      const csv = csvRows((await asFile(reviewer.get('/api/actions/export?format=csv')).expect(200)).body);
      const file = await asFile(reviewer.get(`/api/actions/export?format=${format}`)).expect(200);
      const values = valuesInLibreOffice(file.body, format);
      expect(values[0][0]).toBe('OFFICIAL-SENSITIVE');
      // The CSV neutralises formula-like text with an apostrophe; in a spreadsheet it is a plain text cell.
      const unneutralised = csv.map((row) => row.map((v) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v)));
      expect(values.slice(1).map((r) => r.slice(0, unneutralised[0].length))).toEqual(unneutralised);
    });
  });
});
