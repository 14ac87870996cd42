import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { MeetingResponse } from '@send/contracts';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { AttendeesStep } from './attendees-step';

const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });
const contact = (id: string, name: string, organisationId: string) => ({ id, name, role: 'Chair', organisationId });

describe('AttendeesStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function render(meeting: MeetingResponse) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    TestBed.inject(RecordStore).adopt(meeting);
    const fixture = TestBed.createComponent(AttendeesStep);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (text: string) => {
      const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      await fixture.whenStable();
    };
    return { fixture, http, el, button, submit, router: TestBed.inject(Router) };
  }

  it('finds an organisation, adds it as attended with its contacts, and saves the list with If-Match', async () => {
    const { fixture, http, el, button, submit, router } = await render(draftMeeting());
    const navigate = jest.spyOn(router, 'navigateByUrl');
    const search = el.querySelector<HTMLInputElement>('#organisation-search');
    if (!search) throw new Error('no search box');
    search.value = 'forum';
    search.dispatchEvent(new Event('input'));
    // Enter searches, and does not submit the step.
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    search.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    http.expectOne((r) => r.url === '/api/organisations' && r.params.get('q') === 'forum').flush(page([{ id: 'o1', name: 'Kent Parent Carer Forum' }]));
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=search-status]')?.textContent).toContain('1 organisation found');
    button('Add Kent Parent Carer Forum').click();
    http.expectOne((r) => r.url === '/api/contacts' && r.params.get('organisationId') === 'o1').flush(page([contact('c1', 'Sam Patel', 'o1')]));
    await settle();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('attendee-0');
    expect(el.querySelector<HTMLInputElement>('#attendees-0-attendance')?.checked).toBe(true);
    el.querySelector<HTMLInputElement>('#attendees-0-contacts')?.click();
    await submit();
    const save = http.expectOne('/api/meetings/m1');
    expect(save.request.method).toBe('PATCH');
    expect(save.request.headers.get('If-Match')).toBe('"3"');
    expect(save.request.body).toEqual({ attendees: [{ organisationId: 'o1', contactIds: ['c1'], attendance: 'attended' }] });
    save.flush(draftMeeting({ version: 4 }));
    await settle();
    expect(navigate).toHaveBeenCalledWith('/meetings/m1/edit/agenda');
  });

  it('needs an organisation that attended to continue, but not to save as a draft', async () => {
    const { http, el, submit, button } = await render(draftMeeting());
    await submit();
    expect(Array.from(el.querySelectorAll('.govuk-error-summary__list a')).map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#organisation-search', 'Add at least one organisation that attended the meeting'],
    ]);
    http.expectNone('/api/meetings/m1');
    button('Save as draft').click();
    await settle();
    expect(http.expectOne('/api/meetings/m1').request.body).toEqual({ attendees: [] });
  });

  it('shows the server’s errors about one organisation’s contacts beside them', async () => {
    const attendees = ['o1', 'o2'].map((id, i) => ({ organisationId: id, organisationName: `Organisation ${i + 1}`, attendance: 'attended' as const, contactIds: [`c${i + 1}`], contacts: [{ id: `c${i + 1}`, name: `Person ${i + 1}` }] }));
    const { http, el, submit, fixture } = await render(draftMeeting({ attendees }));
    http.expectOne((r) => r.url === '/api/contacts' && r.params.get('organisationId') === 'o1').flush(page([contact('c1', 'Person 1', 'o1')]));
    http.expectOne((r) => r.url === '/api/contacts' && r.params.get('organisationId') === 'o2').flush(page([contact('c2', 'Person 2', 'o2')]));
    await fixture.whenStable();
    await submit();
    http.expectOne('/api/meetings/m1').flush(
      { type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'bad refs', errors: [{ field: 'attendees[1].contactIds', message: 'contact c2 does not belong to this organisation' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('.govuk-error-summary__list a')?.getAttribute('href')).toBe('#attendees-1-contacts');
    expect(el.querySelector('#attendees-1-contacts-error')?.textContent).toContain('Contact c2 does not belong to this organisation');
    expect(el.querySelector('#attendees-0-contacts-error')).toBeNull();
    // Nothing typed is lost.
    expect(el.querySelector<HTMLInputElement>('#attendees-1-contacts')?.checked).toBe(true);
  });
});
