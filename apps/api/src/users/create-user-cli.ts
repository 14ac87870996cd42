import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ROLES, type Role } from '@send/contracts';
import { migrateUp } from '../database/migrate';
import { hashPassword, randomPassword } from './password';
import { passwordProblems } from './password-policy';

/**
 * `npm run user:create -- --email … --role …` for scripted set-up. The password comes from NEW_USER_PASSWORD (never
 * a command-line argument, which would end up in shell history); without it a one-time password is printed.
 */
export async function createUserFromCli(url: string, args: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  const role = values.role as Role | undefined;
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error('--email must be an email address');
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const chosen = env['NEW_USER_PASSWORD'];
  if (chosen !== undefined) {
    const problems = passwordProblems(chosen, 'NEW_USER_PASSWORD', email);
    if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  }
  const password = chosen ?? randomPassword();
  await migrateUp(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, role, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, values.name?.trim() || email.split('@')[0], role, await hashPassword(password), chosen === undefined],
    );
    if (!rows[0]) throw new Error(`A user with email ${email} already exists`);
    await client.query(`INSERT INTO audit_events (entity, entity_id, action, changes) VALUES ('user', $1, 'created', $2)`, [rows[0].id, JSON.stringify({ role: { from: null, to: role }, details: { via: 'cli' } })]);
    await client.query('COMMIT');
    return chosen === undefined ? `Created ${role} ${email} with one-time password ${password} (to be changed at first sign-in)` : `Created ${role} ${email}`;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
