import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEventResponse, MeetingResponse, Role } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { MeetingPage } from './meeting-page';

const ID = '11111111-2222-4333-8444-555555555555';

function meeting(overrides: Partial<MeetingResponse> = {}): MeetingResponse {
  return {
    id: ID, reference: 'MTG-0042', title: 'Development group: EHCP reform', type: 'development_group',
    startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T11:30:00Z', region: 'london', online: true, location: 'Sanctuary Buildings',
    groupId: null, groupName: 'SEND Reform Development Group', ministers: [{ id: 'm1', name: 'Minister for School Standards' }],
    officials: [{ id: 'u1', name: 'Priya Shah' }],
    attendees: [
      { organisationId: 'o1', organisationName: 'Council for Disabled Children', attendance: 'attended', contactIds: ['c1'], contacts: [{ id: 'c1', name: 'Sam Jones' }] },
      { organisationId: 'o2', organisationName: 'National Network of Parent Carer Forums', attendance: 'apologies', contactIds: [], contacts: [] },
    ],
    themeIds: [], agenda: [{ title: 'Introductions', notes: 'First line\nSecond line' }], summary: 'A useful meeting.', purpose: 'To hear views on EHCPs',
    noOfficialPresent: false, classification: 'OFFICIAL_SENSITIVE', status: 'submitted', statusReason: null, phase: 'white_paper',
    positions: [{ id: 'p1', organisationId: 'o1', organisationName: 'Council for Disabled Children', proposalId: 'pr1', proposalTitle: 'National EHCP template', stance: 'concerns', summary: 'Worried about timescales', quote: 'Too fast', statedOn: '2026-03-10' }],
    actions: [{ id: 'a1', reference: 'ACT-0007', title: 'Send the draft template', status: 'open', kind: 'action', dueOn: '2026-04-01' }],
    version: 3, createdAt: '2026-03-10T12:00:00Z', updatedAt: '2026-03-10T12:00:00Z', createdBy: 'u1', updatedBy: 'u1',
    ...overrides,
  };
}

const HISTORY: AuditEventResponse[] = [
  { id: '2', occurredAt: '2026-03-11T09:00:00Z', actorId: 'u1', actorName: 'Priya Shah', entity: 'meeting', entityId: ID, action: 'submitted', changes: { status: { from: 'draft', to: 'submitted' } } },
  { id: '1', occurredAt: '2026-03-10T12:00:00Z', actorId: 'u1', actorName: 'Priya Shah', entity: 'meeting', entityId: ID, action: 'created', changes: {} },
];

