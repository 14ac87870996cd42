import type { Role } from '@send/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type TestClient } from '../testing/test-client';
import { routeTable } from '../testing/route-table';

const ALL: Role[] = ['admin', 'recorder', 'reviewer', 'viewer'];
const EDIT: Role[] = ['admin', 'recorder'];
const WORK: Role[] = ['admin', 'recorder', 'reviewer'];
const REVIEW: Role[] = ['admin', 'reviewer'];
const ADMIN: Role[] = ['admin'];
const PUBLIC = 'public' as const;

/** Who may call each route: the product's access rules, written out once and checked against the running app. */
const EXPECTED: Record<string, Role[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'GET /api/auth/providers': PUBLIC,
  'GET /api/auth/session': PUBLIC,
  'GET /api/auth/oidc/login': PUBLIC,
  'GET /api/auth/oidc/callback': PUBLIC,
  'GET /api/auth/me': ALL,
  'GET /api/print/meetings/:id': ALL,
  'GET /api/print/briefing-pack/:id': ALL,
  'GET /api/print/actions': ALL,
  'POST /api/auth/logout': ALL,
  'POST /api/auth/password': ALL,
  'GET /api/audit': ALL,
  'GET /api/users': ALL,
  'GET /api/users/:id': ALL,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/deactivate': ADMIN,
  'POST /api/users/:id/reactivate': ADMIN,
  'POST /api/users/:id/reset-password': ADMIN,
  'GET /api/organisations': ALL,
  'GET /api/organisations/export': ALL,
  'GET /api/organisations/duplicates': EDIT,
  'GET /api/organisations/merges': ALL,
  'POST /api/organisations/:id/merge': ADMIN,
  'GET /api/organisations/:id': ALL,
  'GET /api/organisations/:id/timeline': ALL,
  'POST /api/organisations': EDIT,
  'PATCH /api/organisations/:id': EDIT,
  'POST /api/organisations/:id/archive': EDIT,
  'POST /api/organisations/:id/restore': EDIT,
  'GET /api/contacts': ALL,
  'GET /api/contacts/export': ALL,
  'GET /api/contacts/:id': ALL,
  'GET /api/contacts/:id/subject-access': WORK,
  'POST /api/contacts': EDIT,
  'PATCH /api/contacts/:id': EDIT,
  'POST /api/contacts/:id/anonymise': EDIT,
  'GET /api/groups': ALL,
  'GET /api/groups/:id': ALL,
  'POST /api/groups': EDIT,
  'PATCH /api/groups/:id': EDIT,
  'POST /api/groups/:id/members': EDIT,
  'PATCH /api/groups/:id/members/:membershipId': EDIT,
  'GET /api/themes': ALL,
  'GET /api/themes/:id': ALL,
  'PATCH /api/themes/:id': ADMIN,
  'GET /api/proposals': ALL,
  'GET /api/proposals/:id': ALL,
  'POST /api/proposals': ADMIN,
  'PATCH /api/proposals/:id': ADMIN,
  'GET /api/ministers': ALL,
  'GET /api/ministers/:id': ALL,
  'POST /api/ministers': ADMIN,
  'PATCH /api/ministers/:id': ADMIN,
  'GET /api/phases': ALL,
  'PATCH /api/phases/:key': ADMIN,
  'GET /api/meetings': ALL,
  'GET /api/meetings/export': ALL,
  'GET /api/meetings/:id': ALL,
  'POST /api/meetings': EDIT,
  'PATCH /api/meetings/:id': WORK,
  'POST /api/meetings/:id/submit': EDIT,
  'POST /api/meetings/:id/agree': REVIEW,
  'POST /api/meetings/:id/return': REVIEW,
  'POST /api/meetings/:id/reopen': REVIEW,
  'GET /api/positions': ALL,
  'GET /api/positions/export': ALL,
  'GET /api/positions/current': ALL,
  'GET /api/positions/matrix': ALL,
  'GET /api/legal-holds': WORK,
  'POST /api/legal-holds': ADMIN,
  'POST /api/legal-holds/:id/release': ADMIN,
  'GET /api/retention-rules': ALL,
  'PATCH /api/retention-rules/:id': ADMIN,
  'GET /api/retention/due': ADMIN,
  'GET /api/retention/disposals': ADMIN,
  'POST /api/retention/disposals': ADMIN,
  'GET /api/notifications': ALL,
  'GET /api/notifications/needs-me': ALL,
  'GET /api/notifications/preferences': ALL,
  'PUT /api/notifications/preferences': ALL,
  'GET /api/notifications/deliveries': ADMIN,
  'POST /api/notifications/read-all': ALL,
  'POST /api/notifications/:id/read': ALL,
  'GET /api/inbound-notes': EDIT,
  'GET /api/inbound-notes/refusals': ADMIN,
  'GET /api/inbound-notes/:id': EDIT,
  'GET /api/inbound-notes/:id/attachments/:attachmentId': EDIT,
  'POST /api/inbound-notes/:id/file': EDIT,
  'POST /api/inbound-notes/:id/discard': EDIT,
  'GET /api/information-requests': ALL,
  'GET /api/information-requests/:id': ALL,
  'POST /api/information-requests': WORK,
  'PATCH /api/information-requests/:id': WORK,
  'POST /api/information-requests/:id/pause': WORK,
  'POST /api/information-requests/:id/resume': WORK,
  'GET /api/information-requests/:id/bundle': WORK,
  'GET /api/information-requests/:id/bundle/items': WORK,
  'POST /api/information-requests/:id/bundle/gather': WORK,
  'PATCH /api/information-requests/:id/bundle/items/:itemId': WORK,
  'GET /api/information-requests/:id/bundle/file': WORK,
  'GET /api/parliament': ALL,
  'GET /api/parliament/:id': ALL,
  'POST /api/parliament': WORK,
  'PATCH /api/parliament/:id': WORK,
  'POST /api/parliament/:id/recommendations': WORK,
  'PATCH /api/parliament/:id/recommendations/:recommendationId': WORK,
  'POST /api/parliament/:id/links': WORK,
  'DELETE /api/parliament/:id/links/:linkId': WORK,
  'GET /api/positions/phases': ALL,
  'GET /api/positions/moves': ALL,
  'GET /api/positions/:id': ALL,
  'POST /api/positions': EDIT,
  'PATCH /api/positions/:id': EDIT,
  'GET /api/actions': ALL,
  'GET /api/actions/export': ALL,
  'GET /api/actions/mine': ALL,
  'GET /api/actions/:id': ALL,
  'POST /api/actions': WORK,
  'PATCH /api/actions/:id': WORK,
  'POST /api/actions/:id/updates': WORK,
  'GET /api/search': ALL,
  'GET /api/imports/organisations-and-contacts/template': EDIT,
  'POST /api/imports/organisations-and-contacts/dry-run': EDIT,
  'POST /api/imports/organisations-and-contacts/commit': EDIT,
  'GET /api/reports/you-said-we-did': ALL,
  'GET /api/reports/coverage': ALL,
  'GET /api/calendar/feed': ALL,
  'POST /api/calendar/feed': ALL,
  'DELETE /api/calendar/feed': ALL,
  'GET /api/calendar/:secret.ics': PUBLIC,
  'GET /api/reports/transparency-return': ALL,
  'GET /api/reports/transparency-return/check': ALL,
  'GET /api/reports/transparency-return/headings': ALL,
  'PUT /api/reports/transparency-return/headings': ADMIN,
  'GET /api/reports/briefing-pack/:id': ALL,
  'GET /api/reports/briefing-pack/:id/file': ALL,
};

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (path: string) => path.replace(/:key/, 'consultation').replace(/:[a-zA-Z]+/g, SOME_ID);

