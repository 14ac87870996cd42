import type { HttpTestingController } from '@angular/common/http/testing';
import type { LegalHoldResponse, ActionResponse, ContactResponse, GroupDetailResponse, PositionResponse, TimelineItem } from '@send/contracts';
import { expectGet, open, organisation, pageOf, settle, signedInAs, text } from '../testing.spec-helpers';
import { OrganisationPage } from './organisation-page';

const tracked = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', createdBy: 'u1', updatedBy: 'u1' };

const contact: ContactResponse = { ...tracked, id: 'c1', organisationId: 'o1', organisationName: 'Northshire', name: 'Asha Patel', role: 'Chair', email: 'asha@example.org', phone: '0191 000 0000', notes: '', anonymisedAt: null };
const position: PositionResponse = {
  ...tracked,
  id: 'p1',
  organisationId: 'o1',
  organisationName: 'Northshire',
  proposalId: 'pr1',
  proposalTitle: 'National SEND standards',
  stance: 'concerns',
  summary: 'Worried about funding',
  quote: null,
  meetingId: 'm1',
  meetingReference: 'MTG-0001',
  statedOn: '2026-03-02',
  phase: 'consultation',
  classification: 'OFFICIAL',
};
const action = (overrides: Partial<ActionResponse>): ActionResponse => ({
  ...tracked,
  id: 'a1',
  reference: 'ACT-0001',
  title: 'Send the funding note',
  description: '',
  meetingId: null,
  meetingReference: null,
  ownerUserId: null,
  ownerOrganisationId: null,
  ownerName: null,
  dueOn: '2026-02-01',
  priority: 'medium',
  status: 'open',
  kind: 'action',
  raisedByOrganisationId: 'o1',
  raisedByName: 'Northshire',
  proposalIds: [],
  themeIds: [],
  completionNote: null,
  classification: 'OFFICIAL',
  overdue: true,
  closedAt: null,
  ...overrides,
});
const group: GroupDetailResponse = {
  ...tracked,
  id: 'g1',
  name: 'SEND Reform Development Group',
  description: '',
  currentMemberCount: 1,
  members: [{ ...tracked, id: 'gm1', groupId: 'g1', organisationId: 'o1', organisationName: 'Northshire', joinedOn: '2025-09-01', leftOn: null, reason: 'Parent voice', current: true }],
};
const timeline: TimelineItem[] = [
  { kind: 'position', id: 'p1', occurredAt: '2026-03-02T00:00:00.000Z', title: 'National SEND standards', reference: 'MTG-0001', label: 'concerns', detail: 'Worried about funding' },
  { kind: 'meeting', id: 'm1', occurredAt: '2026-03-02T10:00:00.000Z', title: 'Listening session', reference: 'MTG-0001', label: 'attended', detail: 'To hear from parents' },
];

async function render(role: 'admin' | 'viewer', overrides: Parameters<typeof organisation>[0] = {}) {
  const { http, harness } = await signedInAs(role);
  await open(harness, '/organisations/o1', OrganisationPage);
  expectGet(http, '/api/organisations/o1').flush(organisation({ relationshipOwnerId: 'u2', ...overrides }));
  await settle(harness);
  answerSections(http);
  await settle(harness);
  return { http, el: harness.routeNativeElement as HTMLElement };
}

let holds: LegalHoldResponse[] = [];

function answerSections(http: HttpTestingController): void {
  expectGet(http, '/api/users/u2').flush({ id: 'u2', name: 'Sam Official' });
  http.match((r) => r.url === '/api/legal-holds').forEach((r) => r.flush(pageOf(holds)));
  expectGet(http, '/api/contacts').flush(pageOf([contact]));
  expectGet(http, '/api/groups').flush(pageOf([group]));
  expectGet(http, '/api/positions/current').flush(pageOf([position]));
  expectGet(http, '/api/positions/phases').flush({
    organisation: { id: 'o1', name: 'Northshire' },
    phases: [{ key: 'consultation', name: 'Consultation' }],
    rows: [{ proposal: { id: 'pr1', title: 'National SEND standards' }, cells: [{ proposalId: 'pr1', stance: 'concerns', statedOn: '2026-03-02', positionId: 'p1' }] }],
  });
  expectGet(http, '/api/actions').flush(pageOf([action({}), action({ id: 'a2', reference: 'ACT-0002', raisedByOrganisationId: null, ownerOrganisationId: 'o1', status: 'done', overdue: false })]));
  expectGet(http, '/api/organisations/o1/timeline').flush({ organisationId: 'o1', items: timeline });
  expectGet(http, '/api/positions').flush(pageOf([position]));
}


