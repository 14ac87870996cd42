import { randomUUID } from 'node:crypto';
import { IMPORT_HEADINGS } from '@send/contracts';
import { onServer } from '../harness/cluster';
import { freshDatabase, type FreshDatabase } from '../harness/database';
import { bound } from '../harness/mode';
import { startProduct, type Product } from '../harness/product';
import { figure, startCheck, type Figure } from '../harness/record';
import { createMeeting } from '../harness/records';
import { usersByRole, type Reply, type Session } from '../harness/sessions';

const IMPORT_PATH = '/api/imports/organisations-and-contacts/commit';

/** A file of `rows` new organisations, one contact each, all named with `tag` so they can be counted. */
function importFile(tag: string, rows: number): string {
  const lines = [IMPORT_HEADINGS.join(',')];
  for (let i = 0; i < rows; i++) lines.push(`${tag} organisation ${i},charity,,,,,Contact ${i},,contact${i}@${tag.toLowerCase()}.example.test,,`);
  return lines.join('\r\n') + '\r\n';
}

const postImport = (s: Session, file: string): Promise<Reply> =>
  s.request('POST', IMPORT_PATH, { rawBody: file, headers: { 'content-type': 'text/csv', 'idempotency-key': randomUUID() }, timeoutMs: 120_000 });

interface Counts {
  organisations: number;
  contacts: number;
  importEvents: number;
  meetings: number;
  meetingsWithoutCreatedEvent: number;
  createdEventsWithoutMeeting: number;
}

