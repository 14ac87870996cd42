import { DataSource } from 'typeorm';
import { SEARCH_RESULTS_MAX, type SearchHit, type SearchResponse, type SnippetSegment } from '@send/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { RECENT_WINDOW, WINDOW_ENOUGH } from './search-sql';
import { signIn, type TestClient } from '../testing/test-client';

describe('search API', () => {
  let t: TestApp;
  let db: DataSource;
  let recorder: TestClient;
  let viewer: TestClient;
  let orgId: string;
  let proposalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    recorder = await signIn(t, 'recorder');
    viewer = await signIn(t, 'viewer');
    orgId = (await recorder.post('/api/organisations', { name: 'Council for Disabled Children', type: 'sector_body' }).expect(201)).body.id;
    [{ id: proposalId }] = await db.query(`INSERT INTO proposals (title, created_by, updated_by) VALUES ('Reformed EHC plans', $1, $1) RETURNING id`, [recorder.user.id]);
  });
  afterAll(() => t.close());

  // Meetings, positions and actions are written straight to the database: their endpoints are not what is tested here.
  async function meeting(f: { title: string; summary?: string; agenda?: object[]; classification?: string; startsAt?: string }) {
    const [row] = await db.query(
      `INSERT INTO meetings (title, type, starts_at, agenda, summary, classification, phase, created_by, updated_by)
       VALUES ($1, 'roundtable', $2, $3, $4, $5, 'consultation', $6, $6) RETURNING id, reference`,
      [f.title, f.startsAt ?? '2026-03-02T10:00:00Z', JSON.stringify(f.agenda ?? []), f.summary ?? '', f.classification ?? 'OFFICIAL', recorder.user.id],
    );
    return row as { id: string; reference: string };
  }
  async function position(f: { summary: string; quote?: string; classification?: string; statedOn?: string }) {
    const [row] = await db.query(
      `INSERT INTO positions (organisation_id, proposal_id, stance, summary, quote, stated_on, phase, classification, created_by, updated_by)
       VALUES ($1, $2, 'concerns', $3, $4, $5, 'consultation', $6, $7, $7) RETURNING id`,
      [orgId, proposalId, f.summary, f.quote ?? null, f.statedOn ?? '2026-03-10', f.classification ?? 'OFFICIAL', recorder.user.id],
    );
    return row.id as string;
  }
  async function action(f: { title: string; description?: string; classification?: string }) {
    const [row] = await db.query(
      `INSERT INTO actions (title, description, classification, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) RETURNING id, reference`,
      [f.title, f.description ?? '', f.classification ?? 'OFFICIAL', recorder.user.id],
    );
    return row as { id: string; reference: string };
  }
  async function search(client: TestClient, query: string): Promise<SearchResponse> {
    return (await client.get(`/api/search?${query}`).expect(200)).body;
  }
  const highlighted = (hit: SearchHit) => hit.snippet.filter((s) => s.highlight).map((s) => s.text.toLowerCase());
  const plain = (snippet: SnippetSegment[]) => snippet.map((s) => s.text).join('');
  const filler = 'The group went through the local offer, the annual review timetable and the workforce plan in turn. '.repeat(4);

  it('finds a phrase in a meeting agenda note and shows it in context, highlighted', async () => {
    const m = await meeting({
      title: 'Post-16 roundtable',
      summary: 'Parents and colleges discussed preparation for adulthood.',
      agenda: [
        { title: 'Colleges', notes: `${filler} Several colleges reported longer waits for specialist places this year.` },
        { title: 'Travel assistance', notes: `Families said home to school transport was withdrawn at sixteen without warning. ${filler}` },
      ],
    });
    const res = await search(viewer, `q=${encodeURIComponent('"school transport"')}`);
    expect(res.items).toHaveLength(1);
    expect(res.items[0]).toMatchObject({ type: 'meeting', id: m.id, title: `${m.reference}: Post-16 roundtable`, link: `/meetings/${m.id}`, date: '2026-03-02T10:00:00.000Z', classification: 'OFFICIAL' });
    expect(highlighted(res.items[0])).toEqual(['school transport']);
    // A long text is cut to a passage around the match, not shown whole.
    const snippet = plain(res.items[0].snippet);
    expect(snippet).toContain('Travel assistance: Families said home to school transport was withdrawn');
    expect(snippet.length).toBeLessThan(300);
  });

  it('finds a phrase in a position quote, titled "Organisation on Proposal" and linked to the pair', async () => {
    const id = await position({ summary: 'Concerned about losing rights.', quote: 'Families must keep the legal entitlement to a plan.' });
    const res = await search(viewer, `q=${encodeURIComponent('"legal entitlement"')}`);
    expect(res.items.map((h) => h.id)).toEqual([id]);
    expect(res.items[0]).toMatchObject({
      type: 'position',
      title: 'Council for Disabled Children on Reformed EHC plans',
      link: `/positions/history?organisationId=${orgId}&proposalId=${proposalId}`,
      date: '2026-03-10',
    });
    expect(highlighted(res.items[0])).toEqual(['legal entitlement']);
    expect(res.counts).toEqual({ organisation: 0, meeting: 0, position: 1, action: 0 });
  });

  it('finds organisations by name and actions by completion note', async () => {
    const res = await search(viewer, 'q=disabled');
    expect(res.items[0]).toMatchObject({ type: 'organisation', id: orgId, title: 'Council for Disabled Children', link: `/organisations/${orgId}` });
    const [done] = await db.query(
      `INSERT INTO actions (title, status, completion_note, created_by, updated_by) VALUES ('Write to the forum', 'done', 'Letter sent to the harbourmaster', $1, $1) RETURNING id`,
      [recorder.user.id],
    );
    expect((await search(viewer, 'q=harbourmaster')).items.map((h) => h.id)).toEqual([done.id]);
  });

  it('ranks a title match above a description match, and more matched terms above fewer', async () => {
    const inDescription = await action({ title: 'Chase the regional leads', description: 'Ask about respite capacity over summer.' });
    const inTitle = await action({ title: 'Publish the respite review', description: 'Agreed at the development group.' });
    const ranked = await search(viewer, 'q=respite');
    expect(ranked.items.map((h) => h.id)).toEqual([inTitle.id, inDescription.id]);
    expect(ranked.items[0].rank).toBeGreaterThan(ranked.items[1].rank);

    const one = await position({ summary: 'Worried about audiology waiting times.' });
    const both = await position({ summary: 'Audiology and orthoptics services are stretched.' });
    const either = await search(viewer, 'q=audiology%20OR%20orthoptics');
    expect(either.items.map((h) => h.id)).toEqual([both, one]);
    expect(highlighted(either.items[0])).toEqual(['audiology', 'orthoptics']);
  });

  it('never returns its highlight markers from stored text', async () => {
    await action({ title: 'Marker test', description: 'Odd \u0002characters\u0003 around the ptarmigan survey.' });
    const [hit] = (await search(viewer, 'q=ptarmigan')).items;
    expect(highlighted(hit)).toEqual(['ptarmigan']);
    expect(plain(hit.snippet)).toBe('Odd characters around the ptarmigan survey.');
  });

  it('filters by type while counting every type', async () => {
    await meeting({ title: 'Kingfisher school visit' });
    await action({ title: 'Kingfisher follow-up' });
    await position({ summary: 'Kingfisher academy trust view.' });
    const res = await search(viewer, 'q=kingfisher&types=meeting,action');
    expect(res.items.map((h) => h.type).sort()).toEqual(['action', 'meeting']);
    expect(res.counts).toEqual({ organisation: 0, meeting: 1, position: 1, action: 1 });
    expect(res.total).toBe(2);
    const bad = await viewer.get('/api/search?q=kingfisher&types=meeting,minutes').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['types']);
  });

  it('pages through hits with an exact total, and caps counts past the limit', async () => {
    for (let i = 0; i < 5; i += 1) await action({ title: `Heron report ${i}` });
    const pages = await Promise.all([1, 2, 3].map((page) => search(viewer, `q=heron&pageSize=2&page=${page}`)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.flatMap((p) => p.items.map((h) => h.id))).size).toBe(5);
    expect(pages[0]).toMatchObject({ page: 1, pageSize: 2, total: 5, totalIsLowerBound: false });

    await db.query(`INSERT INTO actions (title, created_by, updated_by) SELECT 'Osprey note ' || i, $1, $1 FROM generate_series(1, $2::int) i`, [recorder.user.id, SEARCH_RESULTS_MAX + 2]);
    const lastPage = SEARCH_RESULTS_MAX / 50;
    const many = await search(viewer, `q=osprey&pageSize=50&page=${lastPage}`);
    expect(many).toMatchObject({ total: SEARCH_RESULTS_MAX, totalIsLowerBound: true, counts: { action: SEARCH_RESULTS_MAX }, countIsLowerBound: { action: true, meeting: false } });
    expect(many.items).toHaveLength(50);
    const tooDeep = await viewer.get(`/api/search?q=osprey&pageSize=50&page=${lastPage + 1}`).expect(400);
    expect(tooDeep.body.errors[0].field).toBe('page');
    await viewer.get('/api/search?q=osprey&pageSize=51').expect(400);
  });

  it('answers a common word from the newest records, and still finds a rare word in old ones', async () => {
    const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString();
    const insert = (title: string, createdAt: string, n = 1) =>
      db.query(`INSERT INTO actions (title, created_at, updated_at, created_by, updated_by) SELECT $1 || ' ' || i, $2, $2, $3, $3 FROM generate_series(1, $4::int) i RETURNING id`, [title, createdAt, recorder.user.id, n]);
    const [oldCurlew] = await insert('Curlew count', at(-2000));
    const [oldKestrel] = await insert('Kestrel review', at(-2000));
    await insert('Routine follow-up', at(1), RECENT_WINDOW);
    const curlews = await insert('Curlew count', at(2), WINDOW_ENOUGH + 5);

    // Enough matches among the newest records: the newest are ranked, the count says "at least".
    const common = await search(viewer, 'q=curlew&types=action&pageSize=50');
    expect(common).toMatchObject({ total: WINDOW_ENOUGH + 5, totalIsLowerBound: true, countIsLowerBound: { action: true } });
    expect(new Set(common.items.map((h) => h.id))).toEqual(new Set(curlews.map((r: { id: string }) => r.id)));
    expect(common.items.map((h) => h.id)).not.toContain(oldCurlew.id);

    // Too few among the newest: the whole table is searched, and the count is exact.
    const rare = await search(viewer, 'q=kestrel&types=action');
    expect(rare).toMatchObject({ total: 1, totalIsLowerBound: false, countIsLowerBound: { action: false } });
    expect(rare.items.map((h) => h.id)).toEqual([oldKestrel.id]);
  });

  it('returns no hits for only stop words or only exclusions, and names q when it is missing or too long', async () => {
    for (const q of ['the and of', '-school', 'meeting OR -school']) {
      const res = await search(viewer, `q=${encodeURIComponent(q)}`);
      expect(res).toMatchObject({ items: [], total: 0, counts: { organisation: 0, meeting: 0, position: 0, action: 0 } });
    }
    for (const query of ['', 'q=', `q=${encodeURIComponent('   ')}`, `q=${'x'.repeat(201)}`, 'q=a&q=b']) {
      const res = await viewer.get(`/api/search?${query}`).expect(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual(['q']);
    }
    await t.http.get('/api/search?q=anything').expect(401);
  });

  it('hides OFFICIAL_SENSITIVE meetings, positions and actions from viewers, in hits and counts', async () => {
    await meeting({ title: 'Wagtail funding discussion', classification: 'OFFICIAL_SENSITIVE' });
    await position({ summary: 'Wagtail pilot concerns.', classification: 'OFFICIAL_SENSITIVE' });
    await action({ title: 'Wagtail costings', classification: 'OFFICIAL_SENSITIVE' });
    const open = await action({ title: 'Wagtail public summary' });
    const seen = await search(viewer, 'q=wagtail');
    expect(seen.items.map((h) => h.id)).toEqual([open.id]);
    expect(seen).toMatchObject({ total: 1, counts: { meeting: 0, position: 0, action: 1 } });
    const cleared = await search(recorder, 'q=wagtail');
    expect(cleared).toMatchObject({ total: 4, counts: { meeting: 1, position: 1, action: 2 } });
    expect(cleared.items.filter((h) => h.classification === 'OFFICIAL_SENSITIVE')).toHaveLength(3);
  });

  it('leaves archived organisations out unless includeArchived=true', async () => {
    const org = (await recorder.post('/api/organisations', { name: 'Sandpiper Parent Carer Forum', type: 'parent_carer_forum' }).expect(201)).body;
    await recorder.post(`/api/organisations/${org.id}/archive`).expect(200);
    expect((await search(viewer, 'q=sandpiper')).items).toEqual([]);
    expect((await search(viewer, 'q=sandpiper')).counts.organisation).toBe(0);
    const withArchived = await search(viewer, 'q=sandpiper&includeArchived=true');
    expect(withArchived.items.map((h) => h.id)).toEqual([org.id]);
  });
});
