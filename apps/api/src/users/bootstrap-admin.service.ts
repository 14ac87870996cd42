import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { hashPassword, randomPassword } from './password';

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';
// Several instances may start at once on a fresh database: only one creates the first admin.
const BOOTSTRAP_LOCK = 7_420_002;

/** On a database with no users, creates the first admin so somebody can sign in. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('BootstrapAdmin');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await this.ensureFirstAdmin();
    if (!created) return;
    this.logger.log({ email: created.email }, 'Created the first admin account');
    if (created.generatedPassword) {
      // Printed once, to the console and not the structured log, so it can be copied and then changed.
      process.stdout.write(
        `\nFirst sign-in: ${created.email} with password ${created.generatedPassword}\n` +
          `(shown once; set BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD to choose your own)\n\n`,
      );
    } else {
      process.stdout.write(`\nFirst sign-in: ${created.email} with the password in BOOTSTRAP_ADMIN_PASSWORD\n\n`);
    }
  }

  async ensureFirstAdmin(): Promise<{ email: string; generatedPassword?: string } | undefined> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      const [{ count }] = await tx.query('SELECT count(*)::int AS count FROM users');
      if (count > 0) return undefined;
      const chosen = this.config.bootstrapAdmin;
      const email = chosen?.email ?? DEFAULT_ADMIN_EMAIL;
      const password = chosen?.password ?? randomPassword();
      await tx.query(
        `INSERT INTO users (email, name, role, password_hash, must_change_password) VALUES ($1, $2, 'admin', $3, $4)`,
        [email, 'Administrator', await hashPassword(password), chosen === undefined],
      );
      return chosen ? { email } : { email, generatedPassword: password };
    });
  }
}
