import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import type { YouSaidWeDidResponse } from '@send/contracts';
import { londonDate } from '../../common/dates';
import { insertRow } from '../../testing/insert-row';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { signIn, type TestClient } from '../../testing/test-client';

describe('you said, we did', () => {
  let t: TestApp;
  let reviewer: TestClient;
  let viewer: TestClient;
  const id: Record<string, string> = {};
  const db = () => t.app.get(DataSource);

  const insert = (table: string, values: Record<string, unknown>) => insertRow(db(), table, values, reviewer.user.id);
  const position = (org: string, proposal: string, stance: string, statedOn: string, meeting?: string, classification = 'OFFICIAL') =>
    insert('positions', { organisation_id: id[org], proposal_id: id[proposal], stance, summary: `${org} on ${proposal}: ${stance}`, stated_on: statedOn, meeting_id: meeting ? id[meeting] : null, phase: 'consultation', classification });
  let minute = 0;
  const action = (values: Record<string, unknown>) => insert('actions', { created_at: new Date(Date.UTC(2026, 2, 20, 9, minute++)), classification: 'OFFICIAL', ...values });
  const report = async (client: TestClient, query = ''): Promise<YouSaidWeDidResponse> => (await client.get(`/api/reports/you-said-we-did${query}`).expect(200)).body;
  /** Proposal title → organisation name → answer references, per principle name. */
  const outline = (r: YouSaidWeDidResponse) =>
    r.themes.map((g) => ({
      theme: g.theme?.name ?? null,
      proposals: g.proposals.map((p) => [p.title, p.entries.map((e) => [e.organisation.name, e.points.map((pt) => pt.summary), e.answers.map((a) => `${a.reference} ${a.link}`)])]),
    }));

  beforeAll(async () => {
    t = await startTestApp();
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    const themes: { id: string; key: string }[] = await db().query(`SELECT id, key FROM themes`);
    const theme = (key: string) => themes.find((x) => x.key === key)?.id;
    id['P1'] = await insert('proposals', { title: 'Early language support', theme_ids: [theme('early_intervention')] });
    id['P2'] = await insert('proposals', { title: 'National inclusion standards', theme_ids: [theme('early_intervention'), theme('fairness')] });
    id['P3'] = await insert('proposals', { title: 'Unthemed idea', theme_ids: [] });
    id['A'] = await insert('organisations', { name: 'Autism Alliance', type: 'charity' });
    id['B'] = await insert('organisations', { name: 'Bristol Parent Carer Forum', type: 'parent_carer_forum' });
    id['C'] = await insert('organisations', { name: 'Cheshire Council', type: 'local_authority' });
    id['M1'] = await insert('meetings', { title: 'Spring roundtable', type: 'roundtable', starts_at: '2026-03-10T10:00:00Z', phase: 'consultation' });
    id['M2'] = await insert('meetings', { title: 'Named case review', type: 'bilateral', starts_at: '2026-03-15T10:00:00Z', phase: 'consultation', classification: 'OFFICIAL_SENSITIVE' });

    await position('A', 'P1', 'concerns', '2026-03-10', 'M1');
    await position('A', 'P1', 'support', '2026-04-01');
    await position('B', 'P1', 'support_with_conditions', '2026-03-12');
    await position('B', 'P2', 'oppose', '2026-03-15', 'M2', 'OFFICIAL_SENSITIVE');
    await position('C', 'P1', 'neutral', '2026-03-10', 'M1');
    await position('C', 'P3', 'concerns', '2026-03-10', 'M1');

    const [a1, a2, a3, a4, a5, a6, a7] = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    id[a1] = await action({ title: 'Publish the speech and language evidence', raised_by_organisation_id: id['A'], proposal_ids: [id['P1']], status: 'done', completion_note: 'Published on GOV.UK', closed_at: '2026-04-02T16:00:00Z' });
    id[a2] = await action({ title: 'Minister to meet early years leads', meeting_id: id['M1'], proposal_ids: [id['P1']], kind: 'ministerial_commitment', due_on: '2026-06-30' });
    id[a3] = await action({ title: 'Review early intervention funding', meeting_id: id['M1'], theme_ids: [theme('early_intervention')] });
    id[a4] = await action({ title: 'Answer the named case', raised_by_organisation_id: id['B'], proposal_ids: [id['P2']], status: 'in_progress', classification: 'OFFICIAL_SENSITIVE' });
    id[a5] = await action({ title: 'Unrelated: Alliance on standards', raised_by_organisation_id: id['A'], proposal_ids: [id['P2']] });
    id[a6] = await action({ title: 'Write to the council', raised_by_organisation_id: id['C'], meeting_id: id['M1'], proposal_ids: [id['P3']] });
    id[a7] = await action({ title: 'Sensitive follow-up for Bristol', raised_by_organisation_id: id['B'], proposal_ids: [id['P1']], classification: 'OFFICIAL_SENSITIVE' });
  });
  afterAll(() => t.close());

  const ref = async (key: string) => (await db().query(`SELECT reference FROM actions WHERE id = $1`, [id[key]]))[0].reference as string;

  it('lists each organisation’s points per principle and proposal, with the actions raised in answer', async () => {
    const r = await report(reviewer);
    const [a1, a2, a3, a4, a6, a7] = await Promise.all(['a1', 'a2', 'a3', 'a4', 'a6', 'a7'].map(ref));
    const bristolOnStandards = ['Bristol Parent Carer Forum', ['B on P2: oppose'], [`${a4} raised_by`]];
    expect(outline(r)).toEqual([
      {
        theme: 'Early intervention',
        proposals: [
          ['Early language support', [
            ['Autism Alliance', ['A on P1: concerns'], [`${a1} raised_by`, `${a2} meeting`, `${a3} meeting`]],
            ['Bristol Parent Carer Forum', ['B on P1: support_with_conditions'], [`${a7} raised_by`]],
          ]],
          ['National inclusion standards', [bristolOnStandards]],
        ],
      },
      { theme: 'Fairness', proposals: [['National inclusion standards', [bristolOnStandards]]] },
      { theme: null, proposals: [['Unthemed idea', [['Cheshire Council', ['C on P3: concerns'], [`${a6} both`]]]]] },
    ]);
    expect(r).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', entries: 4, answered: 4, truncated: false });

    const alliance = r.themes[0].proposals[0].entries[0];
    expect(alliance.organisation).toEqual({ id: id['A'], name: 'Autism Alliance', type: 'charity' });
    expect(alliance.points[0]).toMatchObject({ stance: 'concerns', statedOn: '2026-03-10', quote: null, classification: 'OFFICIAL', meeting: { id: id['M1'], title: 'Spring roundtable' } });
    expect(alliance.answers[0]).toEqual({
      id: id['a1'], reference: a1, title: 'Publish the speech and language evidence', kind: 'action', status: 'done', completionNote: 'Published on GOV.UK',
      dueOn: null, closedAt: '2026-04-02T16:00:00.000Z', link: 'raised_by', meetingReference: null, classification: 'OFFICIAL',
    });
    expect(alliance.answers[1]).toMatchObject({ kind: 'ministerial_commitment', status: 'open', dueOn: '2026-06-30', link: 'meeting', meetingReference: alliance.points[0].meeting?.reference });
  });

  it('never gives a viewer OFFICIAL-SENSITIVE positions, meetings or actions', async () => {
    const r = await report(viewer);
    const [a1, a2, a3, a6] = await Promise.all(['a1', 'a2', 'a3', 'a6'].map(ref));
    expect(outline(r)).toEqual([
      {
        theme: 'Early intervention',
        proposals: [['Early language support', [
          ['Autism Alliance', ['A on P1: concerns'], [`${a1} raised_by`, `${a2} meeting`, `${a3} meeting`]],
          ['Bristol Parent Carer Forum', ['B on P1: support_with_conditions'], []],
        ]]],
      },
      { theme: null, proposals: [['Unthemed idea', [['Cheshire Council', ['C on P3: concerns'], [`${a6} both`]]]]] },
    ]);
    expect(r).toMatchObject({ marking: 'OFFICIAL', entries: 3, answered: 2 });
    expect(JSON.stringify(r)).not.toMatch(/Named case|Sensitive follow-up|OFFICIAL_SENSITIVE/);
  });

  it('filters by principle and by proposal', async () => {
    const [fairness] = await db().query(`SELECT id FROM themes WHERE key = 'fairness'`);
    const byTheme = await report(reviewer, `?themeId=${fairness.id}`);
    expect(outline(byTheme).map((g) => [g.theme, g.proposals.map(([title]) => title)])).toEqual([['Fairness', ['National inclusion standards']]]);
    const byProposal = await report(reviewer, `?proposalId=${id['P3']}`);
    expect(outline(byProposal).map((g) => [g.theme, g.proposals.map(([title]) => title)])).toEqual([[null, ['Unthemed idea']]]);
    expect((await report(viewer, `?themeId=${fairness.id}`)).themes).toEqual([]);
  });

  it('refuses bad filters naming the field', async () => {
    const bad = await reviewer.get('/api/reports/you-said-we-did?themeId=nope&format=pdf').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['format', 'themeId']);
  });

  it('downloads the same as CSV, one line per answer, carrying its marking', async () => {
    const res = await reviewer.get('/api/reports/you-said-we-did?format=csv').buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(res.headers['content-disposition']).toContain(`you-said-we-did-${londonDate()}-official-sensitive.csv`);
    const rows: string[][] = parse(res.text, { bom: true });
    expect(rows[0]).toEqual(['Principles', 'Proposal', 'Organisation', 'Organisation type', 'You said', 'Latest stance', 'We did: reference', 'Kind', 'Title', 'Status', 'Completion note', 'Due', 'Closed', 'How linked', 'Classification']);
    expect(rows).toHaveLength(1 + 3 + 1 + 1 + 1);
    const [mtg] = await db().query(`SELECT reference FROM meetings WHERE id = $1`, [id['M1']]);
    expect(rows[1]).toEqual([
      'Early intervention', 'Early language support', 'Autism Alliance', 'Charity', `2026-03-10 – Has concerns – A on P1: concerns (${mtg.reference})`, 'Has concerns',
      await ref('a1'), 'Action', 'Publish the speech and language evidence', 'Done', 'Published on GOV.UK', '', '2026-04-02', 'Raised by the organisation', 'OFFICIAL',
    ]);
    expect(rows[5].slice(0, 3)).toEqual(['Early intervention; Fairness', 'National inclusion standards', 'Bristol Parent Carer Forum']);
    expect(rows[5].at(-1)).toBe('OFFICIAL-SENSITIVE');
  });

  it("gives a viewer a CSV with nothing OFFICIAL-SENSITIVE in it, marked OFFICIAL", async () => {
    const res = await viewer.get('/api/reports/you-said-we-did?format=csv').buffer(true).expect(200);
    expect(res.headers['x-classification']).toBe('OFFICIAL');
    expect(res.headers['content-disposition']).toContain('-official.csv');
    const rows: string[][] = parse(res.text, { bom: true });
    expect(rows).toHaveLength(1 + 3 + 1 + 1);
    expect(rows[4].slice(2)).toEqual(['Bristol Parent Carer Forum', 'Parent carer forum', '2026-03-12 – Supports with conditions – B on P1: support_with_conditions', 'Supports with conditions', '', '', '', 'Nothing recorded yet', '', '', '', '', 'OFFICIAL']);
    expect(res.text).not.toMatch(/Named case|Sensitive follow-up|OFFICIAL-SENSITIVE/);
  });
});
