import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ActionResponse } from '@send/contracts';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { ActionsStep } from './actions-step';

const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });

const open = {
  id: 'a1',
  reference: 'ACT-0007',
  version: 5,
  title: 'Send the note',
  meetingId: 'm1',
  ownerUserId: null,
  ownerOrganisationId: null,
  dueOn: null,
  priority: 'medium',
  status: 'open',
  kind: 'action',
  raisedByOrganisationId: null,
  proposalIds: [],
} as unknown as ActionResponse;

describe('ActionsStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  it('cancels a recorded action through PATCH, and adds a new one owned by an official with an Idempotency-Key', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    TestBed.inject(RecordStore).adopt(draftMeeting({ attendees: [{ organisationId: 'o1', organisationName: 'Kent Parent Carer Forum', attendance: 'attended', contactIds: [], contacts: [] }] }));
    const fixture = TestBed.createComponent(ActionsStep);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne((r) => r.url === '/api/users').flush(page([{ id: 'u9', name: 'Alex Official' }]));
    http.expectOne((r) => r.url === '/api/proposals').flush(page([{ id: 'pr1', title: 'Inclusion bases' }]));
    http.expectOne((r) => r.url === '/api/actions' && r.params.get('meetingId') === 'm1').flush(page([open, { ...open, id: 'a2', reference: 'ACT-0008', status: 'done' }]));
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Closed actions');
    el.querySelector<HTMLInputElement>('#actions-0-cancel')?.click();
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another action'))?.click();
    await fixture.whenStable();
    const title = el.querySelector<HTMLInputElement>('#actions-1-title');
    const owner = el.querySelector<HTMLSelectElement>('#actions-1-owner');
    if (!title || !owner) throw new Error('no fields');
    title.value = 'Write to the forum';
    title.dispatchEvent(new Event('input'));
    owner.value = 'user:u9';
    owner.dispatchEvent(new Event('change'));
    el.querySelector<HTMLInputElement>('#actions-1-kind-2')?.click();
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const cancel = http.expectOne('/api/actions/a1');
    expect(cancel.request.headers.get('If-Match')).toBe('"5"');
    expect(cancel.request.body).toEqual({ status: 'cancelled' });
    cancel.flush({ ...open, status: 'cancelled', version: 6 });
    await settle();
    const create = http.expectOne({ method: 'POST', url: '/api/actions' });
    expect(create.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(create.request.body).toEqual({
      title: 'Write to the forum',
      meetingId: 'm1',
      ownerUserId: 'u9',
      ownerOrganisationId: null,
      dueOn: null,
      priority: 'medium',
      kind: 'ministerial_commitment',
      raisedByOrganisationId: null,
      proposalIds: [],
    });
  });
});
