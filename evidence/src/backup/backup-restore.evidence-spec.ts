import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onServer, withDatabase } from '../harness/cluster';
import { freshDatabase, type FreshDatabase } from '../harness/database';
import { ADMIN_URL_VAR, FULL, runSetting } from '../harness/mode';
import { ADMIN_EMAIL, ADMIN_PASSWORD, REPO_ROOT, startProduct } from '../harness/product';
import { figure, startCheck } from '../harness/record';
import { signIn } from '../harness/sessions';

const CLI = join(REPO_ROOT, 'dist/apps/api/cli.js');

/** Runs the built CLI as `npm run db:backup` / `db:restore` do, on `databaseUrl`. */
function cli(databaseUrl: string, args: string[]): { ms: number; output: string } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl }, encoding: 'utf8', timeout: 20 * 60_000 });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} exited ${result.status}: ${result.stderr}${result.stdout}`);
  return { ms: Date.now() - started, output: result.stdout };
}

/** Row count and a checksum of every row's text, per table: equal when the contents are equal, whatever the order. */
async function fingerprint(url: string): Promise<Map<string, string>> {
  return onServer(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out = new Map<string, string>();
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; sum: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS sum FROM "${name}" t`,
      );
      out.set(name, `${rows[0]?.n}:${rows[0]?.sum}`);
    }
    return out;
  });
}

describe('check 6: backup and restore', () => {
  let source: FreshDatabase;
  const restoredName = `send_evidence_restored_${Date.now()}`;
  const work = mkdtempSync(join(tmpdir(), 'send-backup-'));

  beforeAll(async () => {
    source = await freshDatabase();
  });
  afterAll(async () => {
    await source?.drop();
    await onServer(runSetting(ADMIN_URL_VAR), (c) => c.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`));
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('round-trips every table into a new database, and the product starts on the copy', async () => {
    const check = startCheck('backup-restore', 6, 'Backup and restore');
    // The product migrates the source and makes its first admin; then data to carry.
    const first = await startProduct({ databaseUrl: source.url });
    const admin = await signIn(first.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const created = await admin.request('POST', '/api/organisations', { body: { name: `Backup check organisation ${i} “quoted”, with\nnewline`, type: 'charity' } });
      expect(created.status).toBe(201);
    }
    await first.stop();
    if (FULL) cli(source.url, ['generate', '--scale', 'small', '--force']);

    const file = join(work, 'send.dump');
    const backup = cli(source.url, ['backup', '--file', file]);
    const restore = cli(source.url, ['restore', '--file', file, '--database', restoredName]);
    const restoredUrl = withDatabase(source.url, restoredName);
    const [before, after] = [await fingerprint(source.url), await fingerprint(restoredUrl)];
    const differing = [...before.keys()].filter((t) => before.get(t) !== after.get(t));
    const missing = [...after.keys()].filter((t) => !before.has(t)).length + [...before.keys()].filter((t) => !after.has(t)).length;
    const rows = [...before.values()].reduce((sum, v) => sum + Number(v.split(':')[0]), 0);
    // A second restore into the same database is refused: a restore never mixes with live data.
    const again = spawnSync(process.execPath, [CLI, 'restore', '--file', file, '--database', restoredName], { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: source.url }, encoding: 'utf8' });

    const onCopy = await startProduct({ databaseUrl: restoredUrl });
    const copyAdmin = await signIn(onCopy.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
    const list = await copyAdmin.request('GET', '/api/organisations?pageSize=1');
    const sourceOrganisations = Number(before.get('organisations')?.split(':')[0]);
    await onCopy.stop();

    const result = check.finish(
      [
        figure('tables', before.size),
        figure('rows carried', rows),
        figure('backup (pg_dump -Fc)', `${backup.ms} ms, ${Math.round(statSync(file).size / 1024)} KB`),
        figure('restore (pg_restore, one transaction)', `${restore.ms} ms`),
        figure('tables whose row count or content checksum differ', differing.length ? differing.join(', ') : 0, '0', differing.length === 0 && missing === 0),
        figure('restore over a database with tables refused', again.status === 0 ? 'no' : 'yes', 'yes', again.status !== 0),
        figure('product on the restored copy: sign-in and organisations total', `${list.status}, ${(list.json as { total?: number })?.total}`, `200, ${sourceOrganisations}`, list.status === 200 && (list.json as { total?: number })?.total === sourceOrganisations),
      ],
      [
        'Per table: `count(*)` and the md5 of every row\'s text, sorted, compared between the source and the restored database. ' +
          (FULL ? 'The source held the small generated data set (`db:generate -- --scale small`) and records made through the API.' : 'The source held records made through the API.'),
      ],
    );
    expect(result.figures.filter((f) => f.ok === false)).toEqual([]);
  });
});
