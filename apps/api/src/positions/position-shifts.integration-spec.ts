import { DataSource } from 'typeorm';
import { londonDate } from '../common/dates';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { DEFAULT_MOVE_DAYS } from './position-shifts';
import { PositionFixtures, londonDayOffset } from './positions.fixtures';

interface Cell {
  stance: string;
  statedOn: string;
  positionId: string;
}
interface Move {
  organisation: { name: string };
  proposal: { title: string };
  before: Cell;
  after: Cell;
  steps: number | null;
}
interface Moves {
  from: string;
  to: string;
  items: Move[];
  page: number;
  total: number;
}

describe('position shifts: stance by phase, and what moved', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  const org: Record<string, string> = {};
  const pro: Record<string, string> = {};
  const pos: Record<string, string> = {};
  let early = '';

  async function state(organisation: string, proposal: string, stance: string, statedOn: string, classification = 'OFFICIAL'): Promise<string> {
    const res = await recorder.post('/api/positions', { organisationId: org[organisation], proposalId: pro[proposal], stance, summary: `${organisation} on ${proposal}`, statedOn, classification });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
  const march = 'from=2026-03-01&to=2026-03-31';
  const moves = async (client: TestClient, query: string): Promise<Moves> => (await client.get(`/api/positions/moves?${query}`).expect(200)).body;
  const read = (m: Moves) => m.items.map((i) => `${i.organisation.name} on ${i.proposal.title}: ${i.before.stance} → ${i.after.stance} (${i.steps})`);

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    const fx = new PositionFixtures(t, recorder);
    early = await fx.themeId('early_intervention');
    pro['alpha'] = await fx.proposal('Alpha', { themeIds: [early] });
    pro['beta'] = await fx.proposal('Beta');
    for (const name of ['Ashdown', 'Brook', 'Cedar', 'Elm']) org[name] = await fx.organisation(name, name === 'Elm' ? 'parent_carer_forum' : 'charity');

    await state('Ashdown', 'alpha', 'support', '2025-10-01');
    pos['ashdownAlpha'] = await state('Ashdown', 'alpha', 'oppose', '2026-03-10');
    pos['ashdownBetaBefore'] = await state('Ashdown', 'beta', 'concerns', '2025-11-01');
    pos['ashdownBeta'] = await state('Ashdown', 'beta', 'support_with_conditions', '2026-03-05');
    // Said the same again: no move. First heard from in the period: new, not moved.
    await state('Brook', 'alpha', 'neutral', '2025-10-05');
    await state('Brook', 'alpha', 'neutral', '2026-03-03');
    await state('Brook', 'beta', 'support', '2026-03-04');
    // Unclear is off the scale: a move of no measurable size, listed last.
    await state('Cedar', 'alpha', 'concerns', '2025-12-01');
    await state('Cedar', 'alpha', 'unclear', '2026-03-15');
    // The move a viewer may not see.
    await state('Cedar', 'beta', 'support', '2025-10-01');
    pos['cedarBetaSensitive'] = await state('Cedar', 'beta', 'oppose', '2026-03-08', 'OFFICIAL_SENSITIVE');
    // Moved and moved back within the period: no net move.
    await state('Elm', 'alpha', 'support', '2025-10-01');
    await state('Elm', 'alpha', 'concerns', '2026-03-01');
    pos['elmAlphaLatest'] = await state('Elm', 'alpha', 'support', '2026-03-20');
    // Moved after the period: counted only in a period that reaches it.
    await state('Elm', 'beta', 'oppose', '2026-01-10');
    await state('Elm', 'beta', 'neutral', '2026-04-10');
  });
  afterAll(() => t.close());

  it('lists the pairs whose stance moved over a period, biggest moves first, then the latest', async () => {
    const found = await moves(reviewer, march);
    expect(read(found)).toEqual([
      'Ashdown on Alpha: support → oppose (-4)',
      'Cedar on Beta: support → oppose (-4)',
      'Ashdown on Beta: concerns → support_with_conditions (2)',
      'Cedar on Alpha: concerns → unclear (null)',
    ]);
    expect(found).toMatchObject({ from: '2026-03-01', to: '2026-03-31', total: 4, page: 1 });
    expect(found.items[2]).toMatchObject({
      before: { statedOn: '2025-11-01', positionId: pos['ashdownBetaBefore'] },
      after: { statedOn: '2026-03-05', positionId: pos['ashdownBeta'], stance: 'support_with_conditions' },
    });
    expect(read(await moves(reviewer, 'from=2026-03-01&to=2026-04-30'))).toContain('Elm on Beta: oppose → neutral (2)');
  });

  it('counts only what the reader may see, and filters by theme, proposal and organisation type', async () => {
    expect(read(await moves(viewer, march))).toEqual(['Ashdown on Alpha: support → oppose (-4)', 'Ashdown on Beta: concerns → support_with_conditions (2)', 'Cedar on Alpha: concerns → unclear (null)']);
    expect(read(await moves(reviewer, `${march}&themeId=${early}`))).toEqual(['Ashdown on Alpha: support → oppose (-4)', 'Cedar on Alpha: concerns → unclear (null)']);
    expect(read(await moves(reviewer, `${march}&proposalId=${pro['beta']}`))).toHaveLength(2);
    expect(read(await moves(reviewer, 'from=2026-03-01&to=2026-04-30&organisationType=parent_carer_forum'))).toEqual(['Elm on Beta: oppose → neutral (2)']);
  });

  it('pages, with the total on a page past the end too', async () => {
    const second = await moves(reviewer, `${march}&pageSize=1&page=2`);
    expect(read(second)).toEqual(['Cedar on Beta: support → oppose (-4)']);
    expect(second.total).toBe(4);
    expect(await moves(reviewer, `${march}&page=9`)).toMatchObject({ items: [], total: 4 });
  });

  it('looks back about a quarter from today when no period is given', async () => {
    const today = londonDate();
    await state('Brook', 'beta', 'oppose', londonDayOffset(today, -5));
    const found = await moves(reviewer, '');
    expect(found).toMatchObject({ to: today, from: londonDayOffset(today, -(DEFAULT_MOVE_DAYS - 1)) });
    expect(read(found)).toEqual(['Brook on Beta: support → oppose (-4)']);
  });

  it('refuses a bad period or filter with the field named', async () => {
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['organisationType=club', 'organisationType'],
      ['themeId=x', 'themeId'],
      ['sort=steps', 'sort'],
    ]) {
      const res = await viewer.get(`/api/positions/moves?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0].field).toBe(field);
    }
  });

  it("gives an organisation's latest visible stance on each proposal in each phase", async () => {
    const res = await reviewer.get(`/api/positions/phases?organisationId=${org['Elm']}`).expect(200);
    expect(res.body.organisation).toEqual({ id: org['Elm'], name: 'Elm' });
    expect(res.body.phases.map((p: { key: string }) => p.key)).toEqual(['national_conversation', 'white_paper', 'consultation', 'government_response', 'implementation']);
    const stances = (body: { rows: { proposal: { title: string }; cells: (Cell | null)[] }[] }) => Object.fromEntries(body.rows.map((r) => [r.proposal.title, r.cells.map((c) => c?.stance ?? null)]));
    // Elm said "concerns" then "support" in the consultation: the later is its stance in that phase.
    expect(stances(res.body)).toEqual({ Alpha: ['support', null, 'support', null, null], Beta: ['oppose', null, 'neutral', null, null] });
    expect(res.body.rows[0].cells[2].positionId).toBe(pos['elmAlphaLatest']);

    const cedar = async (client: TestClient) => stances((await client.get(`/api/positions/phases?organisationId=${org['Cedar']}&proposalId=${pro['beta']}`).expect(200)).body);
    expect(await cedar(reviewer)).toEqual({ Beta: ['support', null, 'oppose', null, null] });
    expect(await cedar(viewer)).toEqual({ Beta: ['support', null, null, null, null] });
  });

  it('names the phases as the admin has, and answers 404 for an unknown organisation or proposal', async () => {
    await t.app.get(DataSource).query(`UPDATE phases SET name = 'Listening' WHERE key = 'national_conversation'`);
    const res = await viewer.get(`/api/positions/phases?organisationId=${org['Brook']}`).expect(200);
    expect(res.body.phases[0]).toEqual({ key: 'national_conversation', name: 'Listening' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    await viewer.get(`/api/positions/phases?organisationId=${unknown}`).expect(404);
    await viewer.get(`/api/positions/phases?organisationId=${org['Brook']}&proposalId=${unknown}`).expect(404);
    const missing = await viewer.get('/api/positions/phases').expect(400);
    expect(missing.body.errors[0].field).toBe('organisationId');
  });
});
