import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one tool sent through the proxy. */
export interface Traffic {
  /** Requests passed on to the product. */
  forwarded: number;
  /** Status of each forwarded answer → how many. */
  statuses: Map<number, number>;
  /** The first few forwarded requests answered 5xx (or not at all): `METHOD /path → status`. */
  serverErrors: string[];
  serverErrorCount: number;
  /** Requests refused because they named another host, or tunnelled (CONNECT): nothing leaves loopback. */
  offTarget: string[];
  /** Requests refused because they would have ended the signed-in session. */
  blocked: string[];
  /** Forwarded requests whose URL carries U+0000 (`%00`), by the status they got: PostgreSQL cannot store it. */
  nul: Map<number, number>;
}

export interface CountingProxy {
  /** `http://127.0.0.1:port`, for sqlmap's `--proxy` and wapiti's `-p`. */
  url: string;
  traffic: Traffic;
  close(): Promise<void>;
}

/** Paths no tool may reach: signing out would end the session the rest of the run depends on. */
export const BLOCKED_PATHS = ['/api/auth/logout'];
const KEEP_ERRORS = 20;

export function emptyTraffic(): Traffic {
  return { forwarded: 0, statuses: new Map(), serverErrors: [], serverErrorCount: 0, offTarget: [], blocked: [], nul: new Map() };
}

export function addTraffic(into: Traffic, from: Traffic): void {
  into.forwarded += from.forwarded;
  for (const [status, n] of from.statuses) into.statuses.set(status, (into.statuses.get(status) ?? 0) + n);
  into.serverErrors.push(...from.serverErrors.slice(0, Math.max(0, KEEP_ERRORS - into.serverErrors.length)));
  into.serverErrorCount += from.serverErrorCount;
  into.offTarget.push(...from.offTarget);
  into.blocked.push(...from.blocked);
  for (const [status, n] of from.nul) into.nul.set(status, (into.nul.get(status) ?? 0) + n);
}

/**
 * A forward HTTP proxy on loopback in front of the product: every request a tool sends goes through it, so the check
 * counts them itself (neither tool reports a reliable total), sees every 5xx, refuses anything addressed elsewhere
 * (wapiti fetches a fingerprint database from GitHub on start-up, say) and keeps the tools off the sign-out endpoint.
 */
export async function countingProxy(targetBaseUrl: string): Promise<CountingProxy> {
  const target = new URL(targetBaseUrl);
  const traffic = emptyTraffic();
  const serverError = (what: string) => {
    traffic.serverErrorCount++;
    if (traffic.serverErrors.length < KEEP_ERRORS) traffic.serverErrors.push(what);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', targetBaseUrl);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.host !== target.host || url.protocol !== 'http:') {
      traffic.offTarget.push(`${req.method} ${url.origin}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('only the product under test is reachable');
      req.resume();
      return;
    }
    if (BLOCKED_PATHS.some((p) => url.pathname.replace(/\/+$/, '') === p)) {
      traffic.blocked.push(`${req.method} ${url.pathname}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('signing out is not part of the scan');
      req.resume();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const what = `${req.method} ${(url.pathname + url.search).slice(0, 200)}`;
    const nul = /%00/.test(req.url ?? '');
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: url.pathname + url.search, headers, timeout: 60_000 },
      (answer) => {
        const status = answer.statusCode ?? 0;
        traffic.forwarded++;
        traffic.statuses.set(status, (traffic.statuses.get(status) ?? 0) + 1);
        if (status >= 500) serverError(`${what} → ${status}`);
        if (nul) traffic.nul.set(status, (traffic.nul.get(status) ?? 0) + 1);
        res.writeHead(status, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('no answer within 60 s')));
    upstream.on('error', (error) => {
      traffic.forwarded++;
      traffic.statuses.set(0, (traffic.statuses.get(0) ?? 0) + 1);
      serverError(`${what} → no answer (${error.message})`);
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  // HTTPS through the proxy would be a tunnel to somewhere else: refuse it.
  server.on('connect', (req: IncomingMessage, socket) => {
    traffic.offTarget.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    traffic,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
