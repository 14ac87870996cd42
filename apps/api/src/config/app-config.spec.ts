import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/app', '/srv/app/dist/apps/api');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/app', '/srv/app/dist/apps/api');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      databaseReadUrl: undefined,
      dataDir: '/srv/app/.data/main',
      webDistDir: '/srv/app/dist/apps/web/browser',
      demo: false,
      bootstrapAdmin: undefined,
    });
  });

  it.each([['abc'], ['70000'], ['-1'], ['3000.5']])('names PORT when it is %p', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([`PORT must be a whole number from 0 to 65535 (got "${port}")`]);
  });

  it('names DATABASE_URL when it is not a postgres URL', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://localhost/db' })).toEqual(['DATABASE_URL must be a postgres:// URL']);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/d' }).databaseUrl).toBe('postgresql://u@h:5432/d');
  });

  it('takes a read replica only beside a configured primary', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@p/d', DATABASE_READ_URL: 'postgres://u@r/d' }).databaseReadUrl).toBe('postgres://u@r/d');
    expect(problemsOf({ DATABASE_READ_URL: 'postgres://u@r/d' })).toEqual(['DATABASE_READ_URL needs DATABASE_URL: a replica replicates a server you run, not the embedded one']);
    expect(problemsOf({ DATABASE_URL: 'postgres://u@p/d', DATABASE_READ_URL: 'http://r' })).toEqual(['DATABASE_READ_URL must be a postgres:// URL']);
  });

  it('runs housekeeping hourly by default, and takes a shorter or longer interval within bounds', () => {
    expect(loadConfig({}).housekeepingIntervalMs).toBe(3_600_000);
    expect(loadConfig({ HOUSEKEEPING_INTERVAL_MS: '2000' }).housekeepingIntervalMs).toBe(2_000);
    expect(problemsOf({ HOUSEKEEPING_INTERVAL_MS: '500' })).toEqual(['HOUSEKEEPING_INTERVAL_MS must be a whole number from 1000 to 86400000 (got "500")']);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'loud', DEMO: 'maybe' })).toHaveLength(3);
  });

  it('needs both bootstrap admin values, and a long enough password', () => {
    expect(problemsOf({ BOOTSTRAP_ADMIN_EMAIL: 'a@b.c' })).toEqual([
      'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters when BOOTSTRAP_ADMIN_EMAIL is set',
    ]);
    expect(problemsOf({ BOOTSTRAP_ADMIN_PASSWORD: 'long enough password' })).toEqual([
      'BOOTSTRAP_ADMIN_EMAIL must be an email address when BOOTSTRAP_ADMIN_PASSWORD is set',
    ]);
    expect(loadConfig({ BOOTSTRAP_ADMIN_EMAIL: ' Ada@Example.org ', BOOTSTRAP_ADMIN_PASSWORD: 'long enough password' }).bootstrapAdmin).toEqual({
      email: 'ada@example.org',
      password: 'long enough password',
    });
  });

  it('keeps demo data apart from real data', () => {
    expect(loadConfig({ DEMO: 'true' }, '/srv/app').dataDir).toBe('/srv/app/.data/demo');
  });
});
