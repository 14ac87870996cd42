import { dropDatabase } from '../database/open-database';
import { adminUrl } from '../testing/test-postgres';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('is 200 with the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', demo: false, version: expect.any(String) });
  });

  it('is a 503 problem when the database is unreachable', async () => {
    await dropDatabase(adminUrl(), t.db.name);
    const res = await t.http.get('/api/health').expect(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 503, database: 'down', title: 'Service unavailable' });
  });
});
