import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn } from '../testing/test-client';

describe('HTTP platform behaviour', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers an unknown /api route with a 404 problem', async () => {
    const res = await t.http.post('/api/nope').expect(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({ type: 'urn:send-tracker:problem:not-found', title: 'Not found', status: 404, detail: 'Nothing at POST /api/nope.' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it.each(['{"bad"', '42', '"text"', '{"a":1}{"b":2}', 'null'])('answers the body %s, which is not a JSON object, with a 400 problem naming the body', async (body) => {
    const res = await t.http.post('/api/auth/login').set('content-type', 'application/json').send(body).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: 'urn:send-tracker:problem:validation', status: 400, detail: 'The request body is not valid JSON.', errors: [{ field: 'body', message: 'body must be a JSON object or array' }] });
  });

  it('answers a path that is not valid percent-encoding with a 400 problem naming the path', async () => {
    const res = await t.http.get('/api/meetings/%E0%A4%A').expect(400);
    expect(res.body).toMatchObject({ status: 400, errors: [{ field: 'path' }] });
  });

  it('refuses text holding a NUL character, naming the field, and stores nothing', async () => {
    const admin = await signIn(t, 'admin');
    const before = await admin.get('/api/organisations?pageSize=1');
    const created = await admin.post('/api/organisations', { name: 'Parent carer forum\u0000', type: 'charity', tags: ['ok', 'b\u0000d'] }).expect(400);
    expect(created.body.errors).toEqual([
      { field: 'name', message: 'name must not contain the NUL character' },
      { field: 'tags[1]', message: 'tags[1] must not contain the NUL character' },
    ]);
    expect((await admin.get('/api/organisations?pageSize=1')).body.total).toBe(before.body.total);
    const searched = await admin.get('/api/proposals?q=advocacy%00').expect(400);
    expect(searched.body.errors).toEqual([{ field: 'q', message: 'q must not contain the NUL character' }]);
  });

  it('keeps a well-formed caller request id and replaces a malformed one', async () => {
    const kept = await t.http.get('/api/health').set('X-Request-Id', 'trace-abc.123');
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await t.http.get('/api/health').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the dashboard for non-API paths with a nonce that matches the CSP', async () => {
    for (const path of ['/', '/meetings/MTG-0001']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toContain('text/html');
      const csp = String(res.headers['content-security-policy']);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(res.text).toContain(`ngCspNonce="${nonce}"`);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
    await t.http.get('/main.js').expect(200).expect('content-type', /javascript/);
  });

  it('never answers an API path from the dashboard files', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.text).not.toContain('a static file');
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('sends the security headers', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes an OpenAPI 3 document and a docs page to signed-in users only', async () => {
    const anonymous = await t.http.get('/api/openapi.json').expect(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    await t.http.get('/api/docs/').expect(401);
    const viewer = await signIn(t, 'viewer');
    const doc = (await viewer.get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toContain('SEND');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    const page = await viewer.get('/api/docs/').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});
