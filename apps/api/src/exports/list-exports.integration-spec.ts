import { parse } from 'csv-parse/sync';
import { PositionFixtures } from '../positions/positions.fixtures';
import { asFile } from '../testing/download';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

type Table = Record<string, string>[];

/** The file as records keyed by heading. */
async function exported(client: TestClient, url: string): Promise<{ rows: Table; marking: string }> {
  const res = await asFile(client.get(url)).expect(200);
  return { rows: parse(res.body.toString('utf8'), { bom: true, columns: true }) as Table, marking: res.headers['x-classification'] };
}

/** Meetings, organisations, contacts and positions export with their lists' filters and readers' rules. */
describe('list exports', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let cdc: string;
  let leeds: string;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    const fx = new PositionFixtures(t, recorder);
    cdc = await fx.organisation('Council for Disabled Children', 'sector_body');
    leeds = await fx.organisation('Leeds Parent Carer Forum', 'parent_carer_forum');
    await recorder.post('/api/contacts', { organisationId: cdc, name: 'Sam Jones', role: 'Policy lead', email: 'sam@example.org', phone: '020 7946 0000' }).expect(201);
    const proposal = await fx.proposal('Written records of support');
    const open = await fx.meeting('Development group, March');
    const secret = await fx.meeting('Bilateral on settlement', 'OFFICIAL_SENSITIVE');
    const state = (stance: string, statedOn: string, meetingId: string, classification = 'OFFICIAL') =>
      recorder.post('/api/positions', { organisationId: cdc, proposalId: proposal, stance, summary: `Said ${stance}`, statedOn, meetingId, classification }).expect(201);
    await state('concerns', '2026-03-01', open.id);
    await state('support', '2026-04-01', secret.id, 'OFFICIAL_SENSITIVE');
  });
  afterAll(() => t.close());

  it('meetings: the filtered list, marked by its content', async () => {
    const all = await exported(recorder, '/api/meetings/export?format=csv');
    expect(all.marking).toBe('OFFICIAL-SENSITIVE');
    expect(all.rows.map((r) => r['Title']).sort()).toEqual(['Bilateral on settlement', 'Development group, March']);
    const official = await exported(recorder, '/api/meetings/export?format=csv&classification=OFFICIAL');
    expect(official.marking).toBe('OFFICIAL');
    expect(official.rows.map((r) => r['Title'])).toEqual(['Development group, March']);
    const viewers = await exported(viewer, '/api/meetings/export?format=csv');
    expect(viewers.rows.map((r) => r['Title'])).toEqual(['Development group, March']);
  });

  it('organisations: filters and labels', async () => {
    const forums = await exported(viewer, '/api/organisations/export?format=csv&type=parent_carer_forum');
    expect(forums.marking).toBe('OFFICIAL');
    expect(forums.rows).toEqual([expect.objectContaining({ Name: 'Leeds Parent Carer Forum', Type: 'Parent carer forum' })]);
  });

  it("contacts: a viewer's file has no email, phone or notes", async () => {
    const full = await exported(recorder, '/api/contacts/export?format=csv');
    expect(full.rows).toEqual([expect.objectContaining({ Name: 'Sam Jones', Organisation: 'Council for Disabled Children', Email: 'sam@example.org', Phone: '020 7946 0000' })]);
    const redacted = await exported(viewer, '/api/contacts/export?format=csv');
    expect(redacted.rows).toEqual([expect.objectContaining({ Name: 'Sam Jones', Email: '', Phone: '', Notes: '' })]);
  });

  it('positions: every statement, or the current one per pair; a viewer sees the latest they may see', async () => {
    const history = await exported(recorder, '/api/positions/export?format=csv');
    expect(history.rows.map((r) => r['Stance'])).toEqual(['Supports', 'Has concerns']);
    const current = await exported(recorder, '/api/positions/export?format=csv&current=true');
    expect(current.rows.map((r) => [r['Stance'], r['Classification']])).toEqual([['Supports', 'OFFICIAL-SENSITIVE']]);
    const viewersCurrent = await exported(viewer, '/api/positions/export?format=csv&current=true');
    expect(viewersCurrent.marking).toBe('OFFICIAL');
    expect(viewersCurrent.rows.map((r) => [r['Stance'], r['Stated on']])).toEqual([['Has concerns', '2026-03-01']]);
  });

  it("positions: one organisation's current positions, as its page offers them", async () => {
    expect((await exported(viewer, `/api/positions/export?format=csv&current=true&organisationId=${cdc}`)).rows).toHaveLength(1);
    expect((await exported(viewer, `/api/positions/export?format=csv&current=true&organisationId=${leeds}`)).rows).toEqual([]);
  });
});
