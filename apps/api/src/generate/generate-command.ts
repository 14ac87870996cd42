import { availableParallelism } from 'node:os';
import { Pool, type PoolClient } from 'pg';
import type { Role } from '@send/contracts';
import { londonDate } from '../common/dates';
import { migrateUp } from '../database/migrate';
import { hashPassword, randomPassword } from '../users/password';
import { INDEX_MODES, prepareSession, runSteps, type IndexMode, type LoadStep, type StepTiming } from './bulk-load';
import { ids, isScaleName, phaseCase, SCALES, type GenerateContext, type ScaleName } from './generate-context';
import { attendeesInsert, meetingsInsert, ministersInsert } from './meetings';
import { contactsInsert, GENERATED_GROUPS, groupsInsert, membershipsInsert, organisationInserts } from './organisations';
import { actionsInsert, positionsInsert } from './records';
import { ensureProposals, upsertUsers, type UserSeed } from './reference-rows';
import { FIRST_NAMES, SURNAMES } from './vocabulary';

export const GENERATE_USAGE = `generate --scale small|national|5x [--force] [--indexes search|all|keep]
                     fill the configured database with synthetic records (refuses one that has organisations
                     unless --force, which first deletes its organisations, contacts, groups, meetings,
                     positions, actions and proposals)`;

export interface GenerateOptions {
  scale: ScaleName;
  force: boolean;
  indexes: IndexMode;
}

/**
 * Measured at national scale on 2 cores (CPU of the loading connections, positions + actions): indexes kept 238 s,
 * search indexes dropped and rebuilt 222 s, every secondary index dropped and rebuilt 120–130 s (whole run with the
 * server: 296 s kept, 220–250 s all). Rebuilding sorts once instead of inserting 3M rows at random places in indexes
 * larger than shared_buffers.
 */
const DEFAULT_INDEX_MODE: IndexMode = 'all';

export function parseGenerateArgs(args: readonly string[]): GenerateOptions {
  const options: Partial<GenerateOptions> = { force: false, indexes: DEFAULT_INDEX_MODE };
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = args[i].split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--force') options.force = true;
    else if (flag === '--scale') {
      const scale = value();
      if (!scale || !isScaleName(scale)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
      options.scale = scale;
    } else if (flag === '--indexes') {
      const mode = value();
      if (!INDEX_MODES.includes(mode as IndexMode)) throw new Error(`--indexes must be one of ${INDEX_MODES.join(', ')}`);
      options.indexes = mode as IndexMode;
    } else throw new Error(`Unknown option ${args[i]}\nUsage: ${GENERATE_USAGE}`);
  }
  if (!options.scale) throw new Error(`--scale is required\nUsage: ${GENERATE_USAGE}`);
  return options as GenerateOptions;
}

/** Where the records go, without the password: printed first so nobody fills the wrong database by surprise. */
function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

const RECORD_TABLES = [
  'action_updates', 'actions', 'positions', 'meeting_attendees', 'meeting_ministers', 'meetings', 'group_memberships', 'groups', 'contacts', 'organisation_merges', 'organisations',
  'proposals', 'idempotency_keys', 'information_request_items', 'information_request_pauses', 'information_requests', 'legal_holds', 'parliamentary_links', 'parliamentary_recommendations', 'parliamentary_items', 'retention_disposals',
  'notifications', 'inbound_note_attachments', 'inbound_notes',
];

function userSeeds(count: number): UserSeed[] {
  const admins = Math.max(1, Math.round(count * 0.06));
  const reviewers = Math.max(1, Math.round(count * 0.2));
  const viewers = Math.max(1, Math.round(count * 0.2));
  const plan: [Role, number][] = [['admin', admins], ['reviewer', reviewers], ['viewer', viewers], ['recorder', Math.max(1, count - admins - reviewers - viewers)]];
  return plan.flatMap(([role, n]) =>
    Array.from({ length: n }, (_, i) => ({
      email: `${role}${String(i + 1).padStart(2, '0')}@generated.example.org`,
      name: `${FIRST_NAMES[(i * 7 + role.length) % FIRST_NAMES.length]} ${SURNAMES[(i * 11 + role.length) % SURNAMES.length]} (generated ${role})`,
      role,
    })),
  );
}

async function referenceBase(client: PoolClient, sequence: string): Promise<number> {
  const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${sequence}`);
  return rows[0].is_called ? Number(rows[0].last_value) : Number(rows[0].last_value) - 1;
}

function steps(ctx: GenerateContext, meetingBase: number, actionBase: number): LoadStep[] {
  const ministers = ctx.ministerIds.length ? [ministersInsert(ctx)] : [];
  // Listed biggest first: a free connection takes the first step whose dependencies have committed.
  return [
    { name: 'meetings', table: 'meetings', after: [], statements: [meetingsInsert(ctx, meetingBase)] },
    { name: 'organisations', table: 'organisations', after: [], statements: organisationInserts(ctx) },
    { name: 'positions', table: 'positions', after: ['organisations'], references: ['meetings'], statements: [positionsInsert(ctx)] },
    { name: 'actions', table: 'actions', after: ['organisations'], references: ['meetings'], statements: [actionsInsert(ctx, actionBase)] },
    { name: 'contacts', table: 'contacts', after: ['organisations'], statements: [contactsInsert(ctx)] },
    { name: 'meeting attendees', table: 'meeting_attendees', after: ['meetings', 'organisations'], statements: [attendeesInsert(ctx)] },
    { name: 'meeting ministers', table: 'meeting_ministers', after: ['meetings'], statements: ministers },
    { name: 'group memberships', table: 'group_memberships', after: ['organisations'], statements: [membershipsInsert(ctx)] },
  ];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`.padStart(8);
}

