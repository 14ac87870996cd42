import { BASE_URL_VAR } from './run-env';
import { startServer, type RunningServer } from './server';

/**
 * A server of this spec file's own, for a spec that counts everything in a list: other specs add records to the
 * shared one. Call it at the top of the file, before any beforeAll that seeds data.
 */
export function useOwnServer(env: Record<string, string> = {}): void {
  let server: RunningServer | undefined;
  let shared: string | undefined;
  beforeAll(async () => {
    shared = process.env[BASE_URL_VAR];
    server = await startServer(env);
    process.env[BASE_URL_VAR] = server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    process.env[BASE_URL_VAR] = shared;
    await server?.stop();
  }, 60_000);
}