describe('route × role matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Role, TestClient>;
  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ALL) clients[role] = await signIn(t, role);
  });
  afterAll(() => t.close());

  it('lists every route of the application, and declares each as expected', () => {
    const actual = Object.fromEntries(routeTable(t).map((r) => [`${r.method} ${r.path}`, 'public' in (r.rule as object) ? PUBLIC : [...(r.rule as { roles: Role[] }).roles].sort()]));
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v === PUBLIC ? v : [...v].sort()]));
    expect(actual).toEqual(expected);
  });

  it('answers every route as expected for anonymous callers and for each role', async () => {
    const unexpected: string[] = [];
    for (const [route, allowed] of Object.entries(EXPECTED)) {
      const [method, path] = route.split(' ');
      const url = concrete(path);
      const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      if (allowed !== PUBLIC) {
        const anonymous = await t.http[verb](url).send({});
        if (anonymous.status !== 401) unexpected.push(`anonymous ${route} → ${anonymous.status}`);
      }
      for (const role of ALL) {
        // Signing out ends the session the rest of the matrix relies on: use a session of its own.
        const client = route === 'POST /api/auth/logout' ? await signIn(t, role) : clients[role];
        const res =
          verb === 'get' ? await client.get(url)
          : verb === 'post' ? await client.post(url, {})
          : verb === 'put' ? await client.put(url, {}, 1)
          : verb === 'delete' ? await client.delete(url)
          : await client.patch(url, {}, 1);
        const permitted = allowed === PUBLIC || allowed.includes(role);
        const refused = res.status === 401 || (res.status === 403 && !/only|fields/i.test(String(res.body.detail)));
        if (permitted === refused) unexpected.push(`${role} ${route} → ${res.status} ${res.body.detail ?? ''}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('hides OFFICIAL-SENSITIVE records from viewers (404) but not from other roles', async () => {
    const admin = clients.admin;
    const org = (await admin.post('/api/organisations', { name: 'Sensitive Org', type: 'charity' }).expect(201)).body;
    const proposal = (await admin.post('/api/proposals', { title: 'Matrix proposal', summary: 'For the access matrix.' }).expect(201)).body;
    const meeting = (
      await admin.post('/api/meetings', {
        title: 'Handling of a named child case',
        type: 'bilateral',
        startsAt: '2026-10-01T10:00:00Z',
        classification: 'OFFICIAL_SENSITIVE',
        attendees: [{ organisationId: org.id, contactIds: [], attendance: 'attended' }],
      }).expect(201)
    ).body;
    const position = (await admin.post('/api/positions', { organisationId: org.id, proposalId: proposal.id, stance: 'concerns', summary: 'Sensitive concerns', meetingId: meeting.id, statedOn: '2026-10-01' }).expect(201)).body;
    const action = (await admin.post('/api/actions', { title: 'Follow up the case', meetingId: meeting.id }).expect(201)).body;
    expect(position.classification).toBe('OFFICIAL_SENSITIVE');
    expect(action.classification).toBe('OFFICIAL_SENSITIVE');

    for (const role of ALL) {
      const expected = role === 'viewer' ? 404 : 200;
      for (const url of [`/api/meetings/${meeting.id}`, `/api/positions/${position.id}`, `/api/actions/${action.id}`]) {
        expect(`${role} ${url} ${(await clients[role].get(url)).status}`).toBe(`${role} ${url} ${expected}`);
      }
      const audit = (await clients[role].get(`/api/audit?entity=meeting&entityId=${meeting.id}`).expect(200)).body.items;
      expect(audit.length > 0).toBe(role !== 'viewer');
      const timeline = (await clients[role].get(`/api/organisations/${org.id}/timeline`).expect(200)).body.items;
      expect(timeline.length > 0).toBe(role !== 'viewer');
    }
  });
});
