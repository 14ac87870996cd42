import { DataSource } from 'typeorm';
import type { CoverageResponse } from '@send/contracts';
import { londonDate } from '../../common/dates';
import { insertRow } from '../../testing/insert-row';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { signIn, type TestClient } from '../../testing/test-client';

const RANGE = '?from=2026-03-01&to=2026-05-31';

describe('engagement coverage', () => {
  let t: TestApp;
  let reviewer: TestClient;
  let viewer: TestClient;
  const id: Record<string, string> = {};
  const db = () => t.app.get(DataSource);

  const insert = (table: string, values: Record<string, unknown>) => insertRow(db(), table, values, reviewer.user.id);

  async function meeting(key: string, startsAt: string, region: string | null, themes: string[], attended: string[], options: { ministers?: string[]; apologies?: string[]; classification?: string } = {}) {
    id[key] = await insert('meetings', {
      title: key, type: 'roundtable', starts_at: startsAt, region, theme_ids: themes.map((k) => id[k]), phase: 'consultation', classification: options.classification ?? 'OFFICIAL',
    });
    const people = [...attended.map((o) => [o, 'attended']), ...(options.apologies ?? []).map((o) => [o, 'apologies'])];
    for (const [index, [org, attendance]] of people.entries()) {
      await db().query(`INSERT INTO meeting_attendees (meeting_id, organisation_id, attendance, position) VALUES ($1, $2, $3, $4)`, [id[key], id[org], attendance, index]);
    }
    for (const minister of options.ministers ?? []) await db().query(`INSERT INTO meeting_ministers (meeting_id, minister_id) VALUES ($1, $2)`, [id[key], id[minister]]);
  }

  const action = (createdAt: string, closedAt: string | null, classification = 'OFFICIAL') =>
    insert('actions', { title: `Action ${createdAt}`, created_at: createdAt, closed_at: closedAt, status: closedAt ? 'cancelled' : 'open', classification });
  const position = (org: string, proposal: string, stance: string, statedOn: string, classification = 'OFFICIAL') =>
    insert('positions', { organisation_id: id[org], proposal_id: id[proposal], stance, summary: stance, stated_on: statedOn, phase: 'consultation', classification });
  const coverage = async (client: TestClient, query = RANGE): Promise<CoverageResponse> => (await client.get(`/api/reports/coverage${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    for (const { key, tid } of await db().query(`SELECT key, id AS tid FROM themes`)) id[key === 'early_intervention' ? 'E' : key === 'fairness' ? 'F' : key] = tid;
    for (const { name, mid } of await db().query(`SELECT name, id AS mid FROM ministers`)) id[name.startsWith('Secretary') ? 'SoS' : 'MSS'] = mid;
    id['Retired'] = (await db().query(`INSERT INTO ministers (name, active) VALUES ('Retired minister', false) RETURNING id`))[0].id;
    await db().query(`INSERT INTO ministers (name, active) VALUES ('Retired and unused', false)`);
    id['A'] = await insert('organisations', { name: 'Alliance', type: 'charity' });
    id['B'] = await insert('organisations', { name: 'Bristol forum', type: 'parent_carer_forum' });
    id['C'] = await insert('organisations', { name: 'Cumbria forum', type: 'parent_carer_forum' });
    id['D'] = await insert('organisations', { name: 'Devon council', type: 'local_authority' });
    for (const p of ['P1', 'P2', 'P3']) id[p] = await insert('proposals', { title: `Proposal ${p}` });

    await meeting('M1', '2026-03-10T10:00:00Z', 'london', ['E', 'F'], ['A', 'B'], { ministers: ['SoS'], apologies: ['C'] });
    // 00:30 on 1 April in London (BST): April's, not March's.
    await meeting('M2', '2026-03-31T23:30:00Z', 'london', ['E'], ['A', 'C'], { ministers: ['SoS', 'MSS'] });
    await meeting('M3', '2026-04-15T09:00:00Z', 'north_west', [], ['D'], { ministers: ['MSS'], classification: 'OFFICIAL_SENSITIVE' });
    await meeting('M4', '2026-05-20T09:00:00Z', null, ['F'], ['B', 'D'], { ministers: ['Retired'] });
    await meeting('M5 before', '2026-02-28T23:30:00Z', 'london', ['E'], ['A']);
    // 00:30 on 1 June in London: after the range.
    await meeting('M7 after', '2026-05-31T23:30:00Z', 'london', ['E'], ['A']);

    await action('2026-03-05T10:00:00Z', '2026-04-10T10:00:00Z');
    await action('2026-03-31T23:30:00Z', null);
    await action('2026-04-20T10:00:00Z', '2026-05-02T10:00:00Z', 'OFFICIAL_SENSITIVE');
    await action('2026-02-15T10:00:00Z', '2026-03-20T10:00:00Z');
    await action('2026-05-31T23:30:00Z', null);

    await position('A', 'P1', 'concerns', '2026-03-05');
    await position('A', 'P1', 'support', '2026-04-10');
    await position('B', 'P1', 'oppose', '2026-03-10');
    await position('C', 'P1', 'support', '2026-02-20');
    await position('D', 'P1', 'concerns', '2026-05-01', 'OFFICIAL_SENSITIVE');
    await position('A', 'P2', 'neutral', '2026-03-12');
    await position('A', 'P2', 'oppose', '2026-04-12', 'OFFICIAL_SENSITIVE');
  });
  afterAll(() => t.close());

  const sortBy = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  const cellKey = (c: { themeId: string | null; region: string | null }) => `${c.themeId ?? '-'} ${c.region ?? '-'}`;

  it('counts meetings and distinct organisations heard for each principle × region, with totals', async () => {
    const r = await coverage(reviewer);
    expect(r).toMatchObject({ from: '2026-03-01', to: '2026-05-31', marking: 'OFFICIAL-SENSITIVE' });
    expect(r.themes.map((x) => x.name)).toEqual(['Early intervention', 'Local provision', 'Fairness', 'Effective practice', 'Shared working']);
    expect(sortBy(r.cells, cellKey)).toEqual(sortBy([
      { themeId: id['E'], region: 'london', meetings: 2, organisations: 3 },
      { themeId: id['F'], region: 'london', meetings: 1, organisations: 2 },
      { themeId: null, region: 'north_west', meetings: 1, organisations: 1 },
      { themeId: id['F'], region: null, meetings: 1, organisations: 2 },
    ], cellKey));
    expect(sortBy(r.themeTotals, (x) => x.themeId ?? '-')).toEqual(sortBy([
      { themeId: id['E'], meetings: 2, organisations: 3 },
      { themeId: id['F'], meetings: 2, organisations: 3 },
      { themeId: null, meetings: 1, organisations: 1 },
    ], (x) => x.themeId ?? '-'));
    expect(sortBy(r.regionTotals, (x) => x.region ?? '-')).toEqual([
      { region: null, meetings: 1, organisations: 2 },
      { region: 'london', meetings: 2, organisations: 3 },
      { region: 'north_west', meetings: 1, organisations: 1 },
    ]);
    expect(r.total).toEqual({ meetings: 4, organisations: 4 });
  });

  it('balances voices by organisation type (every type listed) and by minister', async () => {
    const r = await coverage(reviewer);
    expect(r.byOrganisationType).toHaveLength(13);
    expect(r.byOrganisationType.filter((x) => x.meetings > 0)).toEqual([
      { type: 'parent_carer_forum', organisations: 2, meetings: 3, attendances: 3 },
      { type: 'charity', organisations: 1, meetings: 2, attendances: 2 },
      { type: 'local_authority', organisations: 1, meetings: 2, attendances: 2 },
    ]);
    expect(r.byOrganisationType.find((x) => x.type === 'union')).toEqual({ type: 'union', organisations: 0, meetings: 0, attendances: 0 });
    expect(r.byMinister).toEqual([
      { ministerId: id['MSS'], name: 'Minister for School Standards', meetings: 2, organisations: 3 },
      { ministerId: id['Retired'], name: 'Retired minister', meetings: 1, organisations: 2 },
      { ministerId: id['SoS'], name: 'Secretary of State for Education', meetings: 2, organisations: 3 },
    ]);
  });

  it('counts meetings, and actions opened and closed, per London month', async () => {
    expect((await coverage(reviewer)).months).toEqual([
      { month: '2026-03', meetings: 1, actionsOpened: 1, actionsClosed: 1 },
      { month: '2026-04', meetings: 2, actionsOpened: 2, actionsClosed: 1 },
      { month: '2026-05', meetings: 1, actionsOpened: 0, actionsClosed: 1 },
    ]);
  });

  it("gives each proposal's stance distribution from organisations' latest statements in the range", async () => {
    const zero = { support: 0, support_with_conditions: 0, neutral: 0, concerns: 0, oppose: 0, unclear: 0 };
    expect((await coverage(reviewer)).stances).toEqual([
      { proposalId: id['P1'], title: 'Proposal P1', status: 'under_discussion', stances: { ...zero, support: 1, oppose: 1, concerns: 1 }, organisations: 3 },
      { proposalId: id['P2'], title: 'Proposal P2', status: 'under_discussion', stances: { ...zero, oppose: 1 }, organisations: 1 },
      { proposalId: id['P3'], title: 'Proposal P3', status: 'under_discussion', stances: zero, organisations: 0 },
    ]);
  });

  it('leaves everything OFFICIAL-SENSITIVE out of the numbers for a viewer', async () => {
    const r = await coverage(viewer);
    expect(r.marking).toBe('OFFICIAL');
    expect(sortBy(r.cells, cellKey)).toEqual(sortBy([
      { themeId: id['E'], region: 'london', meetings: 2, organisations: 3 },
      { themeId: id['F'], region: 'london', meetings: 1, organisations: 2 },
      { themeId: id['F'], region: null, meetings: 1, organisations: 2 },
    ], cellKey));
    expect(r.total).toEqual({ meetings: 3, organisations: 4 });
    expect(r.byOrganisationType.find((x) => x.type === 'local_authority')).toEqual({ type: 'local_authority', organisations: 1, meetings: 1, attendances: 1 });
    expect(r.byMinister.find((x) => x.name === 'Minister for School Standards')).toMatchObject({ meetings: 1, organisations: 2 });
    expect(r.months).toEqual([
      { month: '2026-03', meetings: 1, actionsOpened: 1, actionsClosed: 1 },
      { month: '2026-04', meetings: 1, actionsOpened: 1, actionsClosed: 1 },
      { month: '2026-05', meetings: 1, actionsOpened: 0, actionsClosed: 0 },
    ]);
    expect(r.stances.slice(0, 2).map((s) => [s.stances.support, s.stances.oppose, s.stances.concerns, s.stances.neutral, s.organisations])).toEqual([
      [1, 1, 0, 0, 2],
      [0, 0, 0, 1, 1],
    ]);
  });

  it('is marked OFFICIAL when nothing sensitive falls in the range', async () => {
    expect((await coverage(reviewer, '?from=2026-03-01&to=2026-03-31')).marking).toBe('OFFICIAL');
  });

  it('defaults to the start of the first phase until today in London, month by month', async () => {
    const r = await coverage(viewer, '');
    expect([r.from, r.to]).toEqual(['2025-09-01', londonDate()]);
    expect(r.months[0].month).toBe('2025-09');
    expect(r.months.at(-1)?.month).toBe(londonDate().slice(0, 7));
    // Every OFFICIAL meeting seeded (today is after all of them).
    expect(r.months.reduce((n, m) => n + m.meetings, 0)).toBe(5);
  });

  it('refuses bad ranges naming the field', async () => {
    const field = async (query: string) => (await reviewer.get(`/api/reports/coverage${query}`).expect(400)).body.errors.map((e: { field: string }) => e.field);
    expect(await field('?from=2026-05-01&to=2026-04-01')).toEqual(['from']);
    expect(await field('?from=2026-02-30')).toEqual(['from']);
    expect(await field('?from=2000-01-01&to=2026-01-01')).toEqual(['to']);
  });
});