async function counts(databaseUrl: string, tag: string): Promise<Counts> {
  return onServer(databaseUrl, async (c) => {
    const one = async (text: string, values: unknown[] = []) => Number((await c.query(text, values)).rows[0].n);
    return {
      organisations: await one(`SELECT count(*) AS n FROM organisations WHERE name LIKE $1`, [`${tag} organisation %`]),
      contacts: await one(`SELECT count(*) AS n FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE o.name LIKE $1`, [`${tag} organisation %`]),
      importEvents: await one(`SELECT count(*) AS n FROM audit_events WHERE entity = 'import'`),
      meetings: await one(`SELECT count(*) AS n FROM meetings WHERE title LIKE 'Crash meeting %'`),
      // A meeting and its 'created' audit event are written in one transaction: one without the other is a partial save.
      meetingsWithoutCreatedEvent: await one(
        `SELECT count(*) AS n FROM meetings m WHERE m.title LIKE 'Crash meeting %'
           AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = 'meeting' AND e.entity_id = m.id AND e.action = 'created')`,
      ),
      createdEventsWithoutMeeting: await one(
        `SELECT count(*) AS n FROM audit_events e WHERE e.entity = 'meeting' AND e.action = 'created' AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = e.entity_id)`,
      ),
    };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('check 4: kill -9 of the API mid-import and mid-meeting-save', () => {
  let database: FreshDatabase;
  let product: Product | undefined;
  const figures: Figure[] = [];
  const details: string[] = [];
  const check = startCheck('crash', 4, 'Crash');

  beforeAll(async () => {
    database = await freshDatabase();
  }, 60_000);
  afterAll(async () => {
    check.finish(figures, details);
    await product?.stop();
    await database?.drop();
  }, 60_000);

  it('keeps no partial rows, restarts healthy and lets the import run again', async () => {
    const kills = bound(3, 12);
    const rows = bound(1_000, 5_000);
    let partialImports = 0;
    let partialMeetings = 0;
    let unhealthy = 0;
    let slowestStartMs = 0;
    let killedWhileImporting = 0;
    const table = ['| kill | after | import rows stored | meetings saved before the kill | partial |', '| --- | --- | --- | --- | --- |'];
    for (let round = 1; round <= kills; round++) {
      const started = Date.now();
      product = await startProduct({ databaseUrl: database.url }).catch(() => undefined);
      if (!product) {
        unhealthy++;
        break;
      }
      slowestStartMs = Math.max(slowestStartMs, Date.now() - started);
      const { recorder } = await usersByRole(product.baseUrl, database.url);
      const tag = `Crash${round}`;
      // An import and a stream of meeting saves in flight together; the kill lands somewhere inside both.
      const importing = postImport(recorder, importFile(tag, rows)).then((r) => r.status, () => 0);
      let saving = true;
      const saves = (async () => {
        let i = 0;
        while (saving) await createMeeting(recorder, `Crash meeting ${round}.${i++}`).catch(() => undefined);
      })();
      const delayMs = 100 + Math.round(((round * 7919) % 100) * bound(8, 15));
      await sleep(delayMs);
      const inFlight = await onServer(database.url, async (c) =>
        Number((await c.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND (state = 'active' OR state LIKE 'idle in transaction%')`)).rows[0].n),
      );
      if (inFlight > 0) killedWhileImporting++;
      await product.kill();
      saving = false;
      const importStatus = await importing;
      await saves;
      // PostgreSQL rolls back the dead connections' transactions once it sees them close.
      await sleep(500);
      const after = await counts(database.url, tag);
      const importPartial = !((after.organisations === 0 && after.contacts === 0) || (after.organisations === rows && after.contacts === rows));
      const meetingPartial = after.meetingsWithoutCreatedEvent + after.createdEventsWithoutMeeting > 0;
      if (importPartial) partialImports++;
      if (meetingPartial) partialMeetings++;
      table.push(`| ${round} | ${delayMs} ms${importStatus ? ` (import answered ${importStatus})` : ''} | ${after.organisations} orgs, ${after.contacts} contacts | ${after.meetings} in all | ${importPartial || meetingPartial ? 'yes' : 'no'} |`);
    }

    // The next start is healthy, and each killed import runs again to completion with nothing doubled.
    const started = Date.now();
    product = await startProduct({ databaseUrl: database.url });
    slowestStartMs = Math.max(slowestStartMs, Date.now() - started);
    const { recorder } = await usersByRole(product.baseUrl, database.url);
    let reruns = 0;
    let rerunFailures = 0;
    let slowestRerunMs = 0;
    for (let round = 1; round <= kills; round++) {
      const tag = `Crash${round}`;
      if ((await counts(database.url, tag)).organisations === rows) continue;
      reruns++;
      const rerunStarted = Date.now();
      const reply = await postImport(recorder, importFile(tag, rows)).catch(async (error: unknown) => {
        // What PostgreSQL was doing when the re-run gave up: a wait on a lock would show here.
        const activity = await onServer(database.url, (c) =>
          c.query(`SELECT pid, state, wait_event_type, wait_event, now() - xact_start AS in_transaction, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`),
        );
        process.stderr.write(`re-run of import ${round} failed: ${String(error)}\n${JSON.stringify(activity.rows, null, 1)}\n`);
        return undefined;
      });
      slowestRerunMs = Math.max(slowestRerunMs, Date.now() - rerunStarted);
      const after = await counts(database.url, tag);
      if (reply?.status !== 200 || after.organisations !== rows || after.contacts !== rows) {
        rerunFailures++;
        if (reply) process.stderr.write(`re-run of import ${round}: ${reply.status} ${reply.text.slice(0, 300)}; ${JSON.stringify(after)}\n`);
      }
    }
    const health = await fetch(`${product.baseUrl}/api/health`).then((r) => r.status);

    figures.push(
      figure('kill -9 during an import and meeting saves', kills),
      figure('rows per import', rows),
      figure('kills that found the import or a save in flight in PostgreSQL', `${killedWhileImporting} of ${kills}`),
      figure('imports left partly stored', partialImports, '0', partialImports === 0),
      figure('meetings saved without their audit event (or the reverse)', partialMeetings, '0', partialMeetings === 0),
      figure('starts after a kill that were not healthy', unhealthy, '0', unhealthy === 0),
      figure('slowest start after a kill (to /api/health 200)', `${slowestStartMs} ms`),
      figure('killed imports run again', `${reruns}, ${rerunFailures} failed`, 'all complete, nothing doubled', rerunFailures === 0),
      figure('slowest re-run of a killed import', `${Math.round(slowestRerunMs / 100) / 10} s`),
      figure('health after the last restart', health, '200', health === 200),
    );
    details.push(table.join('\n'));
    expect({ partialImports, partialMeetings, unhealthy, rerunFailures, health }).toEqual({ partialImports: 0, partialMeetings: 0, unhealthy: 0, rerunFailures: 0, health: 200 });
  });
});
