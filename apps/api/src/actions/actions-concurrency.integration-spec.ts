import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { ActionFixtures } from './actions.fixtures';

const PARALLEL = 50;

describe('actions under concurrency and failure', () => {
  let t: TestApp;
  let recorder: TestClient;
  let reviewer: TestClient;
  let fx: ActionFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    recorder = await signIn(t, 'recorder');
    reviewer = await signIn(t, 'reviewer');
    fx = new ActionFixtures(t, recorder);
  });
  afterAll(() => t.close());

  it('lets exactly one of 50 parallel PATCHes with the same version win; the row and the audit log agree', async () => {
    const action = await fx.action({ title: 'Contested action' });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => (i % 2 ? reviewer : recorder).patch(`/api/actions/${action.id}`, { priority: 'high', dueOn: `2030-01-${String((i % 28) + 1).padStart(2, '0')}` }, 1)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(PARALLEL - 1);
    const winner = results.find((r) => r.status === 200);
    const [row] = await fx.db.query(`SELECT version, to_char(due_on, 'YYYY-MM-DD') AS due_on, updated_by FROM actions WHERE id = $1`, [action.id]);
    expect(row).toEqual({ version: 2, due_on: winner?.body.dueOn, updated_by: winner?.body.updatedBy });
    const events = await fx.db.query(`SELECT action, changes FROM audit_events WHERE entity = 'action' AND entity_id = $1 ORDER BY id`, [action.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['created', 'updated']);
    expect(events[1].changes.dueOn).toEqual({ from: null, to: winner?.body.dueOn });
  });

  it('gives 50 parallel creations 50 distinct references', async () => {
    const results = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => recorder.post('/api/actions', { title: `Parallel ${i}` })));
    expect(results.map((r) => r.status)).toEqual(Array(PARALLEL).fill(201));
    const references = results.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(PARALLEL);
    for (const reference of references) expect(reference).toMatch(/^ACT-\d{4,}$/);
    const [{ n }] = await fx.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'action' AND action = 'created' AND entity_id = ANY($1::uuid[])`, [
      results.map((r) => r.body.id),
    ]);
    expect(n).toBe(PARALLEL);
  });

  describe('when the audit write fails at the last step', () => {
    // Fails any audit event mentioning the marker: the change before it in the same transaction must not survive.
    const MARKER = 'FAIL-AT-AUDIT';
    beforeAll(async () => {
      await fx.db.query(`
        CREATE FUNCTION test_refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.changes::text LIKE '%${MARKER}%' THEN RAISE EXCEPTION 'audit refused by test'; END IF;
          RETURN NEW;
        END $$`);
      await fx.db.query(`CREATE TRIGGER test_refuse_marked BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_marked_audit()`);
    });
    afterAll(async () => {
      await fx.db.query(`DROP TRIGGER test_refuse_marked ON audit_events`);
      await fx.db.query(`DROP FUNCTION test_refuse_marked_audit()`);
    });

    it('keeps no half-written create', async () => {
      const before = await fx.counts();
      const res = await recorder.post('/api/actions', { title: `Doomed ${MARKER}` }).expect(500);
      expect(res.body.detail).not.toContain('audit refused');
      expect(await fx.counts()).toEqual(before);
      expect(await fx.db.query(`SELECT id FROM actions WHERE title LIKE $1`, [`%${MARKER}%`])).toEqual([]);
    });

    it('keeps no half-written update or progress note', async () => {
      const action = await fx.action({ title: 'Survivor' });
      const [rowBefore] = await fx.db.query(`SELECT version, title, updated_at FROM actions WHERE id = $1`, [action.id]);
      const before = await fx.counts();
      await recorder.patch(`/api/actions/${action.id}`, { title: `Renamed ${MARKER}` }, 1).expect(500);
      await reviewer.post(`/api/actions/${action.id}/updates`, { body: `Note ${MARKER}` }).expect(500);
      expect(await fx.counts()).toEqual(before);
      expect(await fx.db.query(`SELECT version, title, updated_at FROM actions WHERE id = $1`, [action.id])).toEqual([rowBefore]);
      // And the record is still usable at the version the client read.
      await recorder.patch(`/api/actions/${action.id}`, { title: 'Renamed after all' }, 1).expect(200);
    });

    it('keeps nothing from requests refused by the rules (403, 412, 422)', async () => {
      const action = await fx.action({ title: 'Guarded' });
      const before = await fx.counts();
      await reviewer.patch(`/api/actions/${action.id}`, { title: 'Reviewer rename' }, 1).expect(403);
      await recorder.patch(`/api/actions/${action.id}`, { status: 'done' }, 1).expect(422);
      await recorder.patch(`/api/actions/${action.id}`, { themeIds: ['00000000-0000-4000-8000-000000000000'] }, 1).expect(422);
      await recorder.patch(`/api/actions/${action.id}`, { title: 'Stale' }, 7).expect(412);
      expect(await fx.counts()).toEqual(before);
      expect((await recorder.get(`/api/actions/${action.id}`)).body).toMatchObject({ version: 1, title: 'Guarded', status: 'open', themeIds: [] });
    });
  });
});
