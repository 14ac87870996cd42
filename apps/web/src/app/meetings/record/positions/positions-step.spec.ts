import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PositionResponse } from '@send/contracts';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { PositionsStep } from './positions-step';

const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });

const saved = {
  id: 'p1',
  version: 2,
  organisationId: 'o1',
  organisationName: 'Kent Parent Carer Forum',
  proposalId: 'pr1',
  proposalTitle: 'Inclusion bases',
  stance: 'support',
  summary: 'In favour',
  quote: null,
  meetingId: 'm1',
  statedOn: '2026-07-01',
} as PositionResponse;

describe('PositionsStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    TestBed.inject(RecordStore).adopt(draftMeeting({ attendees: [{ organisationId: 'o1', organisationName: 'Kent Parent Carer Forum', attendance: 'attended', contactIds: [], contacts: [] }] }));
    const fixture = TestBed.createComponent(PositionsStep);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne((r) => r.url === '/api/proposals').flush(page([{ id: 'pr1', title: 'Inclusion bases' }, { id: 'pr2', title: 'EHCP reform' }]));
    http.expectOne((r) => r.url === '/api/positions' && r.params.get('meetingId') === 'm1').flush(page([saved]));
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const set = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${id}`);
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    return { fixture, http, el, set };
  }

  it('corrects a recorded position with only what changed, adds a new one with the meeting, and never offers to remove a recorded one', async () => {
    const { fixture, http, el, set } = await render();
    expect(el.querySelectorAll('[data-testid=position]')).toHaveLength(1);
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent?.includes('Remove'))).toBe(false);
    set('positions-0-summary', 'In favour, with funding');
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another position'))?.click();
    await fixture.whenStable();
    set('positions-1-organisation', 'o1');
    set('positions-1-proposal', 'pr2');
    el.querySelector<HTMLInputElement>('#positions-1-stance-4')?.click();
    set('positions-1-summary', 'Worried about timescales');
    set('positions-1-quote', 'Too fast');
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const correction = http.expectOne('/api/positions/p1');
    expect(correction.request.method).toBe('PATCH');
    expect(correction.request.headers.get('If-Match')).toBe('"2"');
    expect(correction.request.body).toEqual({ summary: 'In favour, with funding' });
    correction.flush({ ...saved, version: 3, summary: 'In favour, with funding' });
    await settle();
    const create = http.expectOne({ method: 'POST', url: '/api/positions' });
    expect(create.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(create.request.body).toEqual({
      organisationId: 'o1',
      proposalId: 'pr2',
      stance: 'concerns',
      summary: 'Worried about timescales',
      quote: 'Too fast',
      meetingId: 'm1',
      statedOn: '2026-07-01',
    });
  });

  it('skips a new position left empty, and names what is missing from a half-filled one', async () => {
    const { fixture, http, el, set } = await render();
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another position'))?.click();
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another position'))?.click();
    await fixture.whenStable();
    set('positions-2-summary', 'Said something');
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('.govuk-error-summary__list a')).map((a) => a.getAttribute('href'))).toEqual([
      '#positions-2-organisation',
      '#positions-2-proposal',
      '#positions-2-stance',
    ]);
    http.expectNone('/api/positions');
  });
});