async function render(role: Role, record: MeetingResponse | null = meeting()) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'meetings/:id', component: MeetingPage }, { path: '**', children: [] }], withComponentInputBinding()),
      { provide: SessionStore, useValue: { role: signal(role), hasRole: (...roles: Role[]) => roles.includes(role) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(`/meetings/${ID}`);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/phases').flush({ items: [{ key: 'white_paper', name: 'White paper', startsOn: '2026-01-01' }] });
  http.expectOne('/api/themes').flush({ items: [] });
  const get = http.expectOne(`/api/meetings/${ID}`);
  if (record) get.flush(record);
  else get.flush({ type: 'about:blank', title: 'Not found', status: 404, detail: 'No such meeting' }, { status: 404, statusText: 'Not Found' });
  http.match((r) => r.url === '/api/audit').forEach((r) => r.flush({ items: HISTORY }));
  const el = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    harness.detectChanges();
    await TestBed.inject(ApplicationRef).whenStable();
    harness.detectChanges();
  };
  await settle();
  const button = (name: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
  return { http, el, settle, button };
}

describe('MeetingPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('marks an OFFICIAL-SENSITIVE meeting before anything else and shows every section', async () => {
    const { el } = await render('viewer');
    expect(el.firstElementChild?.tagName.toLowerCase()).toBe('app-classification-marking');
    expect(el.querySelector('[data-testid=classification-marking]')?.textContent).toContain('OFFICIAL-SENSITIVE');
    expect(el.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('MTG-0042Development group: EHCP reform');
    const details = el.querySelector('[data-testid=meeting-details]')?.textContent ?? '';
    expect(details).toContain('10 March 2026, 10am to 11:30am');
    expect(details).toContain('Awaiting review');
    expect(details).toContain('White paper');
    expect(el.querySelector('[data-testid=attendees] a')?.getAttribute('href')).toBe('/organisations/o1');
    expect(el.querySelector('[data-testid=attendees]')?.textContent).toContain('Sent apologies');
    expect(el.querySelector('[data-testid=agenda] p')?.textContent).toBe('First line\nSecond line');
    expect(el.querySelector('[data-testid=positions]')?.textContent).toContain('Has concerns');
    expect(el.querySelector('[data-testid=actions] a')?.getAttribute('href')).toBe('/actions/a1');
    expect(el.querySelector('[data-testid=history]')?.textContent).toContain('Submitted for review');
    expect(el.querySelectorAll('h1').length).toBe(1);
  });

  it('offers a viewer no workflow buttons', async () => {
    const { el } = await render('viewer');
    expect(el.querySelector('[data-testid=workflow-buttons]')).toBeNull();
  });

  it('offers a recorder Edit and Submit on a draft, with the reason it came back', async () => {
    const draft = await render('recorder', meeting({ status: 'draft', statusReason: 'Add the purpose' }));
    expect(draft.button('Submit for review')).toBeDefined();
    expect(draft.el.querySelector('a[href="/meetings/' + ID + '/edit"]')).not.toBeNull();
    expect(draft.el.querySelector('[data-testid=status-reason]')?.textContent).toContain('Add the purpose');
  });

  it('asks for a reason before returning, then returns with If-Match and says so', async () => {
    const { el, http, settle, button } = await render('reviewer');
    button('Return')?.click();
    await settle();
    el.querySelector<HTMLFormElement>('[data-testid=reason-form]')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Enter why you are returning this meeting');
    expect(el.querySelector('#reason-error')).not.toBeNull();
    http.expectNone(`/api/meetings/${ID}/return`);

    const reason = el.querySelector<HTMLTextAreaElement>('#reason');
    if (!reason) throw new Error('no reason box');
    reason.value = 'Add the purpose';
    reason.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('[data-testid=reason-form]')?.dispatchEvent(new Event('submit', { cancelable: true }));
    const call = http.expectOne(`/api/meetings/${ID}/return`);
    expect(call.request.headers.get('If-Match')).toBe('"3"');
    expect(call.request.body).toEqual({ reason: 'Add the purpose' });
    call.flush(meeting({ status: 'draft', statusReason: 'Add the purpose', version: 4 }));
    await settle();
    http.expectOne((r) => r.url === '/api/audit').flush({ items: HISTORY });
    await settle();
    expect(el.querySelector('[data-testid=success-banner]')?.textContent).toContain('MTG-0042 has been returned to draft');
    expect(el.querySelector('.govuk-error-summary')).toBeNull();
    expect(el.querySelector('[data-testid=reason-form]')).toBeNull();
  });

  it('reloads and explains when someone else changed the meeting first (412)', async () => {
    const { el, http, settle, button } = await render('reviewer');
    button('Agree')?.click();
    http.expectOne(`/api/meetings/${ID}/agree`).flush({ type: 'x', title: 'Stale', status: 412, detail: 'stale' }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne(`/api/meetings/${ID}`).flush(meeting({ status: 'agreed', version: 4 }));
    http.match((r) => r.url === '/api/audit').forEach((r) => r.flush({ items: HISTORY }));
    await settle();
    expect(el.querySelector('[data-testid=notice-banner]')?.textContent).toContain('Someone else changed this meeting');
    expect(el.querySelector('[data-testid=meeting-details]')?.textContent).toContain('Agreed');
  });

  it('lists what a meeting lacks when it cannot be submitted (422)', async () => {
    const { el, http, settle, button } = await render('recorder', meeting({ status: 'draft' }));
    button('Submit for review')?.click();
    http
      .expectOne(`/api/meetings/${ID}/submit`)
      .flush(
        { type: 'x', title: 'Unprocessable', status: 422, detail: 'MTG-0042 is not ready to submit: purpose missing.', errors: [{ field: 'purpose', message: 'give the purpose of the meeting' }] },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    const summary = el.querySelector('.govuk-error-summary')?.textContent ?? '';
    expect(summary).toContain('MTG-0042 is not ready to submit');
    expect(summary).toContain('Give the purpose of the meeting');
  });

  it('says the meeting was not found, without saying whether it exists', async () => {
    const { el } = await render('viewer', null);
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Meeting not found');
    expect(el.querySelector('app-classification-marking')).toBeNull();
  });
});
