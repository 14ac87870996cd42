import { needsOfficialNote } from '../meetings/ministerial-code';
import { londonDate } from '../common/dates';
import pino from 'pino';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-postgres';
import { verifyPassword } from '../users/password';
import { PROPOSALS, REGIONAL_EVENTS } from './reform-facts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './seed-demo';
import { DUE_COLUMNS, DUE_ORDER, dueFrom } from '../retention/retention-due';

const TABLES = ['parliamentary_links', 'parliamentary_recommendations', 'parliamentary_items', 'information_requests', 'information_request_pauses', 'users', 'organisations', 'contacts', 'groups', 'group_memberships', 'proposals', 'meetings', 'meeting_attendees', 'meeting_ministers', 'positions', 'actions', 'action_updates', 'audit_events'];

describe('demonstration data', () => {
  let db: TestDatabase;
  let client: Client;
  const log = pino({ level: 'silent' });
  const quiet = () => undefined;

  const one = async <T>(text: string, params: unknown[] = []): Promise<T> => (await client.query(text, params)).rows[0] as T;
  const counts = async (): Promise<Record<string, number>> => {
    const n: Record<string, number> = {};
    for (const t of TABLES) n[t] = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).n;
    return n;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.url, log, quiet);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('fills a fresh database with every kind of record', async () => {
    const n = await counts();
    expect(n).toMatchObject({ users: DEMO_USERS.length, groups: 2, proposals: PROPOSALS.length });
    expect(n.organisations).toBeGreaterThanOrEqual(40);
    expect(n.contacts).toBeGreaterThanOrEqual(2 * n.organisations);
    expect(n.meetings).toBeGreaterThanOrEqual(35);
    expect(n.positions).toBeGreaterThanOrEqual(80);
    expect(n.actions).toBeGreaterThanOrEqual(25);
    expect(n.information_requests).toBeGreaterThanOrEqual(8);
    expect(n.information_request_pauses).toBeGreaterThanOrEqual(2);
    expect(n.action_updates).toBeGreaterThan(0);
    expect(n.meeting_ministers).toBeGreaterThan(0);
  });

  it('adds nothing when it runs again', async () => {
    const before = await counts();
    const again = await seedDemoData(db.url, log, quiet);
    expect(again.seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('has a DEMO account for each role with the published password', async () => {
    const { rows } = await client.query<{ email: string; role: string; password_hash: string }>(`SELECT email, role, password_hash FROM users ORDER BY email`);
    expect(rows.map((r) => r.role).sort()).toEqual(['admin', 'recorder', 'reviewer', 'viewer']);
    expect(rows.every((r) => r.email.endsWith('@demo.example.org'))).toBe(true);
    expect(await verifyPassword(rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('follows the reform: weekly development group meetings with ministers, the regional events, the proposals', async () => {
    const group = await one<{ members: number; meetings: number; first: string; last: string; without_ministers: number }>(
      `SELECT (SELECT count(*)::int FROM group_memberships gm WHERE gm.group_id = g.id AND gm.reason = 'Founding member') AS members,
              count(m.id)::int AS meetings, min(m.starts_at)::date::text AS first, max(m.starts_at)::date::text AS last,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM meeting_ministers mm WHERE mm.meeting_id = m.id))::int AS without_ministers
         FROM groups g JOIN meetings m ON m.group_id = g.id WHERE g.name = 'SEND Reform Development Group' GROUP BY g.id`,
    );
    expect(group).toEqual({ members: 9, meetings: 7, first: '2025-12-04', last: '2026-01-29', without_ministers: 0 });

    const { rows: events } = await client.query<{ day: string; region: string; location: string }>(
      `SELECT (starts_at AT TIME ZONE 'Europe/London')::date::text AS day, region, location FROM meetings WHERE type = 'regional_event' ORDER BY starts_at`,
    );
    expect(events).toEqual(REGIONAL_EVENTS.map((e) => ({ day: e.date, region: e.region, location: e.place })));
    const darlington = await one<{ starts: string }>(`SELECT to_char(starts_at AT TIME ZONE 'Europe/London', 'HH24:MI') AS starts FROM meetings WHERE location = 'Darlington'`);
    expect(darlington.starts).toBe('12:30');

    const unlinked = await one<{ n: number }>(`SELECT count(*)::int AS n FROM proposals WHERE cardinality(theme_ids) = 0`);
    expect(unlinked.n).toBe(0);
  });

  it('records positions that move over the phases, stated at meetings the organisation attended', async () => {
    const { rows } = await client.query<{ phase: string; stance: string }>(
      `SELECT p.phase, p.stance FROM positions p JOIN organisations o ON o.id = p.organisation_id JOIN proposals pr ON pr.id = p.proposal_id
        WHERE o.name = 'National Network of Parent Carer Forums' AND pr.title = $1 ORDER BY p.stated_on`,
      [PROPOSALS[0].title],
    );
    expect(rows).toEqual([
      { phase: 'national_conversation', stance: 'concerns' },
      { phase: 'consultation', stance: 'support_with_conditions' },
      { phase: 'implementation', stance: 'support' },
    ]);
    const stray = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM positions p WHERE p.meeting_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = p.meeting_id AND a.organisation_id = p.organisation_id)`,
    );
    expect(stray.n).toBe(0);
  });

  it('has meetings mostly agreed, a few submitted or draft, one or two OFFICIAL_SENSITIVE', async () => {
    const m = await one<{ agreed: number; submitted: number; draft: number; sensitive: number; total: number; refs: number }>(
      `SELECT count(*) FILTER (WHERE status = 'agreed')::int AS agreed, count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE status = 'draft')::int AS draft, count(*) FILTER (WHERE classification = 'OFFICIAL_SENSITIVE')::int AS sensitive,
              count(*)::int AS total, count(DISTINCT reference)::int AS refs FROM meetings`,
    );
    expect(m.agreed / m.total).toBeGreaterThan(0.8);
    expect(m.submitted).toBeGreaterThan(0);
    expect(m.draft).toBeGreaterThan(0);
    expect(m.sensitive).toBeGreaterThanOrEqual(1);
    expect(m.sensitive).toBeLessThanOrEqual(2);
    expect(m.refs).toBe(m.total);
  });

  it('has actions and ministerial commitments, some overdue, some done with notes', async () => {
    const a = await one<{ overdue: number; done_without_note: number; done: number; commitments: number }>(
      `SELECT count(*) FILTER (WHERE status IN ('open', 'in_progress', 'blocked') AND due_on < (now() AT TIME ZONE 'Europe/London')::date)::int AS overdue,
              count(*) FILTER (WHERE status = 'done' AND completion_note IS NULL)::int AS done_without_note,
              count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE kind = 'ministerial_commitment')::int AS commitments FROM actions`,
    );
    expect(a.overdue).toBeGreaterThan(0);
    expect(a.done).toBeGreaterThan(0);
    expect(a.done_without_note).toBe(0);
    expect(a.commitments).toBeGreaterThan(0);
  });

  it('has notices for the recorder and the private office, a digest each, and one failed email for admins', async () => {
    const rows = (await client.query(`SELECT u.role, n.kind, n.delivery FROM notifications n JOIN users u ON u.id = n.user_id ORDER BY u.role, n.kind`)).rows;
    expect(rows).toEqual(
      expect.arrayContaining([
        { role: 'recorder', kind: 'action_assigned', delivery: 'not_sent' },
        { role: 'recorder', kind: 'meeting_returned', delivery: 'not_sent' },
        { role: 'recorder', kind: 'digest', delivery: 'not_sent' },
        { role: 'reviewer', kind: 'commitment_overdue', delivery: 'not_sent' },
        { role: 'reviewer', kind: 'digest', delivery: 'not_sent' },
        { role: 'viewer', kind: 'action_assigned', delivery: 'failed' },
      ]),
    );
    const digest = await one<{ counts: Record<string, number> }>(`SELECT counts FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.role = 'reviewer' AND n.kind = 'digest'`);
    expect(digest.counts['meetingsAwaitingReview']).toBeGreaterThan(0);
  });

  it('has a forwarded letter waiting to be filed, matched to its organisation, and one refused email', async () => {
    const note = await one<{ organisation_id: string | null; status: string; attachments: number }>(
      `SELECT n.organisation_id, n.status, (SELECT count(*)::int FROM inbound_note_attachments a WHERE a.note_id = n.id) AS attachments FROM inbound_notes n`,
    );
    expect(note).toMatchObject({ status: 'draft', attachments: 1, organisation_id: expect.any(String) });
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM inbound_refusals`)).n).toBe(1);
  });

  it('has one ministerial meeting with no official present and no note of it yet', async () => {
    const { n } = await one<{ n: number }>(`SELECT count(*)::int AS n FROM meetings m WHERE ${needsOfficialNote('m')}`);
    expect(n).toBe(1);
  });

  it('has a register of requests with one overdue, one clock stopped, one extended, and two responded (one long ago)', async () => {
    const shape = await one<Record<string, number>>(`SELECT
        count(*) FILTER (WHERE deadline < $1::date AND status NOT IN ('responded','withdrawn'))::int AS overdue,
        count(*) FILTER (WHERE deadline IS NULL)::int AS stopped,
        count(*) FILTER (WHERE extension_months > 0)::int AS extended,
        count(*) FILTER (WHERE status = 'responded')::int AS responded,
        count(DISTINCT type)::int AS types
      FROM information_requests`, [londonDate()]);
    expect(shape.overdue).toBeGreaterThanOrEqual(1);
    expect(shape).toMatchObject({ stopped: 1, extended: 1, responded: 2, types: 3 });
  });

  it('has a Parliament register with the reports, the petition, the White Paper and its overdue consultation response, each linked to the record', async () => {
    const shape = await one<Record<string, number>>(`SELECT
        count(DISTINCT kind)::int AS kinds,
        count(*) FILTER (WHERE response_due < $1::date AND response_status <> 'published')::int AS overdue,
        count(*) FILTER (WHERE kind = 'petition' AND petition_number = 738484 AND signatures >= 10000 AND response_status = 'published')::int AS petition,
        (SELECT count(*)::int FROM parliamentary_recommendations) AS recommendations,
        (SELECT count(*)::int FROM parliamentary_links WHERE meeting_id IS NOT NULL) AS meetings,
        (SELECT count(*)::int FROM parliamentary_links WHERE position_id IS NOT NULL) AS positions,
        (SELECT count(*)::int FROM parliamentary_links WHERE action_id IS NOT NULL) AS actions
      FROM parliamentary_items`, [londonDate()]);
    expect(shape).toMatchObject({ kinds: 4, petition: 1, recommendations: 8 });
    expect(shape.overdue).toBeGreaterThanOrEqual(2);
    expect(Math.min(shape.meetings, shape.positions, shape.actions)).toBeGreaterThan(0);
  });

  it('writes a created audit event by the demo admin for every record', async () => {
    const missing = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT 'organisation' AS entity, id FROM organisations UNION ALL SELECT 'contact', id FROM contacts UNION ALL SELECT 'meeting', id FROM meetings
         UNION ALL SELECT 'position', id FROM positions UNION ALL SELECT 'action', id FROM actions UNION ALL SELECT 'group', id FROM groups
         UNION ALL SELECT 'proposal', id FROM proposals UNION ALL SELECT 'user', id FROM users UNION ALL SELECT 'information_request', id FROM information_requests
         UNION ALL SELECT 'parliamentary_item', id FROM parliamentary_items) r
        WHERE NOT EXISTS (SELECT 1 FROM audit_events e JOIN users u ON u.id = e.actor_id
                           WHERE e.entity = r.entity AND e.entity_id = r.id AND e.action = 'created' AND u.email = 'admin@demo.example.org')`,
    );
    expect(missing.n).toBe(0);
  });

  it('has records old enough for the retention schedule: one due for each action, and one held back', async () => {
    const { rows } = await client.query<{ record_type: string; action: string; held_by: string | null }>(`SELECT ${DUE_COLUMNS} ${dueFrom()} ORDER BY ${DUE_ORDER}`, [new Date()]);
    expect(rows.map((r) => `${r.record_type} ${r.action}${r.held_by ? ' held' : ''}`).sort()).toEqual(['action delete', 'contact anonymise', 'contact anonymise held', 'information_request delete', 'meeting preserve']);
  });
});
