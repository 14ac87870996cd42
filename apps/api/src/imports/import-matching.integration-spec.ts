import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { MATCHING_ORGANISATIONS_SQL } from './imports.service';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** Every nested loop in the plan: over organisations × names, the shape that took minutes. */
function loops(node: PlanNode): string[] {
  return [...(node['Node Type'] === 'Nested Loop' ? ['Nested Loop'] : []), ...(node.Plans ?? []).flatMap(loops)];
}

describe('matching an import to existing organisations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('never plans a loop over every organisation for every name, even when statistics say the table is empty', async () => {
    const db = t.app.get(DataSource);
    // As a killed import's re-run found it: statistics taken over the pages of rolled-back imports say the table is
    // empty, then 10,000 organisations arrive. The planner expects one row and, given a join, loops.
    for (let i = 0; i < 3; i++) {
      await db
        .transaction(async (tx) => {
          await tx.query(`INSERT INTO organisations (name, type, created_by, updated_by) SELECT 'Killed ${i} ' || g, 'charity', u.id, u.id FROM generate_series(1, 5000) g, (SELECT id FROM users LIMIT 1) u`);
          throw new Error('killed');
        })
        .catch(() => undefined);
    }
    await db.query('ANALYZE organisations');
    await db.query(`INSERT INTO organisations (name, type, created_by, updated_by) SELECT 'Bulk organisation ' || g, 'charity', u.id, u.id FROM generate_series(1, 10000) g, (SELECT id FROM users LIMIT 1) u`);
    const names = Array.from({ length: 5000 }, (_, i) => `  bulk   ORGANISATION ${(i + 1) * 2} `);
    const [{ 'QUERY PLAN': [plan] }] = await db.query(`EXPLAIN (FORMAT JSON) ${MATCHING_ORGANISATIONS_SQL}`, [names]);
    expect(loops(plan.Plan as PlanNode)).toEqual([]);

    // And it matches as nameKey() does: case and runs of white space ignored.
    const found = await db.query(MATCHING_ORGANISATIONS_SQL, [names]);
    expect(found).toHaveLength(5000);
    expect(found.map((o: { name: string }) => o.name)).toContain('Bulk organisation 10000');
  });
});
