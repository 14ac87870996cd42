import type { Logger } from 'pino';
import { Client } from 'pg';
import { londonDate } from '../common/dates';
import { phaseCase } from '../generate/generate-context';
import { ensureProposals, upsertUsers, type UserSeed } from '../generate/reference-rows';
import { hashPassword } from '../users/password';
import { buildActions, type DemoRole } from './demo-actions';
import { buildMeetings } from './demo-meetings';
import { buildDirectory } from './demo-organisations';
import { buildPositions } from './demo-positions';
import { writeParliament } from './demo-parliament';
import { writeInbound } from './demo-inbound';
import { writeNotifications } from './demo-notifications';
import { writeRequests } from './demo-requests';
import { writeRetention } from './demo-retention';
import { writeAudit, writeDirectory, writeMeetings, writeRecords } from './demo-writer';

/** Known on purpose: the demonstration database holds no real data and says so on every page. */
export const DEMO_PASSWORD = 'demo-password-1234';

export const DEMO_USERS: readonly (UserSeed & { role: DemoRole })[] = [
  { email: 'admin@demo.example.org', name: 'DEMO Admin', role: 'admin' },
  { email: 'recorder@demo.example.org', name: 'DEMO Recorder (official)', role: 'recorder' },
  { email: 'reviewer@demo.example.org', name: 'DEMO Reviewer (private office)', role: 'reviewer' },
  { email: 'viewer@demo.example.org', name: 'DEMO Viewer (analyst)', role: 'viewer' },
];

// Several instances may start together on a fresh demo database: only one seeds it.
const DEMO_LOCK = 7_420_003;

export interface DemoSeedResult {
  seeded: boolean;
  counts: Record<string, number>;
}

function signInHelp(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.email.padEnd(28)} ${u.role}`).join('\n');
  return `\nDEMONSTRATION DATA: sign in with one of these DEMO accounts, password ${DEMO_PASSWORD}\n${rows}\n\n`;
}

/**
 * Fills a demonstration database once, in one transaction, only while it has no organisations: running it again
 * (every start of `npm run demo`) adds nothing. Written with SQL rather than the services, which are still being
 * built, but within the schema's constraints and with an audit event per record.
 */
export async function seedDemoData(url: string, log: Logger, print: (text: string) => void = (text) => process.stdout.write(text)): Promise<DemoSeedResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
    await client.query(`COMMENT ON DATABASE ${client.database ? `"${client.database.replace(/"/g, '""')}"` : 'current_database()'} IS 'SEND engagement tracker: DEMONSTRATION DATA'`);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`);
    if (rows[0].n > 0) {
      await client.query('COMMIT');
      log.info('Demonstration data already present');
      print(signInHelp());
      return { seeded: false, counts: {} };
    }

    const users = await upsertUsers(client, DEMO_USERS, await hashPassword(DEMO_PASSWORD));
    const byRole = Object.fromEntries(DEMO_USERS.map((u) => [u.role, users.byEmail.get(u.email) ?? ''])) as Record<DemoRole, string>;
    const refs = { users: byRole, proposalIds: await ensureProposals(client, byRole.admin), phaseOf: (await phaseCase(client)).phaseOf };

    const directory = buildDirectory();
    const meetings = buildMeetings(directory);
    const positions = buildPositions(directory, meetings);
    const actions = buildActions(directory, meetings, londonDate());
    await writeDirectory(client, directory, refs);
    await writeMeetings(client, meetings, refs);
    await writeRecords(client, positions, actions, refs);
    const requests = await writeRequests(client, byRole, londonDate());
    const parliament = await writeParliament(client, byRole.admin, londonDate());
    const retention = await writeRetention(client, byRole);
    const audit = await writeAudit(client, byRole.admin);
    const notifications = await writeNotifications(client, byRole, londonDate());
    const inboundNotes = await writeInbound(client, byRole);
    await client.query('COMMIT');

    const counts = { organisations: directory.organisations.length, contacts: directory.contacts.length, meetings: meetings.length, positions: positions.length, actions: actions.length, requests, parliament, retention, audit, notifications, inboundNotes };
    log.info(counts, 'Demonstration data written');
    print(signInHelp());
    return { seeded: true, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
