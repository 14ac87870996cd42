import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written beside PostgreSQL's own lock file: which server process started the cluster now running. */
export const OWNER_FILE = 'send-tracker-owner.pid';

const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 15_000;
const REAP_MS = 30_000;

interface ProcessInfo {
  ppid: number;
  command: string;
}

/** The parent and command line of a live process; undefined when it is gone (or a zombie waiting to be reaped). */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and brackets, so read after the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') return undefined;
    return { ppid: Number(ppid), command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') };
  } catch {
    if (existsSync('/proc/self/stat')) return undefined;
  }
  // No /proc (macOS): ask ps.
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const match = /^(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!match || match[2]?.startsWith('Z')) return undefined;
    return { ppid: Number(match[1]), command: match[3] ?? '' };
  } catch {
    return undefined;
  }
}

/** Whether a postmaster serves this directory: it works in its data directory (Linux shows that as /proc/<pid>/cwd). */
function servesDirectory(pid: number, command: string, dataDir: string): boolean {
  if (!command.includes('postgres')) return false;
  try {
    return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
  } catch {
    return command.includes(dataDir);
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function exitWithin(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!processInfo(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processInfo(pid);
}

/**
 * A server killed without shutting down (kill -9, the OOM killer) leaves its embedded PostgreSQL running, orphaned,
 * holding the data directory: the next start would find postmaster.pid and fail. That PostgreSQL is still serving
 * the cluster but nobody uses it (its client died, so open transactions can never commit): it is shut down here
 * (fast, then immediate) so this start can run the cluster. A PostgreSQL whose starting server is still alive is
 * another instance on the same DATA_DIR, and is refused by name instead.
 */
export async function stopOrphanedPostgres(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPid(join(dataDir, 'postmaster.pid'));
  // No lock file: a clean shutdown. A stale one: PostgreSQL removes it itself and recovers from the crash.
  if (pid === undefined) return;
  const postmaster = processInfo(pid);
  if (postmaster && servesDirectory(pid, postmaster.command, dataDir)) {
    const owner = readPid(join(dataDir, OWNER_FILE));
    // A running server is the postmaster's parent; an orphan has been handed to init (or a subreaper).
    const ownerAlive = owner !== undefined ? postmaster.ppid === owner && processInfo(owner) !== undefined : postmaster.ppid !== 1;
    if (ownerAlive) {
      throw new Error(`The embedded PostgreSQL in ${dataDir} is in use by another running server (process ${owner ?? postmaster.ppid}): stop it, or give this one another DATA_DIR`);
    }
    log(`stopping the embedded PostgreSQL (process ${pid}) left running by a server that did not shut down`);
    process.kill(pid, 'SIGINT');
    if (!(await exitWithin(pid, FAST_SHUTDOWN_MS))) process.kill(pid, 'SIGQUIT');
    if (!(await exitWithin(pid, IMMEDIATE_SHUTDOWN_MS))) {
      throw new Error(`The embedded PostgreSQL left running in ${dataDir} (process ${pid}) did not stop: stop it, then start again`);
    }
  }
  // An exited postmaster stays a zombie until init reaps it (seconds, under some inits), and PostgreSQL takes the
  // lock file of a zombie for a running server's: wait for it to go.
  const until = Date.now() + REAP_MS;
  while (exists(pid) && !processInfo(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

/** Any process with this id, zombies included (what PostgreSQL's own lock-file check sees). */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks this process as the one running the cluster, for the check above on the next start. */
export function recordOwner(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

export function forgetOwner(dataDir: string): void {
  rmSync(join(dataDir, OWNER_FILE), { force: true });
}
