import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../database/embedded-postgres';

const run = promisify(execFile);

/** PostgreSQL's server programs: Debian's postgresql-15 package puts them here. */
export const PG_BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

export interface ReplicaCluster {
  /** Admin URLs (database `postgres`) of the primary and of its streaming replica. */
  primaryUrl: string;
  replicaUrl: string;
  /** Holds the replica's replay where it is: writes after this reach it only on resume. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stopReplica(): Promise<void>;
  stop(): Promise<void>;
}

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A primary and a streaming replica made with pg_basebackup, each a real PostgreSQL in a temporary directory, for
 * testing that reads move to the replica. PostgreSQL will not run as root: as root, its programs run as `postgres`.
 */
export async function startReplicaCluster(): Promise<ReplicaCluster> {
  if (!existsSync(join(PG_BIN, 'pg_basebackup'))) throw new Error(`No PostgreSQL server programs in ${PG_BIN}: apt-get install postgresql-15, or set PG_BIN`);
  const asRoot = process.getuid?.() === 0;
  const pg = (program: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, program), ...args]) : run(join(PG_BIN, program), args));
  const base = mkdtempSync(join(tmpdir(), 'send-replica-'));
  if (asRoot) await run('chown', ['postgres:postgres', base]);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = join(base, 'primary');
  const replica = join(base, 'replica');
  const common = `-c listen_addresses=127.0.0.1 -c unix_socket_directories=${base} -c fsync=off -c max_connections=60`;
  const started: string[] = [];
  const start = async (dir: string, options: string) => {
    await pg('pg_ctl', ['-D', dir, '-l', join(base, `${dir === primary ? 'primary' : 'replica'}.log`), '-w', '-o', options, 'start']);
    if (!started.includes(dir)) started.push(dir);
  };
  const stopServer = (dir: string) => pg('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
  try {
    await pg('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await start(primary, `-p ${primaryPort} ${common} -c wal_level=replica -c max_wal_senders=4`);
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '--no-sync']);
    await start(replica, `-p ${replicaPort} ${common} -c hot_standby=on`);
  } catch (error) {
    for (const dir of started) await stopServer(dir);
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  return {
    primaryUrl,
    replicaUrl,
    pauseReplay: async () => void (await query(replicaUrl, 'SELECT pg_wal_replay_pause()')),
    resumeReplay: async () => void (await query(replicaUrl, 'SELECT pg_wal_replay_resume()')),
    caughtUp: async () => {
      const [{ lsn }] = await query(primaryUrl, 'SELECT pg_current_wal_lsn() AS lsn');
      for (let tries = 0; tries < 200; tries++) {
        const [{ done }] = await query(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${String(lsn)}'::pg_lsn AS done`);
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('The replica did not catch up within 10 s');
    },
    stopReplica: async () => void (await stopServer(replica)),
    stop: async () => {
      for (const dir of [...started].reverse()) await stopServer(dir);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
