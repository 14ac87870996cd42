import type { BriefingOrganisation, BriefingPackResponse, Classification } from '@send/contracts';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { asFile } from '../../testing/download';
import { signIn, type TestClient } from '../../testing/test-client';
import { zipEntries } from '../../testing/zip-entries';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('briefing pack', () => {
  let t: TestApp;
  let reviewer: TestClient;
  let viewer: TestClient;
  let db: DataSource;
  const org: Record<string, string> = {};
  const pro: Record<string, string> = {};
  const mtg: Record<string, { id: string; reference: string }> = {};
  const act: Record<string, string> = {};

  const insert = async (text: string, params: unknown[]) => (await db.query(text, [...params, reviewer.user.id]))[0];

  async function meeting(key: string, startsAt: string, attendees: [string, 'attended' | 'apologies'][], classification: Classification = 'OFFICIAL'): Promise<void> {
    mtg[key] = await insert(
      `INSERT INTO meetings (title, type, starts_at, purpose, classification, status, phase, created_by, updated_by)
       VALUES ($1, 'roundtable', $2, 'To hear views', $3, 'agreed', 'implementation', $4, $4) RETURNING id, reference`,
      [`Meeting ${key}`, startsAt, classification],
    );
    for (const [position, [name, attendance]] of attendees.entries()) {
      await db.query(`INSERT INTO meeting_attendees (meeting_id, organisation_id, attendance, position) VALUES ($1, $2, $3, $4)`, [mtg[key].id, org[name], attendance, position]);
    }
  }

  async function position(name: string, proposal: string, stance: string, statedOn: string, meetingKey: string | null, classification: Classification = 'OFFICIAL'): Promise<string> {
    const row = await insert(
      `INSERT INTO positions (organisation_id, proposal_id, stance, summary, meeting_id, stated_on, phase, classification, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'consultation', $7, $8, $8) RETURNING id`,
      [org[name], pro[proposal], stance, `${name} on ${proposal}: ${stance}`, meetingKey ? mtg[meetingKey].id : null, statedOn, classification],
    );
    return row.id;
  }

  async function action(key: string, fields: { kind?: string; status?: string; raisedBy?: string; owner?: string; dueOn?: string; classification?: Classification }): Promise<void> {
    const row = await insert(
      `INSERT INTO actions (title, kind, status, completion_note, raised_by_organisation_id, owner_organisation_id, due_on, classification, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [
        `Action ${key}`,
        fields.kind ?? 'action',
        fields.status ?? 'open',
        fields.status === 'done' ? 'Done' : null,
        fields.raisedBy ? org[fields.raisedBy] : null,
        fields.owner ? org[fields.owner] : null,
        fields.dueOn ?? null,
        fields.classification ?? 'OFFICIAL',
      ],
    );
    act[key] = row.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    reviewer = await signIn(t, 'reviewer');
    viewer = await signIn(t, 'viewer');
    db = t.app.get(DataSource);
    for (const name of ['IPSEA', 'CDC', 'Contact', 'Elsewhere']) org[name] = (await insert(`INSERT INTO organisations (name, type, created_by, updated_by) VALUES ($1, 'charity', $2, $2) RETURNING id`, [name])).id;
    for (const [key, title, status] of [['tribunal', 'Tribunal route retained', 'in_white_paper'], ['template', 'National EHCP template', 'under_discussion'], ['dropped', 'Dropped idea', 'dropped']]) {
      pro[key] = (await insert(`INSERT INTO proposals (title, status, created_by, updated_by) VALUES ($1, $2, $3, $3) RETURNING id`, [title, status])).id;
    }
    // The planned meeting; Contact sent apologies, so is not briefed on.
    await meeting('planned', '2026-10-15T10:00:00Z', [['IPSEA', 'attended'], ['CDC', 'attended'], ['Contact', 'apologies']]);
    await meeting('p1', '2026-03-01T10:00:00Z', [['IPSEA', 'attended']]);
    await meeting('p2', '2026-04-01T10:00:00Z', [['IPSEA', 'attended'], ['CDC', 'attended']]);
    await meeting('p3', '2026-05-01T10:00:00Z', [['IPSEA', 'attended']]);
    await meeting('p4', '2026-06-01T10:00:00Z', [['IPSEA', 'attended']]);
    await meeting('secret', '2026-07-01T10:00:00Z', [['IPSEA', 'attended']], 'OFFICIAL_SENSITIVE');
    await meeting('sentApologies', '2026-08-01T10:00:00Z', [['IPSEA', 'apologies']]);
    await meeting('after', '2026-11-01T10:00:00Z', [['IPSEA', 'attended']]);
    await meeting('sensitivePlanned', '2026-10-20T10:00:00Z', [['IPSEA', 'attended']], 'OFFICIAL_SENSITIVE');

    await position('IPSEA', 'tribunal', 'oppose', '2026-03-01', 'p1');
    await position('IPSEA', 'tribunal', 'concerns', '2026-05-01', 'p3');
    await position('IPSEA', 'tribunal', 'support', '2026-07-01', 'secret', 'OFFICIAL_SENSITIVE');
    // An OFFICIAL statement made at a sensitive meeting: a viewer sees it, but not where it was said.
    await position('IPSEA', 'template', 'support_with_conditions', '2026-07-01', 'secret');
    await position('IPSEA', 'dropped', 'oppose', '2026-03-01', null);
    await position('CDC', 'template', 'neutral', '2026-04-01', 'p2');
    await position('Elsewhere', 'template', 'oppose', '2026-04-01', null);

    await action('raisedByIpsea', { raisedBy: 'IPSEA', dueOn: '2099-01-01' });
    await action('ownedByCdc', { owner: 'CDC', dueOn: '2020-01-01', status: 'blocked' });
    await action('doneForIpsea', { raisedBy: 'IPSEA', status: 'done' });
    await action('sensitiveForIpsea', { raisedBy: 'IPSEA', classification: 'OFFICIAL_SENSITIVE', dueOn: '2099-02-01' });
    await action('commitmentToIpsea', { kind: 'ministerial_commitment', raisedBy: 'IPSEA', status: 'done' });
    await action('commitmentOwnedByCdc', { kind: 'ministerial_commitment', owner: 'CDC' });
    await action('elsewhere', { raisedBy: 'Elsewhere' });
  });
  afterAll(() => t.close());

  const byName = (pack: BriefingPackResponse, name: string) => pack.organisations.find((o) => o.name === name) as BriefingOrganisation;

  it('briefs on each attending organisation: current positions, open actions, last three meetings, commitments', async () => {
    const pack: BriefingPackResponse = (await reviewer.get(`/api/reports/briefing-pack/${mtg['planned'].id}`).expect(200)).body;
    expect(pack.meeting).toMatchObject({ id: mtg['planned'].id, reference: mtg['planned'].reference, purpose: 'To hear views', classification: 'OFFICIAL' });
    expect(pack.classification).toBe('OFFICIAL_SENSITIVE');
    expect(pack.organisations.map((o) => o.name)).toEqual(['IPSEA', 'CDC']);

    const ipsea = byName(pack, 'IPSEA');
    expect(ipsea.positions.map((p) => [p.proposalTitle, p.stance, p.statedOn, p.meetingReference, p.classification])).toEqual([
      ['National EHCP template', 'support_with_conditions', '2026-07-01', mtg['secret'].reference, 'OFFICIAL'],
      ['Tribunal route retained', 'support', '2026-07-01', mtg['secret'].reference, 'OFFICIAL_SENSITIVE'],
    ]);
    expect(ipsea.openActions.map((a) => [a.id, a.direction])).toEqual([
      [act['raisedByIpsea'], 'owed_to'],
      [act['sensitiveForIpsea'], 'owed_to'],
    ]);
    expect(ipsea.lastInteractions.map((i) => i.reference)).toEqual([mtg['secret'].reference, mtg['p4'].reference, mtg['p3'].reference]);
    expect(ipsea.commitments.map((c) => [c.id, c.status])).toEqual([[act['commitmentToIpsea'], 'done']]);

    const cdc = byName(pack, 'CDC');
    expect(cdc.positions.map((p) => [p.proposalTitle, p.stance, p.meetingReference])).toEqual([['National EHCP template', 'neutral', mtg['p2'].reference]]);
    expect(cdc.openActions).toEqual([
      expect.objectContaining({ id: act['ownedByCdc'], direction: 'owed_by', status: 'blocked', dueOn: '2020-01-01', overdue: true, kind: 'action' }),
    ]);
    expect(cdc.lastInteractions.map((i) => i.reference)).toEqual([mtg['p2'].reference]);
    expect(cdc.commitments).toEqual([]);
  });

  it('gives a viewer only what they may see, and the latest statement they may see as current', async () => {
    const pack: BriefingPackResponse = (await viewer.get(`/api/reports/briefing-pack/${mtg['planned'].id}`).expect(200)).body;
    expect(pack.classification).toBe('OFFICIAL');
    const ipsea = byName(pack, 'IPSEA');
    expect(ipsea.positions.map((p) => [p.proposalTitle, p.stance, p.meetingId, p.meetingReference])).toEqual([
      ['National EHCP template', 'support_with_conditions', null, null],
      ['Tribunal route retained', 'concerns', mtg['p3'].id, mtg['p3'].reference],
    ]);
    expect(ipsea.openActions.map((a) => a.id)).toEqual([act['raisedByIpsea']]);
    expect(ipsea.lastInteractions.map((i) => i.reference)).toEqual([mtg['p4'].reference, mtg['p3'].reference, mtg['p2'].reference]);
    expect(JSON.stringify(pack)).not.toContain('OFFICIAL_SENSITIVE');
  });

  it('answers 404 for a sensitive meeting to a viewer (as for a missing one) and 400 for a bad id', async () => {
    await reviewer.get(`/api/reports/briefing-pack/${mtg['sensitivePlanned'].id}`).expect(200);
    for (const url of [`/api/reports/briefing-pack/${mtg['sensitivePlanned'].id}`, `/api/reports/briefing-pack/${mtg['sensitivePlanned'].id}/file`, `/api/reports/briefing-pack/${UNKNOWN}`]) {
      const res = await viewer.get(url).expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const bad = await viewer.get('/api/reports/briefing-pack/not-an-id').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['id']);
    const format = await viewer.get(`/api/reports/briefing-pack/${mtg['planned'].id}/file?format=pdf`).expect(400);
    expect(format.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
  });

  it('downloads one sheet per section, marked by its content', async () => {
    const ods = await asFile(reviewer.get(`/api/reports/briefing-pack/${mtg['planned'].id}/file?format=ods`)).expect(200);
    expect(ods.headers['content-type']).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(ods.headers['x-classification']).toBe('OFFICIAL-SENSITIVE');
    expect(ods.headers['content-disposition']).toMatch(new RegExp(`filename="briefing-pack-${mtg['planned'].reference}-\\d{4}-\\d{2}-\\d{2}-official-sensitive\\.ods"`));
    const content = zipEntries(ods.body as Buffer).get('content.xml') ?? '';
    expect([...content.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Current positions', 'Open actions', 'Last interactions', 'Commitments']);
    expect(content).toContain('Tribunal route retained');
    expect(content).toContain('Action sensitiveForIpsea');

    const xlsx = await asFile(viewer.get(`/api/reports/briefing-pack/${mtg['planned'].id}/file?format=xlsx`)).expect(200);
    expect(xlsx.headers['x-classification']).toBe('OFFICIAL');
    expect(xlsx.headers['content-disposition']).toMatch(/-official\.xlsx"/);
    const entries = zipEntries(xlsx.body as Buffer);
    expect(entries.get('xl/workbook.xml')).toMatch(/name="Current positions".*name="Open actions".*name="Last interactions".*name="Commitments"/s);
    const text = [...entries.values()].join('\n');
    expect(text).toContain('Action raisedByIpsea');
    expect(text).not.toContain('Action sensitiveForIpsea');
    expect(text).not.toContain('OFFICIAL-SENSITIVE');

    // Each download is audited: who, which meeting, which format, marked as the file was.
    const audit: { actor_id: string; classification: string; changes: { details: { format: string } } }[] = await t.app
      .get(DataSource)
      .query(`SELECT actor_id, classification, changes FROM audit_events WHERE entity = 'export' AND action = 'briefing-pack' AND entity_id = $1 ORDER BY id`, [mtg['planned'].id]);
    expect(audit.map((a) => [a.actor_id, a.classification, a.changes.details.format])).toEqual([
      [reviewer.user.id, 'OFFICIAL_SENSITIVE', 'ods'],
      [viewer.user.id, 'OFFICIAL', 'xlsx'],
    ]);
    // The meeting's export history, through the API: a viewer sees only the copy that was OFFICIAL.
    const history = async (client: TestClient) =>
      ((await client.get(`/api/audit?entity=export&entityId=${mtg['planned'].id}`).expect(200)).body.items as { actorId: string; changes: { details: { format: string } } }[]).map((e) => [e.actorId, e.changes.details.format]);
    expect(await history(reviewer)).toEqual([
      [viewer.user.id, 'xlsx'],
      [reviewer.user.id, 'ods'],
    ]);
    expect(await history(viewer)).toEqual([[viewer.user.id, 'xlsx']]);
  });
});
