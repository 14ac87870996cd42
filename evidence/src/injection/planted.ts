import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';

export interface PlantedFlaws {
  baseUrl: string;
  /** A query parameter pasted into SQL. */
  sqlUrl: string;
  sqlParameter: string;
  close(): Promise<void>;
}

/**
 * The control: a server on loopback with the flaws the scan looks for, planted on purpose — a query parameter pasted
 * into SQL on the check's own throwaway database, its errors shown on the page as a careless PHP page would, and one
 * echoed into HTML — so a clean result from the product means
 * the tools and the way the check reads them do find such flaws, not that they were never able to.
 */
export async function plantedFlaws(databaseUrl: string): Promise<PlantedFlaws> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = url.searchParams.get('name') ?? '';
    if (url.pathname === '/find') {
      // Deliberately injectable, and read-only: the check's database is dropped afterwards anyway.
      db.query(`SELECT name FROM organisations WHERE name = '${name}' ORDER BY name LIMIT 5`).then(
        (r) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><ul>${r.rows.map(() => '<li>organisation</li>').join('')}</ul>${r.rowCount ? 'found' : 'none'}</body></html>`),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/html' }).end(`<html><body>PostgreSQL query failed: ERROR: ${error.message}</body></html>`),
      );
      return;
    }
    if (url.pathname === '/greet') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>Hello ${name}</p></body></html>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><a href="/find?name=x">find</a> <a href="/greet?name=x">greet</a></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    sqlUrl: '/find?name=x',
    sqlParameter: 'name',
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.end();
    },
  };
}
