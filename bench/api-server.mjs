// @ts-check
// The built API as `npm start` runs it, on a free port, and a signed-in session for the load generator.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './database.mjs';

/**
 * @param {string} root
 * @param {string} databaseUrl
 * @returns {Promise<{ baseUrl: string; stop(): Promise<void> }>}
 */
export async function startApi(root, databaseUrl) {
  const port = await freePort();
  // BENCH_API_NODE_ARGS reaches the API's node alone, e.g. --cpu-prof to see where a request's time goes.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${output}`);
    const health = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
    if (health?.ok) return { baseUrl, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`the API did not answer /api/health within 2 minutes:\n${output}`);
}

/**
 * Signs in through POST /api/auth/login. Reads need the session cookie; changes also need the XSRF-TOKEN cookie's
 * value echoed in X-XSRF-TOKEN.
 * @param {string} baseUrl
 * @param {{ email: string; password: string }} user
 */
export async function signIn(baseUrl, user) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    cookies[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const session = cookies.send_session;
  const csrf = cookies['XSRF-TOKEN'];
  if (!session || !csrf) throw new Error('sign-in set no send_session or XSRF-TOKEN cookie');
  return { cookie: `send_session=${session}; XSRF-TOKEN=${csrf}`, csrf: decodeURIComponent(csrf) };
}
