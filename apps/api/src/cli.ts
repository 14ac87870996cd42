import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { backupDatabase, defaultBackupFile, restoreDatabase } from './database/backup';
import { migrateDown, migrateUp } from './database/migrate';
import { openDatabase } from './database/open-database';
import { GENERATE_USAGE, generate, parseGenerateArgs } from './generate/generate-command';
import { createUserFromCli } from './users/create-user-cli';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate            apply pending migrations
  revert [--all]     revert the latest migration (or all of them)
  user:create --email <email> --role <admin|recorder|reviewer|viewer> [--name <name>]
                     create a user; the password is read from NEW_USER_PASSWORD or generated and printed once
  backup [--file <path>]
                     pg_dump -Fc of the database (default file: <DATA_DIR>/backups/send-tracker-<time>.dump)
  restore --file <path> --database <name>
                     pg_restore a backup into a new database on the same server (refuses one that has tables)
  ${GENERATE_USAGE}`;

/** The value after `--name`, if given. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function run(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const config = loadConfig();
  // Bad options are reported before an embedded server is started for nothing.
  const generateOptions = command === 'generate' ? parseGenerateArgs(rest) : undefined;
  const database = await openDatabase(config, () => undefined);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateUp(database.url);
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema up to date\n');
        return;
      }
      case 'revert': {
        const reverted = await migrateDown(database.url, rest.includes('--all') ? Infinity : 1);
        process.stdout.write(`Reverted ${reverted} migration(s)\n`);
        return;
      }
      case 'user:create': {
        process.stdout.write(`${await createUserFromCli(database.url, rest)}\n`);
        return;
      }
      case 'backup': {
        const file = await backupDatabase(database.url, option(rest, '--file') ?? defaultBackupFile(config.dataDir));
        process.stdout.write(`Backed up to ${file}\n`);
        return;
      }
      case 'restore': {
        const file = option(rest, '--file');
        const target = option(rest, '--database');
        if (!file || !target) throw new Error('restore needs --file <path> and --database <name>');
        await restoreDatabase(database.url, file, target);
        process.stdout.write(`Restored ${file} into the database ${target}\n`);
        return;
      }
      case 'generate': {
        if (generateOptions) await generate(database.url, generateOptions, (line) => process.stdout.write(`${line}\n`));
        return;
      }
      default:
        process.stderr.write(`${USAGE}\n`);
        process.exitCode = 2;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
