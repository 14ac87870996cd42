import type { Page } from 'playwright-core';

/** Every page of the dashboard, on demonstration data (`DEMO=true`): the screenshots and the console check visit each. */
export const DEMO_ADMIN = { email: 'admin@demo.example.org', password: 'demo-password-1234' };

interface Ids {
  meeting: string;
  draftMeeting: string | undefined;
  action: string;
  organisation: string;
  pair: { organisationId: string; proposalId: string } | undefined;
  request: string | undefined;
  parliamentaryItem: string | undefined;
  inboundNote: string | undefined;
}

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  if (!res.ok()) throw new Error(`${url} answered ${res.status()}`);
  return (await res.json()) as T;
}

/** Real ids from the demonstration data, so every page shows a realistic record. */
export async function demoIds(page: Page): Promise<Ids> {
  type Items = { items: { id: string; organisationId?: string; proposalId?: string }[] };
  const agreed = await json<Items>(page, '/api/meetings?status=agreed&pageSize=1');
  const drafts = await json<Items>(page, '/api/meetings?status=draft&pageSize=1');
  const actions = await json<Items>(page, '/api/actions?overdue=true&pageSize=1');
  const orgs = await json<Items>(page, '/api/organisations?q=Council%20for%20Disabled%20Children&pageSize=1');
  const positions = await json<Items>(page, '/api/positions?pageSize=1');
  const position = positions.items[0];
  const requests = await json<Items>(page, '/api/information-requests?overdue=true&pageSize=1');
  const reports = await json<Items>(page, '/api/parliament?kind=committee_report&overdue=true&pageSize=1');
  const inbound = await json<Items>(page, '/api/inbound-notes?pageSize=1');
  return {
    meeting: agreed.items[0].id,
    draftMeeting: drafts.items[0]?.id,
    action: actions.items[0]?.id ?? (await json<Items>(page, '/api/actions?pageSize=1')).items[0].id,
    organisation: orgs.items[0]?.id ?? (await json<Items>(page, '/api/organisations?pageSize=1')).items[0].id,
    pair: position?.organisationId && position.proposalId ? { organisationId: position.organisationId, proposalId: position.proposalId } : undefined,
    request: requests.items[0]?.id,
    parliamentaryItem: reports.items[0]?.id,
    inboundNote: inbound.items[0]?.id,
  };
}

export function everyPage(ids: Ids): [string, string][] {
  const list: [string, string][] = [
    ['home', '/'],
    ['actions', '/actions'],
    ['actions-overdue', '/actions?overdue=true'],
    ['action', `/actions/${ids.action}`],
    ['action-edit', `/actions/${ids.action}/edit`],
    ['action-new', '/actions/new'],
    ['meetings', '/meetings'],
    ['meeting', `/meetings/${ids.meeting}`],
    ['record-a-meeting', '/meetings/new'],
    ['organisations', '/organisations'],
    ['organisation', `/organisations/${ids.organisation}`],
    ['organisation-edit', `/organisations/${ids.organisation}/edit`],
    ['organisation-new', '/organisations/new'],
    ['organisation-duplicates', '/organisations/duplicates'],
    ['positions-matrix', '/positions'],
    ['position-new', '/positions/new'],
    ['requests', '/requests'],
    ['request-new', '/requests/new'],
    ['parliament', '/parliament'],
    ['parliament-new', '/parliament/new'],
    ['search', '/search?q=advocacy'],
    ['reports', '/reports'],
    ['report-transparency-return', '/reports/transparency-return?quarter=2026-Q1'],
    ['report-transparency-headings', '/reports/transparency-return/headings'],
    ['report-briefing-pack', `/reports/briefing-pack/${ids.meeting}`],
    ['report-you-said-we-did', '/reports/you-said-we-did'],
    ['report-coverage', '/reports/coverage'],
    ['report-calendar', '/reports/calendar'],
    ['import', '/import'],
    ['admin', '/admin'],
    ['admin-users', '/admin/users'],
    ['admin-themes', '/admin/themes'],
    ['admin-proposals', '/admin/proposals'],
    ['admin-ministers', '/admin/ministers'],
    ['admin-phases', '/admin/phases'],
    ['admin-legal-holds', '/admin/legal-holds'],
    ['admin-retention', '/admin/retention'],
    ['admin-retention-due', '/admin/retention/due'],
    ['admin-retention-disposals', '/admin/retention/disposals'],
    ['notifications', '/notifications'],
    ['notification-preferences', '/notifications/preferences'],
    ['notification-deliveries', '/notifications/deliveries'],
    ['inbox', '/inbox'],
    ['inbox-refused', '/inbox/refused'],
    ['change-password', '/change-password'],
    ['not-found', '/no-such-page'],
  ];
  if (ids.draftMeeting) list.push(['record-a-meeting-check-answers', `/meetings/${ids.draftMeeting}/edit`]);
  if (ids.request) list.push(['request', `/requests/${ids.request}`]);
  if (ids.parliamentaryItem) list.push(['parliamentary-report', `/parliament/${ids.parliamentaryItem}`]);
  if (ids.inboundNote) list.push(['inbox-note', `/inbox/${ids.inboundNote}`]);
  if (ids.pair) list.push(['position-history', `/positions/history?organisationId=${ids.pair.organisationId}&proposalId=${ids.pair.proposalId}`]);
  return list;
}
