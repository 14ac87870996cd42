import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../harness/sessions';

export interface Run {
  exitCode: number | null;
  /** Killed at its time limit. */
  timedOut: boolean;
  output: string;
  seconds: number;
}

/** Runs a tool with a hard time limit (SIGKILL at the limit) and its output kept. */
export function runTool(command: string, args: string[], timeoutMs: number, cwd: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    // Neither tool may find a proxy of its own in the environment, nor write into the home directory.
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', NO_PROXY: '', no_proxy: '' };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2_000_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, timedOut, output, seconds: (Date.now() - started) / 1000 });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: -1, timedOut, output: `${output}\n${String(error)}`, seconds: (Date.now() - started) / 1000 });
    });
  });
}

export interface SqlmapOptions {
  level: number;
  risk: number;
  timeoutMs: number;
  /** sqlmap's `--technique` letters; all of them (BEUSTQ) unless given. */
  technique?: string;
}

export type SqlmapVerdict = 'not injectable' | 'injectable' | 'no verdict';

export interface SqlmapResult {
  verdict: SqlmapVerdict;
  /** The lines that gave the verdict (or, with none, the end of the output). */
  evidence: string[];
  run: Run;
}

/** Reads sqlmap's verdict on the one parameter it was given. */
export function sqlmapVerdict(output: string): { verdict: SqlmapVerdict; evidence: string[] } {
  const lines = output.split('\n');
  const found = lines.filter(
    (l) =>
      /identified the following injection point/.test(l) ||
      /parameter '[^']+' is vulnerable/.test(l) ||
      /parameter '[^']+' (appears|seems) to be '.+' injectable/.test(l) ||
      /^Parameter: .+ \((GET|POST|URI|Cookie)\)/.test(l),
  );
  if (found.length) return { verdict: 'injectable', evidence: found };
  const clean = lines.filter((l) => /all tested parameters do not appear to be injectable/.test(l) || /parameter '[^']+' does not seem to be injectable/.test(l));
  if (clean.length) return { verdict: 'not injectable', evidence: clean };
  return { verdict: 'no verdict', evidence: lines.slice(-15) };
}

/**
 * sqlmap on one GET parameter, signed in (cookie and XSRF header), through the counting proxy. `--drop-set-cookie`
 * keeps it on the session it was given; `--flush-session` and its own output directory keep runs independent.
 */
export async function sqlmap(baseUrl: string, url: string, parameter: string, session: Session, proxyUrl: string, options: SqlmapOptions, dir: string): Promise<SqlmapResult> {
  mkdirSync(dir, { recursive: true });
  const args = [
    '-u', `${baseUrl}${url}`,
    '-p', parameter,
    '--cookie', session.cookie,
    '--headers', `X-XSRF-TOKEN: ${session.csrf}`,
    '--drop-set-cookie',
    '--level', String(options.level),
    '--risk', String(options.risk),
    '--batch',
    '--time-sec', '2',
    '--timeout', '15',
    '--retries', '1',
    '--proxy', proxyUrl,
    '--output-dir', join(dir, 'out'),
    '--flush-session',
    '--disable-coloring',
    ...(options.technique ? ['--technique', options.technique] : []),
  ];
  const run = await runTool('sqlmap', args, options.timeoutMs, dir);
  writeFileSync(join(dir, 'output.txt'), run.output);
  const read = sqlmapVerdict(run.output);
  // Killed at its limit, a run has a verdict only if it had already found the parameter injectable.
  if (run.timedOut && read.verdict !== 'injectable') return { verdict: 'no verdict', evidence: [`killed after ${Math.round(run.seconds)} s`, ...read.evidence.slice(-3)], run };
  return { ...read, run };
}

export interface WapitiOptions {
  modules: string[];
  maxScanSeconds: number;
  /** Per module. */
  maxAttackSeconds: number;
  depth: number;
}

export interface WapitiFinding {
  kind: 'vulnerability' | 'anomaly';
  category: string;
  method: string;
  path: string;
  parameter: string;
  info: string;
}

export interface WapitiResult {
  findings: WapitiFinding[];
  /** URLs and forms the crawl found (wapiti's own count). */
  crawled: number | undefined;
  /** Modules wapiti ran, from its output. */
  modulesRun: string[];
  report: boolean;
  run: Run;
}

interface WapitiReport {
  vulnerabilities?: Record<string, { method?: string; path?: string; parameter?: string; info?: string }[]>;
  anomalies?: Record<string, { method?: string; path?: string; parameter?: string; info?: string }[]>;
}

/**
 * wapiti crawls the dashboard from `/` and attacks what it finds plus the start URLs (the API reads, which link to
 * nothing a crawler could follow), signed in with a cookie file and the XSRF header, through the counting proxy.
 * Its `-x` (exclude) fails on Python 3.11 in this version, so the proxy is what keeps it off the sign-out endpoint.
 */
export async function wapiti(baseUrl: string, startUrls: string[], session: Session, proxyUrl: string, options: WapitiOptions, dir: string): Promise<WapitiResult> {
  const config = join(dir, 'config');
  mkdirSync(config, { recursive: true });
  // Without this file wapiti downloads a technology fingerprint database from GitHub before it starts.
  writeFileSync(join(config, 'apps.json'), '{}');
  const host = new URL(baseUrl).hostname;
  const cookie = (value: string) => ({ value, expires: null, secure: false, port: null, version: 0 });
  const jar = Object.fromEntries(session.cookie.split('; ').map((pair) => [pair.slice(0, pair.indexOf('=')), cookie(pair.slice(pair.indexOf('=') + 1))]));
  writeFileSync(join(dir, 'cookies.json'), JSON.stringify({ [host]: { '/': jar } }));
  const report = join(dir, 'report.json');
  const args = [
    '-u', `${baseUrl}/`,
    '--scope', 'folder',
    ...startUrls.flatMap((u) => ['-s', `${baseUrl}${u}`]),
    '-c', join(dir, 'cookies.json'),
    '-H', `X-XSRF-TOKEN: ${session.csrf}`,
    '-m', options.modules.join(','),
    '-d', String(options.depth),
    '--max-scan-time', String(options.maxScanSeconds),
    '--max-attack-time', String(options.maxAttackSeconds),
    '-t', '15',
    '-p', proxyUrl,
    '--flush-session',
    '--store-session', join(dir, 'session'),
    '--store-config', config,
    '-f', 'json',
    '-o', report,
    '-v', '1',
    '--no-bugreport',
  ];
  const run = await runTool('wapiti', args, (options.maxScanSeconds + 120) * 1000, dir);
  writeFileSync(join(dir, 'output.txt'), run.output);
  let parsed: WapitiReport | undefined;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as WapitiReport;
  } catch {
    parsed = undefined;
  }
  const findings: WapitiFinding[] = [];
  for (const [kind, section] of [['vulnerability', parsed?.vulnerabilities], ['anomaly', parsed?.anomalies]] as const) {
    for (const [category, list] of Object.entries(section ?? {})) {
      for (const f of list) findings.push({ kind, category, method: f.method ?? '', path: f.path ?? '', parameter: f.parameter ?? '', info: f.info ?? '' });
    }
  }
  const crawled = /Wapiti found (\d+) URLs and forms/.exec(run.output)?.[1];
  const modulesRun = [...run.output.matchAll(/Launching module (\w+)/g)].map((m) => m[1] ?? '');
  return { findings, crawled: crawled === undefined ? undefined : Number(crawled), modulesRun, report: parsed !== undefined, run };
}
