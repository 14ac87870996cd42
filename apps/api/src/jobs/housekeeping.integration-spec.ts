import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { IDLE_TIMEOUT_MS } from '../auth/session.store';
import { THROTTLE_WINDOW_MS } from '../auth/sign-in-throttle';
import { startTestApp, type TestApp } from '../testing/test-app';
import { cookieValue, createUser } from '../testing/test-client';
import { HOUSEKEEPING_JOB, JOB_RUNS_RETENTION_DAYS } from './housekeeping.job';
import { Jobs } from './jobs.module';

const count = async (db: DataSource, table: string, where = 'true') => (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n as number;

describe('housekeeping: the scheduled purge of what has expired', () => {
  const clock = new ManualClock(new Date('2026-12-01T09:00:00Z'));
  let t: TestApp;
  let other: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp({ HOUSEKEEPING_INTERVAL_MS: '3600000' }, { clock });
    other = await startTestApp({ HOUSEKEEPING_INTERVAL_MS: '3600000' }, { clock, sameDatabaseAs: t });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  async function signedIn(): Promise<string> {
    const user = await createUser(t, 'recorder');
    const res = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    return `send_session=${cookieValue(res, 'send_session')}`;
  }

  it('removes expired sessions, Idempotency-Keys, sign-in failures, sign-on requests and old runs, and keeps every live one', async () => {
    const idle = await signedIn();
    clock.advance(IDLE_TIMEOUT_MS + 1_000);
    const live = await signedIn();
    const user = await createUser(t, 'viewer');
    const now = clock.now().getTime();
    // A session past its absolute end, though seen a moment ago.
    await db.query(`INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ('ended', $1, 'x', $2, $3, $3)`, [user.id, new Date(now - 13 * 3_600_000), new Date(now - 1_000)]);
    await db.query(`INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES ('s', 'old', 'h', now() - interval '25 hours'), ('s', 'new', 'h', now() - interval '23 hours')`);
    await db.query(`INSERT INTO sign_in_failures (key, failed_at) VALUES ('account:old@x', $1), ('account:new@x', $2)`, [new Date(now - 2 * THROTTLE_WINDOW_MS - 1_000), new Date(now - 60_000)]);
    await db.query(`INSERT INTO oidc_requests (state, nonce, code_verifier, return_to, created_at) VALUES ('old', 'n', 'v', '/', now() - interval '11 minutes'), ('new', 'n', 'v', '/', now())`);
    await db.query(`INSERT INTO job_runs (job, slot, instance, started_at, outcome) VALUES ('someone', $1, 'gone', $1, 'succeeded'), ('someone', $2, 'gone', $2, 'succeeded')`, [
      new Date(now - (JOB_RUNS_RETENTION_DAYS + 1) * 86_400_000),
      new Date(now - 86_400_000),
    ]);

    const result = await t.app.get(Jobs).tick(HOUSEKEEPING_JOB);
    expect(result).toMatchObject({ ran: true, outcome: 'succeeded', detail: { sessions: 2, idempotencyKeys: 1, signInFailures: 1, singleSignOnRequests: 1, jobRuns: 1 } });

    await t.http.get('/api/auth/me').set('Cookie', live).expect(200);
    await t.http.get('/api/auth/me').set('Cookie', idle).expect(401);
    expect(await count(db, 'sessions')).toBe(1);
    expect(await db.query(`SELECT key FROM idempotency_keys`)).toEqual([{ key: 'new' }]);
    expect(await db.query(`SELECT key FROM sign_in_failures`)).toEqual([{ key: 'account:new@x' }]);
    expect(await db.query(`SELECT state FROM oidc_requests`)).toEqual([{ state: 'new' }]);
    expect(await count(db, 'job_runs', `job = 'someone'`)).toBe(1);
    const [run] = await db.query(`SELECT instance, outcome, detail, finished_at FROM job_runs WHERE job = $1`, [HOUSEKEEPING_JOB]);
    expect(run).toMatchObject({ instance: t.app.get(Jobs).instance, outcome: 'succeeded', detail: result.ran ? result.detail : {} });
    expect(run.finished_at).not.toBeNull();
  });

  it('runs once per slot across two instances on one database', async () => {
    clock.advance(3_600_000);
    const results = await Promise.all([t.app.get(Jobs).tick(HOUSEKEEPING_JOB), other.app.get(Jobs).tick(HOUSEKEEPING_JOB)]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(t.app.get(Jobs).instance).not.toBe(other.app.get(Jobs).instance);
    expect(await count(db, 'job_runs', `job = '${HOUSEKEEPING_JOB}'`)).toBe(2);
  });
});
