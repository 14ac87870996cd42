import type { Role } from '@send/contracts';
import type { Reply, Session } from '../harness/sessions';

/** A record the mix reads and edits; `busy` while an edit of it is in flight, so edits never race each other. */
interface Known {
  id: string;
  version: number;
  busy: boolean;
}

export interface Operation {
  label: string;
  weight: number;
  /** The request, or undefined when there is nothing to do it on yet. */
  run(): Promise<Reply> | undefined;
  ok: number;
}

const WORDS = ['advocacy', 'transport', 'tribunal', 'funding', 'inclusion', 'therapy', 'assessment', 'transition'];
const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];
const idle = (items: Known[]) => pick(items.filter((k) => !k.busy));
const body = (r: Reply) => r.json as { id: string; version: number };

/** Records what a create or edit answered, so later edits send the version they read. */
function keep(into: Known[], reply: Reply): Reply {
  if (reply.status === 201) into.push({ id: body(reply).id, version: body(reply).version, busy: false });
  return reply;
}

async function edit(known: Known, send: () => Promise<Reply>): Promise<Reply> {
  known.busy = true;
  try {
    const reply = await send();
    if (reply.status === 200) known.version = body(reply).version;
    return reply;
  } finally {
    known.busy = false;
  }
}

/**
 * The day's work at a steady rate: lists, searches and record reads by every role (most of the traffic), creates and
 * versioned edits of organisations by a recorder and of actions by a reviewer (the fields the private office may
 * change: status, priority, due date). Every answer is expected to be 2xx.
 */
export function officeMix(as: Record<Role, Session>) {
  const organisations: Known[] = [];
  const actions: Known[] = [];
  const readers = [as.viewer, as.recorder, as.reviewer];
  const reader = () => pick(readers) as Session;
  let n = 0;
  const text = (what: string) => `${what} ${pick(WORDS)} ${++n} ${Date.now()}`;
  const op = (label: string, weight: number, ok: number, run: () => Promise<Reply> | undefined): Operation => ({ label, weight, ok, run });

  const operations: Operation[] = [
    op('GET /api/organisations (list)', 14, 200, () => reader().request('GET', `/api/organisations?pageSize=20&page=${1 + Math.floor(Math.random() * 3)}&sort=-updatedAt`)),
    op('GET /api/actions (list)', 14, 200, () => reader().request('GET', '/api/actions?pageSize=20&status=open')),
    op('GET /api/meetings (list)', 8, 200, () => reader().request('GET', '/api/meetings?pageSize=20')),
    op('GET /api/search', 12, 200, () => reader().request('GET', `/api/search?q=${pick(WORDS)}`)),
    op('GET /api/organisations/:id', 12, 200, () => {
      const k = pick(organisations);
      return k && reader().request('GET', `/api/organisations/${k.id}`);
    }),
    op('GET /api/organisations/:id/timeline', 5, 200, () => {
      const k = pick(organisations);
      return k && reader().request('GET', `/api/organisations/${k.id}/timeline`);
    }),
    op('GET /api/actions/:id', 10, 200, () => {
      const k = pick(actions);
      return k && reader().request('GET', `/api/actions/${k.id}`);
    }),
    op('POST /api/organisations (recorder)', 5, 201, () => as.recorder.request('POST', '/api/organisations', { body: { name: text('Soak organisation'), type: 'charity', description: text('Works on') } }).then((r) => keep(organisations, r))),
    op('PATCH /api/organisations/:id (recorder, If-Match)', 7, 200, () => {
      const k = idle(organisations);
      return k && edit(k, () => as.recorder.request('PATCH', `/api/organisations/${k.id}`, { body: { description: text('Now works on') }, headers: { 'if-match': `"${k.version}"` } }));
    }),
    op('POST /api/actions (reviewer)', 4, 201, () => {
      const owner = pick(organisations);
      return as.reviewer.request('POST', '/api/actions', { body: { title: text('Soak action'), description: text('Follow up'), ownerOrganisationId: owner?.id ?? null } }).then((r) => keep(actions, r));
    }),
    op('PATCH /api/actions/:id (reviewer, If-Match)', 6, 200, () => {
      const k = idle(actions);
      return k && edit(k, () => as.reviewer.request('PATCH', `/api/actions/${k.id}`, { body: { status: pick(['open', 'in_progress', 'blocked']), priority: pick(['low', 'medium', 'high']), dueOn: `2027-0${1 + (n++ % 9)}-15` }, headers: { 'if-match': `"${k.version}"` } }));
    }),
    op('POST /api/actions/:id/updates (reviewer)', 3, 201, () => {
      const k = pick(actions);
      return k && as.reviewer.request('POST', `/api/actions/${k.id}/updates`, { body: { body: text('Update on') } });
    }),
  ];
  const total = operations.reduce((s, o) => s + o.weight, 0);
  return {
    operations,
    organisations,
    actions,
    /** A weighted pick that has something to act on (a read of a record needs one to exist). */
    next(): { operation: Operation; reply: Promise<Reply> } {
      for (;;) {
        let at = Math.random() * total;
        const operation = operations.find((o) => (at -= o.weight) < 0) ?? (operations[0] as Operation);
        const reply = operation.run();
        if (reply) return { operation, reply };
      }
    },
  };
}