/** Buttons that change something (the download panel's buttons only read). */
function changeButtons(el: HTMLElement): string[] {
  return [...el.querySelectorAll('.govuk-button')].filter((b) => !b.closest('[data-testid=export-download]')).map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
}
describe('OrganisationPage', () => {
  it('shows the details, people, groups, positions, actions and timeline', async () => {
    const { http, el } = await render('admin');
    expectGet(http, '/api/groups/g1').flush(group);
    await new Promise((resolve) => setTimeout(resolve));
    expect(text(el.querySelector('h1'))).toBe('Northshire Parent Carer Forum');
    expect(text(el.querySelector('[data-testid=details]'))).toContain('Website https://northshire-pcf.example.org');
    expect(el.querySelector('[data-testid=details] a[href="https://northshire-pcf.example.org"]')).not.toBeNull();
    expect(text(el.querySelector('[data-testid=owner]'))).toBe('Sam Official');
    expect(text(el.querySelector('[data-testid=contacts] tbody tr'))).toContain('Asha Patel Chair asha@example.org 0191 000 0000 Edit Asha Patel Anonymise Asha Patel Subject access file for Asha Patel');
    expect(el.querySelector('[data-testid=contacts] a[href="/api/contacts/c1/subject-access?format=xlsx"]')).not.toBeNull();
    const positionRow = el.querySelector('[data-testid=positions] tbody tr');
    expect(text(positionRow)).toContain('National SEND standards Has concerns 2 March 2026 MTG-0001');
    expect(positionRow?.querySelector('a[href="/positions/history?organisationId=o1&proposalId=pr1"]')).not.toBeNull();
    expect([...el.querySelectorAll('[data-testid=stance-over-phases] tbody td, [data-testid=stance-over-phases] tbody th')].map((c) => text(c))).toEqual(['Consultation', 'Has concerns', '2 March 2026']);
    expect(text(el.querySelector('[data-testid=actions-raised] tbody'))).toBe('ACT-0001 Send the funding note Open Overdue 1 February 2026');
    expect(text(el.querySelector('[data-testid=actions-owned] tbody'))).toBe('ACT-0002 Send the funding note Done 1 February 2026');
    const titles = [...el.querySelectorAll('.moj-timeline__title a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(titles).toEqual([
      ['Position on National SEND standards', '/positions/history?organisationId=o1&proposalId=pr1'],
      ['Meeting: MTG-0001 Listening session', '/meetings/m1'],
    ]);
    expect(changeButtons(el)).toEqual(['Edit organisation', 'Place a legal hold', 'Archive organisation', 'Add a contact']);
  });

  it("downloads every current position of the organisation, not only the ones shown", async () => {
    const { http, el } = await render('viewer');
    const panel = el.querySelector('[data-testid=positions] [data-testid=export-download]');
    expect(text(panel?.querySelector('summary'))).toBe('Download these current positions');
    panel?.querySelector<HTMLButtonElement>('button')?.click();
    const req = http.expectOne((r) => r.url === '/api/positions/export');
    expect(req.request.params.toString()).toBe('organisationId=o1&current=true&format=csv');
  });

  it('hides every change from a viewer, and contact details the API does not give them', async () => {
    const { el } = await render('viewer');
    expect(changeButtons(el)).toEqual([]);
    expect(text(el.querySelector('[data-testid=contacts] thead'))).toBe('Name Role');
  });

  it('says when the organisation is archived', async () => {
    const { el } = await render('admin', { archivedAt: '2026-04-01T09:00:00Z' });
    expect(text(el.querySelector('[data-testid=archived-banner]'))).toContain('This organisation was archived on 1 April 2026.');
    expect([...el.querySelectorAll('.govuk-button')].map(text)).toContain('Restore organisation');
  });

  it('says a merged duplicate was merged, links to the one kept, and offers no restore', async () => {
    const { el } = await render('admin', { archivedAt: '2026-04-01T09:00:00Z', mergedIntoId: 'o9' });
    expect(text(el.querySelector('[data-testid=merged-banner]'))).toContain('This organisation was merged into another organisation on 1 April 2026.');
    expect(el.querySelector('[data-testid=merged-banner] a')?.getAttribute('href')).toBe('/organisations/o9');
    expect(el.querySelector('[data-testid=archived-banner]')).toBeNull();
    expect([...el.querySelectorAll('.govuk-button')].map(text)).not.toContain('Restore organisation');
  });

  it('says when the organisation is under a legal hold, and offers no second hold', async () => {
    holds = [{ id: 'h1', entity: 'organisation', entityId: 'o1', label: 'Northshire', reason: 'Tribunal case 2026/123', placedAt: '2026-11-01T10:00:00Z', placedBy: 'u1', placedByName: 'Ann Admin', releasedAt: null, releaseReason: null }];
    const { el } = await render('admin');
    holds = [];
    expect(text(el.querySelector('[data-testid=legal-hold-banner]'))).toContain('This organisation is under a legal hold: Tribunal case 2026/123');
    expect([...el.querySelectorAll('.govuk-button')].map(text)).not.toContain('Place a legal hold');
  });

  it('says when there is no such organisation', async () => {
    const { http, harness } = await signedInAs('viewer');
    await open(harness, '/organisations/nope', OrganisationPage);
    expectGet(http, '/api/organisations/nope').flush({ status: 404, title: 'Not found', detail: 'No organisation', type: 'x' }, { status: 404, statusText: 'Not Found' });
    await settle(harness);
    expect(text((harness.routeNativeElement as HTMLElement).querySelector('h1'))).toBe('Organisation not found');
  });
});
