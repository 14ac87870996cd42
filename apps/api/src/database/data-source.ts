import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** The one data source definition, used by the running app, the CLI (migrate/revert/seed) and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A request waits at most 3 s for a connection, so an unreachable database answers 503 rather than hanging.
    extra: { max: poolSize, application_name: 'send-tracker', connectionTimeoutMillis: 3_000 },
  };
}

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