export async function generate(url: string, options: GenerateOptions, out: (line: string) => void): Promise<void> {
  const workers = Math.min(3, Math.max(2, availableParallelism()));
  out(`Database: ${describe(url)}`);
  await migrateUp(url);
  const pool = new Pool({ connectionString: url, max: workers + 1 });
  // pool.end() resolves before its connections have finished closing; an embedded server stopped right after would
  // otherwise raise an unhandled 'error' from a closing idle client.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  const started = Date.now();
  try {
    await prepareSession(client);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`);
    if (rows[0].n > 0) {
      if (!options.force) {
        throw new Error(`This database already has ${rows[0].n} organisations: refusing to generate into it.\nRun with --force to delete its records (organisations, contacts, groups, meetings, positions, actions, proposals) and generate anew.`);
      }
      out(`--force: deleting the existing records first`);
      await client.query(`TRUNCATE ${RECORD_TABLES.join(', ')}`);
      await client.query(`SELECT setval('meeting_reference_seq', 1, false), setval('action_reference_seq', 1, false)`);
    }
    const scale = SCALES[options.scale];
    out(`Generating the ${options.scale} data set (indexes: ${options.indexes}, ${workers} connections)`);

    const password = randomPassword();
    const users = await upsertUsers(client, userSeeds(scale.users), await hashPassword(password));
    const proposalIds = await ensureProposals(client, users.admin[0]);
    const phases = await phaseCase(client);
    await client.query(groupsInsert(users.admin[0], phases.firstDay));
    const groupIds = await ids(client, `SELECT id FROM groups WHERE lower(name) = ANY($1) ORDER BY array_position($1, lower(name))`, [GENERATED_GROUPS.map((g) => g.name.toLowerCase())]);
    const ctx: GenerateContext = {
      scale,
      today: londonDate(),
      ...phases,
      users,
      proposalIds,
      groupIds,
      themeIds: await ids(client, `SELECT id FROM themes ORDER BY position`),
      ministerIds: await ids(client, `SELECT id FROM ministers WHERE active ORDER BY lower(name)`),
    };
    if (!ctx.themeIds.length) throw new Error('The themes table is empty: the migrations seed the five principles.');
    const meetingBase = await referenceBase(client, 'meeting_reference_seq');
    const actionBase = await referenceBase(client, 'action_reference_seq');

    out(`  ${'step'.padEnd(22)} ${'rows'.padStart(10)} ${'load'.padStart(8)} ${'indexes+FK'.padStart(10)} ${'server CPU'.padStart(10)}`);
    const report = (t: StepTiming) => out(`  ${t.name.padEnd(22)} ${t.rows.toLocaleString('en-GB').padStart(10)} ${seconds(t.loadMs)} ${seconds(t.indexMs).padStart(10)} ${t.cpuMs === undefined ? '' : seconds(t.cpuMs).padStart(10)}`);
    await runSteps(pool, workers, steps(ctx, meetingBase, actionBase), options.indexes, report);

    // References continue after the generated ones, so the API keeps issuing unique MTG-/ACT- numbers.
    await client.query(`SELECT setval('meeting_reference_seq', $1), setval('action_reference_seq', $2)`, [meetingBase + scale.meetings, actionBase + scale.actions]);

    // VACUUM as well as ANALYZE: until a table's pages are marked all-visible, index-only scans (the matrix, the
    // timeline, capped totals) read the heap too, and autovacuum would do it later in the middle of someone's work.
    const vacuumStarted = Date.now();
    const tables = ['positions', 'actions', 'meeting_attendees', 'meetings', 'contacts', 'organisations', 'meeting_ministers', 'group_memberships', 'groups', 'proposals', 'users'];
    await Promise.all(Array.from({ length: workers }, async (_, w) => {
      const c = await pool.connect();
      try {
        for (const table of tables.filter((_, i) => i % workers === w)) await c.query(`VACUUM (ANALYZE) ${table}`);
      } finally {
        c.release();
      }
    }));
    out(`  ${'VACUUM (ANALYZE)'.padEnd(22)} ${''.padStart(10)} ${seconds(Date.now() - vacuumStarted)}`);
    out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    out(`\nGenerated users (${scale.users}) share one password, shown once: ${password}`);
    out(`  e.g. admin01@generated.example.org (admin), recorder01@generated.example.org (recorder), viewer01@generated.example.org (viewer)\n`);
  } finally {
    client.release();
    await pool.end();
  }
}
