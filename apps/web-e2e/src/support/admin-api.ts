import { request, type APIRequestContext } from 'playwright-core';
import { baseUrl } from './browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

type Json = Record<string, unknown>;

/** The API as the bootstrap admin, outside any page, to seed what a journey needs. Call at the top of a spec file. */
export function useAdminApi(): (method: 'GET' | 'POST', path: string, data?: Json) => Promise<Json> {
  let admin: APIRequestContext | undefined;
  beforeAll(async () => {
    admin = await request.newContext({ baseURL: baseUrl() });
    await admin.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  });
  afterAll(async () => {
    await admin?.dispose();
  });
  return async (method, path, data) => {
    if (!admin) throw new Error('useAdminApi: not signed in yet (see beforeAll)');
    const xsrf = (await admin.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const res = await admin.fetch(path, { method, data, headers: { 'X-XSRF-TOKEN': xsrf } });
    if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${await res.text()}`);
    return (await res.json()) as Json;
  };
}
