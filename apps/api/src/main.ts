import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { migrateUp } from './database/migrate';
import { openDatabase, type OpenDatabase } from './database/open-database';
import { createApp } from './http/create-app';
import { pinoOptions } from './logging/log-options';
import { seedDemoData } from './demo/seed-demo';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe service did not start.\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = pino(pinoOptions(config));
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(config, (line) => log.debug({ postgres: line }, 'embedded postgres'));
    log.info({ embedded: database.embedded, dataDir: database.embedded ? config.dataDir : undefined }, 'Database ready');
    const applied = await migrateUp(database.url);
    log.info({ applied }, applied.length ? 'Migrations applied' : 'Schema up to date');
    if (config.demo) await seedDemoData(database.url, log);

    const app = await createApp({ config, databaseUrl: database.url });
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    log.info({ port }, 'Listening');
    process.stdout.write(`\nSEND engagement tracker${config.demo ? ' (DEMONSTRATION DATA)' : ''} is running at http://${shownHost}:${port}/\n\n`);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'Shutting down: no new connections, finishing requests in flight');
      const force = setTimeout(() => {
        log.error('Shutdown timed out; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      force.unref();
      // app.close() stops the listener, waits for requests in flight, then closes the database pool.
      await app.close();
      await database?.close();
      log.info('Stopped');
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    log.fatal({ err: error }, 'Start-up failed');
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
