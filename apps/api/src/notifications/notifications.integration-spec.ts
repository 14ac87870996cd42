import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { Jobs } from '../jobs/jobs.module';
import { SmtpTestServer, type ReceivedMail } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, signInAs, type TestClient } from '../testing/test-client';
import { DAILY_NOTICES_JOB } from './daily-notices.job';
import { deliverDue } from './delivery';
import { Notices } from './notices';
import { transportOf } from './notification.testing';
import { DELIVERY_JOB, NotificationJobs } from './notifications.module';

const PUBLIC_URL = 'https://tracker.example.test';
/** Words from the records' titles and text: none may reach an email. */
const SECRET_WORDS = ['Tribunal', 'settlement', 'OFFICIAL', 'SENSITIVE', 'ACT-', 'MTG-', 'Riverside'];

/** The text of a message as a reader sees it (quoted-printable undone). */
function textOf(mail: ReceivedMail): string {
  return mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function expectNoRecordText(mail: ReceivedMail): void {
  for (const word of SECRET_WORDS) expect(textOf(mail)).not.toContain(word);
}

describe('notifications: notices, email by SMTP on loopback, digest and escalation', () => {
  // Monday 7 December 2026, 05:00 in London (GMT).
  const clock = new ManualClock(new Date('2026-12-07T05:00:00Z'));
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let other: TestApp;
  let db: DataSource;
  let admin: TestClient;
  let recorder: TestClient;
  let owner: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    const env = {
      EMAIL_TRANSPORT: 'smtp',
      SMTP_URL: await smtp.start(),
      EMAIL_FROM: 'SEND tracker <tracker@example.test>',
      PUBLIC_URL,
      // Longer than the suite, so no run starts on its own timer: the tests tick the jobs.
      NOTIFICATIONS_DELIVERY_INTERVAL_MS: '3600000',
      NOTIFICATIONS_RETRY_BASE_MS: '60000',
      NOTIFICATIONS_MAX_ATTEMPTS: '3',
    };
    t = await startTestApp(env, { clock });
    other = await startTestApp(env, { clock, sameDatabaseAs: t });
    db = t.app.get(DataSource);
    [admin, recorder, owner, reviewer, viewer] = await Promise.all([signIn(t, 'admin'), signIn(t, 'recorder'), signIn(t, 'recorder'), signIn(t, 'reviewer'), signIn(t, 'viewer')]);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await smtp.stop();
  });

  /** Moves the application clock; sessions time out on it, so everyone signs in again. */
  async function advance(ms: number): Promise<void> {
    clock.advance(ms);
    // One at a time: sign-in hashes a password, and the service limits how many it hashes at once.
    const fresh: TestClient[] = [];
    for (const c of [admin, recorder, owner, reviewer, viewer]) fresh.push(await signInAs(t, c.user));
    [admin, recorder, owner, reviewer, viewer] = fresh as [TestClient, TestClient, TestClient, TestClient, TestClient];
  }

  const deliver = (app: TestApp = t) => deliverDue(app.app.get(DataSource), clock, transportOf(app), app.config.notifications);
  const noticesOf = async (client: TestClient) => (await client.get('/api/notifications?pageSize=100').expect(200)).body.items as { id: string; kind: string; delivery: string; link: string; attempts: number; lastError: string | null; counts: object | null }[];
  const assign = async (title: string, extra: object = {}) =>
    (await recorder.post('/api/actions', { title, description: 'The Riverside settlement, in confidence', ownerUserId: owner.user.id, classification: 'OFFICIAL_SENSITIVE', ...extra }).expect(201)).body as { id: string; version: number; reference: string };

  it('emails a new owner once when an action is assigned, with a link and none of the record', async () => {
    const action = await assign('Tribunal settlement briefing for the Minister');
    const [notice] = await noticesOf(owner);
    expect(notice).toMatchObject({ kind: 'action_assigned', delivery: 'pending', link: `/actions/${action.id}`, attempts: 0 });
    // Assigning to oneself tells no one.
    await recorder.post('/api/actions', { title: 'My own', ownerUserId: recorder.user.id }).expect(201);
    expect(await noticesOf(recorder)).toEqual([]);

    await advance(3_600_000);
    const runs = await Promise.all([t.app.get(Jobs).tick(DELIVERY_JOB), other.app.get(Jobs).tick(DELIVERY_JOB)]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received as [ReceivedMail];
    expect(mail.to).toEqual([owner.user.email]);
    expect(textOf(mail)).toContain('Subject: An action needs your attention');
    expect(textOf(mail)).toContain(`${PUBLIC_URL}/actions/${action.id}`);
    expect(textOf(mail)).toContain(`X-Notice-Reference: ${notice?.id}`);
    expectNoRecordText(mail);
    expect((await noticesOf(owner))[0]).toMatchObject({ delivery: 'sent', attempts: 1, lastError: null });

    // Handing it to someone else tells them, and only them.
    await recorder.patch(`/api/actions/${action.id}`, { ownerUserId: reviewer.user.id }, action.version).expect(200);
    expect((await noticesOf(reviewer)).map((n) => n.kind)).toEqual(['action_assigned']);
    expect(await noticesOf(owner)).toHaveLength(1);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });

  it('tells the recorder who submitted a meeting that it was returned', async () => {
    const org = (await recorder.post('/api/organisations', { name: 'Riverside Parent Carer Forum', type: 'charity' }).expect(201)).body;
    const meeting = (
      await owner.post('/api/meetings', { title: 'Riverside tribunal roundtable', type: 'roundtable', startsAt: '2026-11-30T10:00:00Z', purpose: 'Hear views', attendees: [{ organisationId: org.id, attendance: 'attended' }] }).expect(201)
    ).body;
    await owner.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    await reviewer.post(`/api/meetings/${meeting.id}/return`, { reason: 'Add the settlement detail' }).expect(200);
    const [returned] = await noticesOf(owner);
    expect(returned).toMatchObject({ kind: 'meeting_returned', link: `/meetings/${meeting.id}`, delivery: 'pending' });
    const before = smtp.received.length;
    await deliver();
    const mail = smtp.received[before] as ReceivedMail;
    expect(textOf(mail)).toContain('Subject: A meeting record needs your attention');
    expect(textOf(mail)).toContain(`${PUBLIC_URL}/meetings/${meeting.id}`);
    expectNoRecordText(mail);
  });

  it('retries a refused email with back-off, gives up after the last attempt, and shows admins the failure', async () => {
    const refused = await assign('Tribunal figures');
    const noticeOf = async (id: string) => (await noticesOf(owner)).find((n) => n.link === `/actions/${id}`);
    smtp.refuseNext(3);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const first = await noticeOf(refused.id);
    expect(first).toMatchObject({ delivery: 'pending', attempts: 1 });
    expect(first?.lastError).toContain('451');
    // Not due again until the base back-off (one minute) has passed.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await advance(60_000);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    // The second wait is twice the first.
    await advance(119_000);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await advance(1_000);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await noticeOf(refused.id)).toMatchObject({ delivery: 'failed', attempts: 3 });
    await advance(3_600_000);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const failures = (await admin.get('/api/notifications/deliveries?delivery=failed').expect(200)).body;
    expect(failures.total).toBe(1);
    expect(failures.items[0]).toMatchObject({ id: first?.id, userId: owner.user.id, userEmail: owner.user.email, delivery: 'failed', attempts: 3 });
    await recorder.get('/api/notifications/deliveries').expect(403);
    const bad = await admin.get('/api/notifications/deliveries?delivery=lost').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors[0].field).toBe('delivery');

    // One refusal, then the retry gets through.
    const again = await assign('Tribunal figures, again');
    smtp.refuseNext(1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    await advance(60_000);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await noticeOf(again.id)).toMatchObject({ delivery: 'sent', attempts: 2, lastError: null });
  });

  it('sends each notice exactly once when two instances deliver at the same moment', async () => {
    const [{ id: actionId }] = await db.query(`SELECT id FROM actions LIMIT 1`);
    const users = [owner, reviewer, viewer, admin];
    await db.transaction(async (tx) => {
      for (let i = 0; i < 40; i++) {
        await t.app.get(Notices).notify(tx, { userId: (users[i % 4] as TestClient).user.id, kind: 'action_assigned', entity: 'action', entityId: actionId, dedupeKey: `load:${i}` });
      }
      // The same event again adds nothing.
      expect(await t.app.get(Notices).notify(tx, { userId: owner.user.id, kind: 'action_assigned', entity: 'action', entityId: actionId, dedupeKey: 'load:0' })).toBeUndefined();
    });
    const before = smtp.received.length;
    const results = await Promise.all([deliver(t), deliver(other), deliver(t), deliver(other)]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(40);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(40);
    const references = mails.map((m) => /X-Notice-Reference: (\S+)/.exec(m.raw)?.[1]);
    expect(new Set(references).size).toBe(40);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key LIKE 'load:%' AND delivery = 'sent' AND attempts = 1`);
    expect(n).toBe(40);
  });

  it('lets each user choose immediate, digest or off per kind, and refuses what makes no sense naming the field', async () => {
    const defaults = (await owner.get('/api/notifications/preferences').expect(200)).body;
    expect(defaults).toEqual({
      emailTransport: 'smtp',
      preferences: [
        { kind: 'action_assigned', mode: 'immediate' },
        { kind: 'meeting_returned', mode: 'immediate' },
        { kind: 'commitment_overdue', mode: 'immediate' },
        { kind: 'due_reminders', mode: 'digest' },
      ],
    });
    const bad = await owner.put('/api/notifications/preferences', { preferences: [{ kind: 'due_reminders', mode: 'immediate' }] }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([{ field: 'preferences[0].mode', message: expect.stringContaining('digest or off') }]);
    expect((await owner.put('/api/notifications/preferences', { preferences: [{ kind: 'action_assigned', mode: 'loudly' }] }).expect(400)).body.errors[0].field).toBe('preferences[0].mode');
    expect((await owner.put('/api/notifications/preferences', { preferences: [{ kind: 'gossip', mode: 'off' }] }).expect(400)).body.errors[0].field).toBe('preferences[0].kind');
    const twice = await owner.put('/api/notifications/preferences', { preferences: [{ kind: 'action_assigned', mode: 'off' }, { kind: 'action_assigned', mode: 'digest' }] }).expect(400);
    expect(twice.body.errors[0].field).toBe('preferences[1].kind');

    await viewer.put('/api/notifications/preferences', { preferences: [{ kind: 'action_assigned', mode: 'off' }] }).expect(200);
    const count = (await noticesOf(viewer)).length;
    await recorder.post('/api/actions', { title: 'Quiet one', ownerUserId: viewer.user.id }).expect(201);
    expect(await noticesOf(viewer)).toHaveLength(count);
  });

  it('escalates an overdue ministerial commitment to the private office once, and sends each user one digest a day from 07:00', async () => {
    await owner.put('/api/notifications/preferences', { preferences: [{ kind: 'action_assigned', mode: 'digest' }] }).expect(200);
    const held = await assign('Tribunal action, held', { dueOn: '2026-12-01', classification: 'OFFICIAL' });
    await assign('Tribunal action due Friday', { dueOn: '2026-12-11' });
    const commitment = (await admin.post('/api/actions', { title: 'Minister to write to Riverside', kind: 'ministerial_commitment', dueOn: '2026-12-04', classification: 'OFFICIAL_SENSITIVE' }).expect(201)).body;
    expect((await noticesOf(owner)).find((n) => n.link === `/actions/${held.id}`)).toMatchObject({ delivery: 'held_for_digest' });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    // Tuesday 06:00: the escalation, but no digest before 07:00.
    await advance(Date.parse('2026-12-08T06:00:00Z') - clock.now().getTime());
    const early = await Promise.all([t.app.get(Jobs).tick(DAILY_NOTICES_JOB), other.app.get(Jobs).tick(DAILY_NOTICES_JOB)]);
    expect(early.filter((r) => r.ran)).toEqual([expect.objectContaining({ outcome: 'succeeded', detail: { escalated: 1, digests: 0 } })]);
    expect((await noticesOf(reviewer))[0]).toMatchObject({ kind: 'commitment_overdue', link: `/actions/${commitment.id}` });
    expect((await noticesOf(recorder)).some((n) => n.kind === 'commitment_overdue')).toBe(false);

    await advance(3_600_000);
    const [a, b] = await Promise.all([t.app.get(Jobs).tick(DAILY_NOTICES_JOB), other.app.get(Jobs).tick(DAILY_NOTICES_JOB)]);
    const ran = [a, b].filter((r) => r.ran);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ outcome: 'succeeded', detail: { escalated: 0 } });
    const digest = (await noticesOf(owner)).find((n) => n.kind === 'digest');
    expect(digest).toMatchObject({ link: '/notifications', delivery: 'pending', counts: { actionsOverdue: 1, actionsDueThisWeek: 1, meetingsAwaitingReview: 0, requestsDue: 0, parliamentDue: 0, heldNotices: 2 } });
    expect((await noticesOf(owner)).find((n) => n.link === `/actions/${held.id}`)).toMatchObject({ delivery: 'in_digest' });
    // Users with nothing to hear of get no digest.
    expect((await noticesOf(recorder)).some((n) => n.kind === 'digest')).toBe(false);

    // Later hours and another instance add no second digest or escalation.
    await advance(3_600_000);
    await Promise.all([t.app.get(Jobs).tick(DAILY_NOTICES_JOB), other.app.get(Jobs).tick(DAILY_NOTICES_JOB)]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'digest' AND user_id = $1`, [owner.user.id]);
    expect(n).toBe(1);
    const [{ e }] = await db.query(`SELECT count(*)::int AS e FROM notifications WHERE kind = 'commitment_overdue'`);
    expect(e).toBe(1);

    const before = smtp.received.length;
    await deliver();
    const digestMail = smtp.received.slice(before).find((m) => m.to[0] === owner.user.email) as ReceivedMail;
    expect(textOf(digestMail)).toContain('1 action is overdue.');
    expect(textOf(digestMail)).toContain('1 action is due this week.');
    expect(textOf(digestMail)).toContain('2 new notifications are waiting for you.');
    expect(textOf(digestMail)).toContain(`${PUBLIC_URL}/notifications`);
    for (const mail of smtp.received.slice(before)) expectNoRecordText(mail);
  });

  it('counts what needs me for the header, and marks notices read (only my own)', async () => {
    // A subject access request received 10 November is due 10 December: within the week.
    await recorder.post('/api/information-requests', { type: 'sar', receivedOn: '2026-11-10', requesterName: 'Pat Parent', summary: 'Everything held about my son', ownerUserId: owner.user.id }).expect(201);
    const needs = (await owner.get('/api/notifications/needs-me').expect(200)).body;
    expect(needs).toMatchObject({ actionsOverdue: 1, actionsDueThisWeek: 1, meetingsAwaitingReview: 0, requestsDue: 1, parliamentDue: 0 });
    expect(needs.unreadNotifications).toBeGreaterThan(0);
    expect(needs.total).toBe(3 + needs.unreadNotifications);
    // What awaits review counts for those who review.
    const org = (await recorder.post('/api/organisations', { name: 'Review Trust', type: 'charity' }).expect(201)).body;
    const meeting = (await recorder.post('/api/meetings', { title: 'For review', type: 'roundtable', startsAt: '2026-12-01T10:00:00Z', purpose: 'Hear views', attendees: [{ organisationId: org.id, attendance: 'attended' }] }).expect(201)).body;
    await recorder.post(`/api/meetings/${meeting.id}/submit`).expect(200);
    expect((await reviewer.get('/api/notifications/needs-me').expect(200)).body.meetingsAwaitingReview).toBe(1);
    expect((await recorder.get('/api/notifications/needs-me').expect(200)).body.meetingsAwaitingReview).toBe(0);
    // So do the department's responses to Parliament: a committee report published two months ago is due now.
    await recorder.post('/api/parliament', { kind: 'committee_report', title: 'Solving the SEND crisis', source: 'Education Committee', publishedOn: '2026-10-01' }).expect(201);
    expect((await reviewer.get('/api/notifications/needs-me').expect(200)).body.parliamentDue).toBe(1);
    expect((await recorder.get('/api/notifications/needs-me').expect(200)).body.parliamentDue).toBe(0);
    const [latest] = await noticesOf(owner);
    await reviewer.post(`/api/notifications/${latest?.id}/read`).expect(404);
    const read = (await owner.post(`/api/notifications/${latest?.id}/read`).expect(200)).body;
    expect(read.readAt).toEqual(expect.any(String));
    expect((await owner.get('/api/notifications/needs-me').expect(200)).body.unreadNotifications).toBe(needs.unreadNotifications - 1);
    expect((await owner.post('/api/notifications/read-all').expect(200)).body.marked).toBe(needs.unreadNotifications - 1);
    expect((await owner.get('/api/notifications?unread=true').expect(200)).body.total).toBe(0);
    expect((await owner.post('/api/notifications/not-an-id/read').expect(400)).body.errors[0].field).toBe('id');
  });
});

describe('notifications with email not configured', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('starts, records each notice as not sent and says why', async () => {
    t = await startTestApp();
    expect(t.app.get(NotificationJobs).transport).toBeUndefined();
    const recorder = await signIn(t, 'recorder');
    const owner = await signIn(t, 'recorder');
    await recorder.post('/api/actions', { title: 'Unsent', ownerUserId: owner.user.id }).expect(201);
    const [notice] = (await owner.get('/api/notifications').expect(200)).body.items;
    expect(notice).toMatchObject({ kind: 'action_assigned', delivery: 'not_sent', lastError: expect.stringContaining('EMAIL_TRANSPORT=off') });
    expect((await owner.get('/api/notifications/preferences').expect(200)).body.emailTransport).toBe('off');
  });
});
