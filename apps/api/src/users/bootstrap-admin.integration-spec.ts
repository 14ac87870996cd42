import { DataSource } from 'typeorm';
import { BootstrapAdminService, DEFAULT_ADMIN_EMAIL } from './bootstrap-admin.service';
import { verifyPassword } from './password';
import { createDataSource } from '../database/data-source';
import { loadConfig } from '../config/app-config';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';
import { startTestApp, TEST_ADMIN } from '../testing/test-app';

describe('first admin', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url, 2).initialize();
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('is admin@localhost with a random password when none is configured, and only once', async () => {
    const service = new BootstrapAdminService(ds, loadConfig({}));
    const created = await service.ensureFirstAdmin();
    expect(created?.email).toBe(DEFAULT_ADMIN_EMAIL);
    expect(created?.generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const [row] = await ds.query(`SELECT role, password_hash, must_change_password FROM users`);
    expect(row).toMatchObject({ role: 'admin', must_change_password: true });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash, created?.generatedPassword ?? '')).toBe(true);

    expect(await service.ensureFirstAdmin()).toBeUndefined();
    expect(await ds.query(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 1 }]);
  });

  it('uses BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD when set', async () => {
    const config = loadConfig({ BOOTSTRAP_ADMIN_EMAIL: 'Lead@Example.org', BOOTSTRAP_ADMIN_PASSWORD: 'a long chosen password' });
    expect(await new BootstrapAdminService(ds, config).ensureFirstAdmin()).toEqual({ email: 'lead@example.org' });
    const [row] = await ds.query(`SELECT email, password_hash, must_change_password FROM users`);
    expect(row.must_change_password).toBe(false);
    expect(await verifyPassword(row.password_hash, 'a long chosen password')).toBe(true);
  });

  it('is created when the application starts on a fresh database', async () => {
    const t = await startTestApp();
    try {
      const ds2 = t.app.get(DataSource);
      expect(await ds2.query(`SELECT email FROM users`)).toEqual([{ email: TEST_ADMIN.email }]);
    } finally {
      await t.close();
    }
  });
});
