import { startTestApp, type TestApp } from '../testing/test-app';
import { routeTable } from '../testing/route-table';
import { IdempotencyInterceptor } from '../common/idempotency.interceptor';

describe('route access declarations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('finds the routes', () => {
    const routes = routeTable(t);
    expect(routes).toEqual(expect.arrayContaining([expect.objectContaining({ method: 'GET', path: '/api/health' }), expect.objectContaining({ method: 'POST', path: '/api/organisations' })]));
  });

  it('has no route without @Public() or @Allow(...)', () => {
    const undeclared = routeTable(t).filter((r) => r.rule === undefined).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('keeps public routes to the few that must be', () => {
    const open = routeTable(t).filter((r) => (r.rule as { public?: boolean }).public).map((r) => `${r.method} ${r.path}`).sort();
    // The session probe is public so that "not signed in" is an answer, not a 401.
    // The calendar feed is public because Outlook cannot sign in: its secret in the path is the credential.
    expect(open).toEqual(['GET /api/auth/oidc/callback', 'GET /api/auth/oidc/login', 'GET /api/auth/providers', 'GET /api/auth/session', 'GET /api/calendar/:secret.ics', 'GET /api/health', 'POST /api/auth/login']);
  });

  it('lets every POST take an Idempotency-Key, and leaves reads without the interceptor', () => {
    const routes = routeTable(t);
    const posts = routes.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(20);
    expect(posts.filter((r) => !r.interceptors.includes(IdempotencyInterceptor)).map((r) => r.path)).toEqual([]);
    expect(routes.filter((r) => r.method === 'GET' && r.interceptors.includes(IdempotencyInterceptor)).map((r) => r.path)).toEqual([]);
  });
});
