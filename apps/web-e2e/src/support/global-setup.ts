import { BASE_URL_VAR } from './run-env';
import { startServer, type RunningServer } from './server';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var __sendE2eServer: RunningServer | undefined;
}

/** One built server for the whole run, on a free port with its own fresh database. */
export default async function globalSetup(): Promise<void> {
  const server = await startServer();
  globalThis.__sendE2eServer = server;
  process.env[BASE_URL_VAR] = server.baseUrl;
}
