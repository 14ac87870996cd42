import { londonDate } from '../common/dates';
import { MATRIX_EXACT_TOTAL_LIMIT } from './position-matrix';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { PositionFixtures, londonDayOffset } from './positions.fixtures';

interface Cell {
  proposalId: string;
  stance: string;
  statedOn: string;
  positionId: string;
}
interface Matrix {
  proposals: { id: string; title: string }[];
  rows: { organisation: { id: string; name: string; type: string }; cells: (Cell | null)[] }[];
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
}

describe('positions matrix', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let fx: PositionFixtures;
  const org: Record<string, string> = {};
  const pro: Record<string, string> = {};
  const pos: Record<string, string> = {};

  const names = (m: Matrix) => m.rows.map((r) => r.organisation.name);
  const stances = (m: Matrix) => Object.fromEntries(m.rows.map((r) => [r.organisation.name, r.cells.map((c) => c?.stance ?? null)]));
  const matrix = async (query = ''): Promise<Matrix> => (await viewer.get(`/api/positions/matrix?${query}`).expect(200)).body;

  async function state(organisation: string, proposal: string, stance: string, statedOn: string): Promise<string> {
    const res = await recorder.post('/api/positions', { organisationId: org[organisation], proposalId: pro[proposal], stance, summary: `${organisation} on ${proposal}`, statedOn });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    fx = new PositionFixtures(t, recorder);
    const early = await fx.themeId('early_intervention');
    pro['alpha'] = await fx.proposal('Alpha: early language support', { themeIds: [early] });
    pro['beta'] = await fx.proposal('beta: national inclusion standards', { themeIds: [await fx.themeId('fairness')] });
    pro['delta'] = await fx.proposal('Delta: local inclusion plans');
    pro['gamma'] = await fx.proposal('Gamma: dropped idea', { themeIds: [early], status: 'dropped' });
    org['Ambitious'] = await fx.organisation('Ambitious about Autism');
    org['Bristol'] = await fx.organisation('Bristol Parent Carer Forum', 'parent_carer_forum');
    org['Cerebra'] = await fx.organisation('Cerebra');
    org['Defunct'] = await fx.organisation('Defunct Trust');
    org['Evelina'] = await fx.organisation('Evelina London', 'health_body');

    pos['ambitiousAlphaNc'] = await state('Ambitious', 'alpha', 'concerns', '2025-11-01');
    pos['ambitiousAlpha'] = await state('Ambitious', 'alpha', 'support_with_conditions', '2026-03-10');
    pos['ambitiousBeta'] = await state('Ambitious', 'beta', 'oppose', '2026-03-12');
    pos['bristolAlpha'] = await state('Bristol', 'alpha', 'support', '2025-10-10');
    await state('Bristol', 'gamma', 'oppose', '2026-03-10');
    await state('Defunct', 'alpha', 'oppose', '2026-03-10');
    await recorder.post(`/api/organisations/${org['Defunct']}/archive`).expect(200);
    pos['evelinaBeta'] = await state('Evelina', 'beta', 'neutral', '2026-03-20');
  });
  afterAll(() => t.close());

  it('shows organisations with something to show, by name, against live proposals by title, each cell the current stance', async () => {
    const m = await matrix();
    expect(m.proposals).toEqual([
      { id: pro['alpha'], title: 'Alpha: early language support' },
      { id: pro['beta'], title: 'beta: national inclusion standards' },
      { id: pro['delta'], title: 'Delta: local inclusion plans' },
    ]);
    expect(m).toMatchObject({ page: 1, pageSize: 50, total: 3, totalIsLowerBound: false });
    expect(m.rows[0]).toEqual({
      organisation: { id: org['Ambitious'], name: 'Ambitious about Autism', type: 'charity' },
      cells: [
        { proposalId: pro['alpha'], stance: 'support_with_conditions', statedOn: '2026-03-10', positionId: pos['ambitiousAlpha'] },
        { proposalId: pro['beta'], stance: 'oppose', statedOn: '2026-03-12', positionId: pos['ambitiousBeta'] },
        null,
      ],
    });
    expect(stances(m)).toEqual({
      'Ambitious about Autism': ['support_with_conditions', 'oppose', null],
      'Bristol Parent Carer Forum': ['support', null, null],
      'Evelina London': [null, 'neutral', null],
    });
    const all = await matrix('includeEmpty=true');
    expect(names(all)).toEqual(['Ambitious about Autism', 'Bristol Parent Carer Forum', 'Cerebra', 'Evelina London']);
    expect(all.rows[2].cells).toEqual([null, null, null]);
  });

  it('shows how positions moved between phases: the latest statement within each phase', async () => {
    const before = await matrix('phase=national_conversation');
    expect(stances(before)).toEqual({ 'Ambitious about Autism': ['concerns', null, null], 'Bristol Parent Carer Forum': ['support', null, null] });
    expect(before.rows[0].cells[0]?.positionId).toBe(pos['ambitiousAlphaNc']);
    const during = await matrix('phase=consultation');
    expect(stances(during)).toEqual({ 'Ambitious about Autism': ['support_with_conditions', 'oppose', null], 'Evelina London': [null, 'neutral', null] });
    expect((await matrix('phase=implementation')).rows).toEqual([]);
  });

  it('filters columns by theme and by proposal, and rows by organisation type and name', async () => {
    const theme = await matrix(`themeId=${await fx.themeId('early_intervention')}`);
    expect(theme.proposals.map((p) => p.id)).toEqual([pro['alpha']]);
    expect(stances(theme)).toEqual({ 'Ambitious about Autism': ['support_with_conditions'], 'Bristol Parent Carer Forum': ['support'] });

    const chosen = await matrix(`proposalId=${pro['delta']}&proposalId=${pro['beta']}`);
    expect(chosen.proposals.map((p) => p.id)).toEqual([pro['beta'], pro['delta']]);
    expect(stances(chosen)).toEqual({ 'Ambitious about Autism': ['oppose', null], 'Evelina London': ['neutral', null] });
    expect(await matrix(`proposalId=${pro['gamma']}`)).toMatchObject({ proposals: [], rows: [], total: 0 });

    expect(names(await matrix('organisationType=charity'))).toEqual(['Ambitious about Autism']);
    expect(names(await matrix('organisationType=charity&includeEmpty=true'))).toEqual(['Ambitious about Autism', 'Cerebra']);
    expect(names(await matrix('q=bristol'))).toEqual(['Bristol Parent Carer Forum']);
    expect(names(await matrix('q=%25'))).toEqual([]);
  });

  it('filters rows to the current members of a group', async () => {
    const today = londonDate();
    const group = await fx.group('SEND reform development group');
    await fx.membership(group, org['Ambitious'], '2025-01-01');
    await fx.membership(group, org['Bristol'], '2025-01-01', londonDayOffset(today, -1));
    await fx.membership(group, org['Evelina'], londonDayOffset(today, 1));
    await fx.membership(group, org['Cerebra'], today, today);
    expect(names(await matrix(`groupId=${group}`))).toEqual(['Ambitious about Autism']);
    expect(names(await matrix(`groupId=${group}&includeEmpty=true`))).toEqual(['Ambitious about Autism', 'Cerebra']);
  });

  it('pages rows with a total', async () => {
    const second = await matrix('pageSize=1&page=2');
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: 3, totalIsLowerBound: false });
    expect(names(second)).toEqual(['Bristol Parent Carer Forum']);
    expect((await matrix('page=4&pageSize=1')).rows).toEqual([]);
  });

  it('agrees with the current list on one statement per pair, even for two recorded in one transaction', async () => {
    const both: { id: string }[] = await fx.db.query(
      `INSERT INTO positions (organisation_id, proposal_id, stance, summary, stated_on, phase, created_by, updated_by)
       SELECT $1, $2, s, 'Imported together.', '2026-04-01', 'consultation', $3, $3 FROM unnest(ARRAY['support', 'oppose']) s RETURNING id`,
      [org['Evelina'], pro['delta'], recorder.user.id],
    );
    const winner = both.map((b) => b.id).sort().reverse()[0];
    const current = (await viewer.get(`/api/positions/current?organisationId=${org['Evelina']}&proposalId=${pro['delta']}`).expect(200)).body;
    expect(current.items.map((i: { id: string }) => i.id)).toEqual([winner]);
    const row = (await matrix(`q=evelina`)).rows[0];
    expect(row.cells[2]?.positionId).toBe(winner);
  });

  it('counts organisations exactly up to its limit and says "more than" beyond it', async () => {
    const addOrganisations = (count: number, prefix: string) =>
      fx.db.query(
        `WITH o AS (INSERT INTO organisations (name, type, created_by, updated_by)
                    SELECT $1 || lpad(n::text, 4, '0'), 'charity', $2, $2 FROM generate_series(1, $3::int) n RETURNING id)
         INSERT INTO positions (organisation_id, proposal_id, stance, summary, stated_on, phase, created_by, updated_by)
         SELECT o.id, $4, 'support', 'Counted.', '2026-04-01', 'consultation', $2, $2 FROM o`,
        [prefix, recorder.user.id, count, pro['alpha']],
      );
    const onAlpha = `proposalId=${pro['alpha']}`;
    const shown = (await matrix(onAlpha)).total;
    await addOrganisations(MATRIX_EXACT_TOTAL_LIMIT - shown, 'Counted exactly ');
    expect(await matrix(onAlpha)).toMatchObject({ total: MATRIX_EXACT_TOTAL_LIMIT, totalIsLowerBound: false });
    await addOrganisations(1, 'One too many ');
    const capped = await matrix(`${onAlpha}&page=20`);
    expect(capped).toMatchObject({ total: MATRIX_EXACT_TOTAL_LIMIT, totalIsLowerBound: true });
    expect(capped.rows).toHaveLength(50);
    expect((await matrix(`${onAlpha}&page=21`)).rows.map((r) => r.organisation.name)).toEqual(['One too many 0001']);
  });

  it('validates its query', async () => {
    for (const bad of ['pageSize=101', 'page=0', 'organisationType=club', 'phase=later', 'proposalId=x', 'themeId=x', 'groupId=x', 'includeEmpty=maybe', 'sort=name']) {
      const res = await viewer.get(`/api/positions/matrix?${bad}`).expect(400);
      expect(res.body.errors[0].field).toBe(bad.split('=')[0]);
    }
  });
});
