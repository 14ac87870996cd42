import type { ActionResponse } from '@send/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { ActionFixtures, londonDay } from './actions.fixtures';

/** One small, known log, listed every way the private office asks for it. */
describe('actions list', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    const fx = new ActionFixtures(t, recorder);
    Object.assign(refs, {
      orgA: await fx.organisation('Independent Provider of Special Education Advice'),
      orgB: await fx.organisation('Local Government Association'),
      m1: (await fx.meeting('Tribunal roundtable')).id,
      m2: (await fx.meeting('Funding roundtable')).id,
      p1: await fx.proposal('Tribunal route retained'),
      p2: await fx.proposal('Inclusion bases in every school'),
      fairness: await fx.themeId('fairness'),
      local: await fx.themeId('local_provision'),
    });
    // Created one by one so references follow the order a1…a6.
    const specs: [string, object, object?][] = [
      ['a1', { title: 'Reply on the tribunal rights letter', ownerUserId: recorder.user.id, dueOn: '2030-01-10', priority: 'high', meetingId: refs.m1, proposalIds: [refs.p1], themeIds: [refs.fairness], raisedByOrganisationId: refs.orgA }],
      ['a2', { title: 'Inclusion base funding model', ownerOrganisationId: refs.orgB, dueOn: '2030-01-05', priority: 'low', meetingId: refs.m2, proposalIds: [refs.p2], themeIds: [refs.local], kind: 'ministerial_commitment' }, { status: 'in_progress' }],
      ['a3', { title: 'Parent confidence survey', raisedByOrganisationId: refs.orgB }, { status: 'blocked' }],
      ['a4', { title: 'Early years pilot evaluation', ownerUserId: recorder.user.id, dueOn: '2020-01-01', raisedByOrganisationId: refs.orgA }, { status: 'done', completionNote: 'Evaluation published.' }],
      ['a5', { title: 'Sensitive settlement options', ownerUserId: reviewer.user.id, dueOn: '2030-02-01', classification: 'OFFICIAL_SENSITIVE' }],
      ['a6', { title: 'Chase overdue survey results', ownerUserId: reviewer.user.id, dueOn: londonDay(-3), priority: 'high' }],
    ];
    for (const [key, body, patch] of specs) {
      const created = await fx.action(body);
      ids[key] = created.id;
      ref[key] = created.reference;
      if (patch) await recorder.patch(`/api/actions/${created.id}`, patch, 1).expect(200);
    }
  });
  afterAll(() => t.close());

  const keysOf = (items: ActionResponse[]): string[] => items.map((a) => Object.keys(ids).find((k) => ids[k] === a.id) ?? a.id);
  async function list(query: string, as: TestClient = reviewer): Promise<string[]> {
    const res = await as.get(`/api/actions${query}`).expect(200);
    return keysOf(res.body.items);
  }

  it('sorts by due date by default, undated last, and pages with an exact total', async () => {
    expect(await list('')).toEqual(['a4', 'a6', 'a2', 'a1', 'a5', 'a3']);
    expect(await list('?sort=-dueOn')).toEqual(['a5', 'a1', 'a2', 'a6', 'a4', 'a3']);
    const page = await reviewer.get('/api/actions?pageSize=2&page=2').expect(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 6, totalIsLowerBound: false });
    expect(keysOf(page.body.items)).toEqual(['a2', 'a1']);
  });

  it('sorts by every whitelisted field and refuses any other', async () => {
    expect(await list('?sort=reference')).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(await list('?sort=-reference')).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    expect(await list('?sort=title')).toEqual(['a6', 'a4', 'a2', 'a3', 'a1', 'a5']);
    // Statuses in working order; ties fall back to id, so only the groups are fixed.
    const byStatus = await list('?sort=status');
    expect([byStatus.slice(0, 3).sort(), byStatus.slice(3)]).toEqual([['a1', 'a5', 'a6'], ['a2', 'a3', 'a4']]);
    expect((await list('?sort=-priority')).slice(0, 2).sort()).toEqual(['a1', 'a6']);
    expect((await list('?sort=priority'))[0]).toBe('a2');
    expect(await list('?sort=createdAt')).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(await list('?sort=-createdAt')).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    expect(await list('?sort=-updatedAt')).toEqual(['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    const bad = await reviewer.get('/api/actions?sort=colour').expect(400);
    expect(bad.body.errors[0].field).toBe('sort');
  });

  it('filters by status, repeated or comma-separated', async () => {
    expect(await list('?status=open')).toEqual(['a6', 'a1', 'a5']);
    expect(await list('?status=blocked,in_progress')).toEqual(['a2', 'a3']);
    expect(await list('?status=blocked&status=done')).toEqual(['a4', 'a3']);
    expect((await reviewer.get('/api/actions?status=closed').expect(400)).body.errors[0].field).toBe('status');
  });

  it('filters by owner (a user, me, or an organisation) and by organisation raised or owned', async () => {
    expect(await list(`?owner=${recorder.user.id}`)).toEqual(['a4', 'a1']);
    expect(await list('?owner=me')).toEqual(['a6', 'a5']);
    expect(await list('?owner=me', recorder)).toEqual(['a4', 'a1']);
    expect(await list(`?ownerOrganisationId=${refs.orgB}`)).toEqual(['a2']);
    expect(await list(`?organisationId=${refs.orgB}`)).toEqual(['a2', 'a3']);
    expect(await list(`?organisationId=${refs.orgA}`)).toEqual(['a4', 'a1']);
    expect((await reviewer.get('/api/actions?owner=bob').expect(400)).body.errors[0].field).toBe('owner');
  });

  it('filters by overdue and by due-date range', async () => {
    expect(await list('?overdue=true')).toEqual(['a6']);
    expect(await list('?overdue=false')).toEqual(['a4', 'a2', 'a1', 'a5', 'a3']);
    expect(await list('?overdue=false&status=open,blocked')).toEqual(['a1', 'a5', 'a3']);
    expect(await list('?overdue=true&status=done,open')).toEqual(['a6']);
    expect(await list('?overdue=true&status=done')).toEqual([]);
    expect(await list('?dueFrom=2030-01-05&dueTo=2030-01-31')).toEqual(['a2', 'a1']);
    expect(await list('?dueTo=2029-12-31')).toEqual(['a4', 'a6']);
    await reviewer.get('/api/actions?overdue=maybe').expect(400);
    expect((await reviewer.get('/api/actions?dueFrom=2030-13-01').expect(400)).body.errors[0].field).toBe('dueFrom');
  });

  it('filters by meeting, theme, proposal, kind and priority', async () => {
    expect(await list(`?meetingId=${refs.m1}`)).toEqual(['a1']);
    expect(await list(`?themeId=${refs.local}`)).toEqual(['a2']);
    expect(await list(`?proposalId=${refs.p1}`)).toEqual(['a1']);
    expect(await list('?kind=ministerial_commitment')).toEqual(['a2']);
    expect(await list('?priority=high')).toEqual(['a6', 'a1']);
    await reviewer.get('/api/actions?themeId=fairness').expect(400);
  });

  it('searches words, references (however typed) and, for text with no search terms, titles', async () => {
    expect(await list('?q=tribunal')).toEqual(['a1']);
    expect(await list('?q=surveys')).toEqual(['a6', 'a3']);
    expect(await list('?q=published')).toEqual(['a4']);
    expect(await list(`?q=${ref.a3}`)).toEqual(['a3']);
    expect(await list(`?q=${ref.a3.toLowerCase().replace('-', '')}`)).toEqual(['a3']);
    expect(await list(`?q=${Number(ref.a3.slice(4))}`)).toEqual(['a3']);
    expect(await list('?q=the')).toEqual(['a1']);
    expect(await list('?q=%25')).toEqual([]);
  });

  it('combines every filter with AND', async () => {
    expect(await list(`?status=open,done&owner=${recorder.user.id}&overdue=false&kind=action&organisationId=${refs.orgA}&q=tribunal`)).toEqual(['a1']);
    expect(await list(`?status=open&owner=me&priority=high&dueTo=2029-12-31`)).toEqual(['a6']);
    expect(await list(`?status=done&meetingId=${refs.m1}`)).toEqual([]);
  });

  it('lists my open actions by default, any status when asked', async () => {
    expect(keysOf((await reviewer.get('/api/actions/mine').expect(200)).body.items)).toEqual(['a6', 'a5']);
    expect(keysOf((await recorder.get('/api/actions/mine').expect(200)).body.items)).toEqual(['a1']);
    expect(keysOf((await recorder.get('/api/actions/mine?status=done').expect(200)).body.items)).toEqual(['a4']);
  });

  it('leaves sensitive actions out of a viewer’s lists and totals', async () => {
    const res = await viewer.get('/api/actions').expect(200);
    expect(keysOf(res.body.items)).toEqual(['a4', 'a6', 'a2', 'a1', 'a3']);
    expect(res.body.total).toBe(5);
    expect(await list('?q=settlement', viewer)).toEqual([]);
  });
});
