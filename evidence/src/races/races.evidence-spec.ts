import { randomUUID } from 'node:crypto';
import { onServer } from '../harness/cluster';
import { bound } from '../harness/mode';
import { figure, startCheck, type Figure } from '../harness/record';
import { createMeeting } from '../harness/records';
import type { Reply, Session } from '../harness/sessions';
import { useProduct } from '../harness/use-product';

interface Versioned {
  id: string;
  version: number;
  title?: string;
  summary?: string;
  reference?: string;
}

/** The three kinds of record officials edit side by side, and the text field each edit changes. */
const KINDS = [
  { entity: 'meeting', path: '/api/meetings', field: 'title' },
  { entity: 'action', path: '/api/actions', field: 'title' },
  { entity: 'position', path: '/api/positions', field: 'summary' },
] as const;
type Kind = (typeof KINDS)[number];

const isProblem = (r: Reply) => r.headers.get('content-type')?.includes('application/problem+json') ?? false;
const record = (r: Reply) => r.json as Versioned;

/** Records of each kind that this user may edit now: a probe edit at the current version is accepted. */
async function editable(s: Session, kind: Kind, wanted: number): Promise<string[]> {
  if (kind.entity === 'meeting') {
    const made = await Promise.all(Array.from({ length: wanted }, (_, i) => createMeeting(s, `Races meeting ${i}`)));
    return made.map((r) => record(r).id);
  }
  const list = (await s.request('GET', `${kind.path}?pageSize=100`)).json as { items: Versioned[] };
  const ids: string[] = [];
  for (const item of list.items) {
    if (ids.length === wanted) break;
    const probe = await s.request('PATCH', `${kind.path}/${item.id}`, { body: { [kind.field]: `probe ${randomUUID()}` }, headers: { 'if-match': `"${item.version}"` } });
    if (probe.status === 200) ids.push(item.id);
  }
  return ids;
}

/** Edits are audited as 'updated'; a position's are 'corrected' (positions are quoted, so changing one is a correction). */
const auditCount = (databaseUrl: string, entity: string, id: string) =>
  onServer(databaseUrl, async (c) => Number((await c.query(`SELECT count(*) FROM audit_events WHERE entity = $1 AND entity_id = $2 AND action IN ('updated', 'corrected')`, [entity, id])).rows[0].count));

describe('check 3: races', () => {
  const sut = useProduct({ env: { DEMO: 'true' } });
  const figures: Figure[] = [];
  const check = startCheck('races', 3, 'Races');

  afterAll(() => check.finish(figures));

  it('loses no update when many edit the same records at once: one accepted per version, the rest 412, each accepted one audited', async () => {
    const { as, database } = sut.current;
    const perRecord = bound(5, 10);
    const recordsPerKind = bound(2, 7);
    let edits = 0;
    let accepted = 0;
    let refused412 = 0;
    let other = 0;
    let lost = 0;
    let unaudited = 0;
    for (const kind of KINDS) {
      const ids = await editable(as.recorder, kind, recordsPerKind);
      expect(ids.length).toBe(recordsPerKind);
      await Promise.all(
        ids.map(async (id) => {
          const before = record(await as.recorder.request('GET', `${kind.path}/${id}`));
          const auditBefore = await auditCount(database.url, kind.entity, id);
          const texts = Array.from({ length: perRecord }, (_, i) => `${kind.entity} edit ${i} ${randomUUID()}`);
          const replies = await Promise.all(texts.map((text) => as.recorder.request('PATCH', `${kind.path}/${id}`, { body: { [kind.field]: text }, headers: { 'if-match': `"${before.version}"` } })));
          edits += replies.length;
          const won = replies.flatMap((r, i) => (r.status === 200 ? [texts[i]] : []));
          accepted += won.length;
          for (const r of replies) {
            if (r.status === 412 && isProblem(r)) refused412++;
            else if (r.status !== 200) {
              other++;
              process.stderr.write(`${kind.entity} edit answered ${r.status}: ${r.text.slice(0, 300)}\n`);
            }
          }
          const after = record(await as.recorder.request('GET', `${kind.path}/${id}`));
          // One version, one winner: anything else means an accepted edit was overwritten or never stored.
          if (won.length !== 1 || after[kind.field] !== won[0] || after.version !== before.version + 1) lost++;
          if ((await auditCount(database.url, kind.entity, id)) - auditBefore !== won.length) unaudited++;
        }),
      );
    }
    figures.push(
      figure('concurrent conflicting edits (meetings, actions, positions)', edits, bound('≥ 30', '≥ 200'), edits >= bound(30, 200)),
      figure('accepted (2xx)', accepted, 'one per record and version', accepted === KINDS.length * recordsPerKind),
      figure('refused 412 problem+json', refused412, 'all the others', refused412 === edits - accepted),
      figure('answers neither 2xx nor 412', other, '0', other === 0),
      figure('lost updates (final state not the accepted edit)', lost, '0', lost === 0),
      figure('records whose audit history misses an accepted edit', unaudited, '0', unaudited === 0),
    );
    expect({ other, lost, unaudited }).toEqual({ other: 0, lost: 0, unaudited: 0 });
  });

  it('stores one record for parallel POSTs with one Idempotency-Key', async () => {
    const { as, database } = sut.current;
    const tries = 10;
    const rounds = bound(2, 10);
    let stored = 0;
    let bad = 0;
    for (let round = 0; round < rounds; round++) {
      const title = `Idempotent meeting ${randomUUID()}`;
      const key = randomUUID();
      const replies = await Promise.all(Array.from({ length: tries }, () => createMeeting(as.recorder, title, { 'idempotency-key': key })));
      // The first is created; the others replay it, or are told it is still in progress (409) and may retry.
      const created = replies.filter((r) => r.status === 201);
      const ids = new Set(created.map((r) => record(r).id));
      bad += replies.filter((r) => r.status !== 201 && !(r.status === 409 && isProblem(r))).length;
      if (ids.size !== 1) bad++;
      stored += await onServer(database.url, async (c) => Number((await c.query(`SELECT count(*) FROM meetings WHERE title = $1`, [title])).rows[0].count));
    }
    figures.push(
      figure('parallel POSTs with one Idempotency-Key', `${rounds} × ${tries}`),
      figure('records stored', `${stored} for ${rounds} keys`, 'one per key', stored === rounds),
      figure('answers not 201 (created or replayed) or 409 in progress', bad, '0', bad === 0),
    );
    expect({ stored, bad }).toEqual({ stored: rounds, bad: 0 });
  });

  it('allocates distinct references under parallel creation', async () => {
    const { as } = sut.current;
    const count = 100;
    const replies = await Promise.all(Array.from({ length: count }, (_, i) => createMeeting(as.recorder, `Reference race ${i}`)));
    const failed = replies.filter((r) => r.status !== 201).length;
    const references = replies.filter((r) => r.status === 201).map((r) => record(r).reference);
    const distinct = new Set(references).size;
    figures.push(
      figure('parallel meeting creations', count),
      figure('failed', failed, '0', failed === 0),
      figure('duplicate references', references.length - distinct, '0', references.length === distinct && distinct === count),
    );
    expect({ failed, duplicates: references.length - distinct }).toEqual({ failed: 0, duplicates: 0 });
  });
});
