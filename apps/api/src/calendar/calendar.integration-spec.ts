import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Classification } from '@send/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';

type IcsEvent = Record<string, string>;

/** A small RFC 5545 reader: CRLF lines, folding undone, one map of property → value per VEVENT. */
function parseIcs(text: string): { calendar: Record<string, string>; events: IcsEvent[]; lines: string[] } {
  const raw = text.split('\r\n');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const calendar: Record<string, string> = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0];
      (current ?? calendar)[name] = unescape(line.slice(colon + 1));
    }
  }
  return { calendar, events, lines: raw };
}

describe('calendar feed', () => {
  let t: TestApp;
  let recorder: TestClient;
  let viewer: TestClient;
  let admin: TestClient;
  const meeting: Record<string, string> = {};

  const db = () => t.app.get(DataSource);
  const pathOf = (url: string) => new URL(url).pathname;

  async function addMeeting(key: string, title: string, startsIn: string, options: { classification?: Classification; endsIn?: string; location?: string; online?: boolean } = {}) {
    const [row] = await db().query(
      `INSERT INTO meetings (title, type, starts_at, ends_at, location, online, classification, phase, created_by, updated_by)
       VALUES ($1, 'roundtable', now() + $2::interval, now() + $3::interval, $4, $5, $6, 'consultation', $7, $7) RETURNING id`,
      [title, startsIn, options.endsIn ?? null, options.location ?? '', options.online ?? false, options.classification ?? 'OFFICIAL', admin.user.id],
    );
    meeting[key] = row.id;
  }

  async function feedFor(client: TestClient): Promise<string> {
    const res = await client.post('/api/calendar/feed').expect(201);
    return res.body.url;
  }

  async function fetchFeed(url: string) {
    const res = await t.http.get(pathOf(url)).expect(200);
    return { res, ...parseIcs(res.text) };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    await addMeeting('old', 'Four months ago', '-4 months');
    await addMeeting('recent', 'Bristol forum, spring', '-1 month', { endsIn: '-1 month 2 hours', location: 'Sanctuary Buildings, London; Room 4' });
    await addMeeting('sensitive', 'Named case review', '10 days', { classification: 'OFFICIAL_SENSITIVE' });
    await addMeeting('online', 'Online listening session', '20 days', { online: true });
  });
  afterAll(() => t.close());

  it('makes a secret link once, keeps only its hash, and says one exists without showing it again', async () => {
    const client = await signIn(t, 'recorder');
    expect((await client.get('/api/calendar/feed').expect(200)).body).toEqual({ exists: false, createdAt: null, lastUsedAt: null });
    const created = (await client.post('/api/calendar/feed').expect(201)).body;
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const secret = /\/([^/]+)\.ics$/.exec(created.url)?.[1] ?? '';
    const [row] = await db().query(`SELECT secret_hash FROM calendar_feeds WHERE user_id = $1`, [client.user.id]);
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    const stored = JSON.stringify(await db().query(`SELECT * FROM calendar_feeds`));
    expect(stored).not.toContain(secret);
    const status = (await client.get('/api/calendar/feed').expect(200)).body;
    expect(status).toEqual({ exists: true, createdAt: created.createdAt, lastUsedAt: null });
    expect(JSON.stringify(status)).not.toContain(secret);
  });

  it('serves an RFC 5545 calendar from three months back, to anyone holding the link, not cached', async () => {
    const url = await feedFor(recorder);
    const { res, calendar, events, lines } = await fetchFeed(url);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(res.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(res.text.endsWith('END:VCALENDAR')).toBe(true);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(calendar['PRODID']).toContain('SEND engagement tracker');
    expect(calendar['X-WR-CALDESC']).toMatch(/^OFFICIAL-SENSITIVE\./);

    expect(events.map((e) => e['UID'])).toEqual([`${meeting['recent']}@send-engagement-tracker`, `${meeting['sensitive']}@send-engagement-tracker`, `${meeting['online']}@send-engagement-tracker`]);
    const [recent, sensitive, online] = events;
    expect(recent['SUMMARY']).toBe('Bristol forum, spring');
    expect(recent['LOCATION']).toBe('Sanctuary Buildings, London; Room 4');
    expect(recent['DTSTART']).toMatch(/^\d{8}T\d{6}Z$/);
    const [start] = await db().query(`SELECT starts_at, ends_at FROM meetings WHERE id = $1`, [meeting['recent']]);
    const ics = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(recent['DTSTART']).toBe(ics(start.starts_at));
    expect(recent['DTEND']).toBe(ics(start.ends_at));
    // supertest serves each request on a fresh port: the link names whatever host the calendar app asked.
    const link = `http://127.0.0.1:${new URL(res.request.url).port}/meetings/${meeting['recent']}`;
    expect(recent['DESCRIPTION']).toContain(`Open in the SEND engagement tracker: ${link}`);
    expect(recent['DESCRIPTION'].split('\n')[0]).toBe('OFFICIAL');
    expect(recent['URL']).toBe(link);
    expect(recent['CLASS']).toBeUndefined();
    expect(sensitive['SUMMARY']).toBe('[OFFICIAL-SENSITIVE] Named case review');
    expect(sensitive['DESCRIPTION'].split('\n')[0]).toBe('OFFICIAL-SENSITIVE');
    expect(sensitive['CLASS']).toBe('CONFIDENTIAL');
    expect(online['LOCATION']).toBe('Online');
    // No end recorded: an hour long.
    const hour = (e: IcsEvent) => Date.parse(e['DTEND'].replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z')) - Date.parse(e['DTSTART'].replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z'));
    expect(hour(online)).toBe(3_600_000);
    expect((await recorder.get('/api/calendar/feed').expect(200)).body.lastUsedAt).not.toBeNull();
  });

  it('keeps each event UID when a meeting changes, and raises its SEQUENCE', async () => {
    const url = await feedFor(recorder);
    const before = (await fetchFeed(url)).events.find((e) => e['UID'].startsWith(meeting['online']));
    await db().query(`UPDATE meetings SET title = 'Online listening session (moved)', version = version + 1 WHERE id = $1`, [meeting['online']]);
    const after = (await fetchFeed(url)).events.find((e) => e['UID'].startsWith(meeting['online']));
    expect(after?.['SUMMARY']).toBe('Online listening session (moved)');
    expect(Number(after?.['SEQUENCE'])).toBe(Number(before?.['SEQUENCE']) + 1);
  });

  it("never puts OFFICIAL-SENSITIVE meetings in a viewer's feed", async () => {
    const { res, events } = await fetchFeed(await feedFor(viewer));
    expect(res.headers['x-classification']).toBe('OFFICIAL');
    expect(events.map((e) => e['UID'])).toEqual([`${meeting['recent']}@send-engagement-tracker`, `${meeting['online']}@send-engagement-tracker`]);
    expect(res.text).not.toContain('Named case review');
  });

  it('stops the old link when a new one is made, and on revoking; both are audited', async () => {
    const client = await signIn(t, 'reviewer');
    const first = await feedFor(client);
    const second = await feedFor(client);
    expect(second).not.toBe(first);
    await t.http.get(pathOf(first)).expect(404);
    await fetchFeed(second);
    await client.delete('/api/calendar/feed').expect(204);
    await t.http.get(pathOf(second)).expect(404);
    expect((await client.get('/api/calendar/feed').expect(200)).body.exists).toBe(false);
    await client.delete('/api/calendar/feed').expect(404);
    const audit = await db().query(`SELECT action, changes FROM audit_events WHERE entity = 'calendar_feed' AND entity_id = $1 ORDER BY id`, [client.user.id]);
    expect(audit).toEqual([
      { action: 'created', changes: { details: { replacedEarlierLink: false } } },
      { action: 'created', changes: { details: { replacedEarlierLink: true } } },
      { action: 'revoked', changes: {} },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });

  it("stops working when its owner's account is deactivated", async () => {
    const client = await signIn(t, 'recorder');
    const url = await feedFor(client);
    await fetchFeed(url);
    await admin.post(`/api/users/${client.user.id}/deactivate`).expect(200);
    await t.http.get(pathOf(url)).expect(404);
  });

  it('answers unknown and malformed secrets with 404', async () => {
    await t.http.get(`/api/calendar/${'A'.repeat(43)}.ics`).expect(404);
    await t.http.get('/api/calendar/not-a-secret.ics').expect(404);
    await t.http.get(`/api/calendar/${'A'.repeat(43)}`).expect(404);
  });

  it('needs a signed-in user to see, make or revoke a link', async () => {
    await t.http.get('/api/calendar/feed').expect(401);
    await t.http.post('/api/calendar/feed').expect(401);
    await t.http.delete('/api/calendar/feed').expect(401);
  });
});
