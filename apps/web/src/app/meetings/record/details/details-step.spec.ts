import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { MeetingResponse } from '@send/contracts';
import { draftKey } from '../shared/form-drafts';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { DetailsStep } from './details-step';

const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });

describe('DetailsStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function render(options: { meeting?: MeetingResponse; kept?: object } = {}) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    if (options.meeting) TestBed.inject(RecordStore).adopt(options.meeting);
    if (options.kept) sessionStorage.setItem(draftKey(options.meeting?.id ?? null, 'details'), JSON.stringify(options.kept));
    const fixture = TestBed.createComponent(DetailsStep);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/ministers').flush({ items: [{ id: 'min1', name: 'Minister for Children', active: true }] });
    http.expectOne((r) => r.url === '/api/groups').flush(page([{ id: 'g1', name: 'SEND Reform Development Group' }]));
    http.expectOne('/api/themes').flush({ items: [{ id: 't1', name: 'Early intervention' }] });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const field = <T extends HTMLElement = HTMLInputElement>(id: string) => {
      const found = el.querySelector<T>(`#${id}`);
      if (!found) throw new Error(`no #${id}`);
      return found;
    };
    const type = (id: string, value: string) => {
      const input = field<HTMLInputElement | HTMLTextAreaElement>(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      await fixture.whenStable();
    };
    const fillRequired = () => {
      type('title', 'Early years roundtable');
      field('type').click();
      type('date-day', '1');
      type('date-month', '7');
      type('date-year', '2026');
      type('startTime', '10:00');
      type('endTime', '11:30am');
      type('purpose', 'To hear views on early years support');
      field('classification').click();
    };
    return { fixture, http, el, field, type, submit, fillRequired, router: TestBed.inject(Router) };
  }

  it('names every missing answer in a focused error summary whose links lead to the fields, and sends nothing', async () => {
    const { el, http, submit } = await render();
    await submit();
    const summary = el.querySelector<HTMLElement>('.govuk-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(el.querySelectorAll('.govuk-error-summary__list a')).map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).toEqual([
      ['#title', 'Enter the title of the meeting'],
      ['#type', 'Select the type of meeting'],
      ['#date-day', 'Enter the date of the meeting'],
      ['#startTime', 'Enter the start time'],
      ['#purpose', 'Enter the purpose of the meeting'],
      ['#classification', 'Select the classification of the meeting'],
    ]);
    expect(el.querySelector('#title-error')?.textContent).toContain('Enter the title of the meeting');
    http.expectNone('/api/meetings');
  });

  it('creates the draft once, with UK times as BST instants and an Idempotency-Key, then goes to attendees', async () => {
    const { http, submit, fillRequired, router } = await render();
    const navigate = jest.spyOn(router, 'navigateByUrl');
    const replace = jest.spyOn(TestBed.inject(Location), 'replaceState');
    fillRequired();
    expect(sessionStorage.getItem(draftKey(null, 'details'))).toContain('Early years roundtable');
    await submit();
    await submit(); // a double click: still one request
    const [create] = http.match('/api/meetings') as TestRequest[];
    http.expectNone('/api/meetings');
    expect(create.request.method).toBe('POST');
    expect(create.request.headers.get('Idempotency-Key')).toMatch(/^[\x21-\x7e]{8,200}$/);
    expect(create.request.body).toMatchObject({
      title: 'Early years roundtable',
      type: 'development_group',
      startsAt: '2026-07-01T10:00:00+01:00',
      endsAt: '2026-07-01T11:30:00+01:00',
      purpose: 'To hear views on early years support',
      classification: 'OFFICIAL',
    });
    create.flush(draftMeeting());
    await settle();
    expect(navigate).toHaveBeenCalledWith('/meetings/m1/edit/attendees');
    // The browser's Back now reopens this draft rather than a blank form that would create another.
    expect(replace).toHaveBeenCalledWith('/meetings/m1/edit/details');
    expect(sessionStorage.getItem(draftKey(null, 'details'))).toBeNull();
  });

  it('lets a draft be saved with only what the server needs, and retries with the same Idempotency-Key', async () => {
    const { http, type, field, el } = await render();
    type('title', 'Listening session');
    field('type').click();
    type('date-day', '15');
    type('date-month', '1');
    type('date-year', '2026');
    type('startTime', '2pm');
    const saveDraft = () => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Save as draft'))?.click();
    saveDraft();
    await settle();
    const first = http.expectOne('/api/meetings');
    expect(first.request.body.startsAt).toBe('2026-01-15T14:00:00+00:00');
    first.flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();
    saveDraft();
    await settle();
    const retry = http.expectOne('/api/meetings');
    expect(retry.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
  });

  it('puts the server’s field errors on the right fields and keeps everything typed', async () => {
    const { http, el, submit, fillRequired, field } = await render();
    fillRequired();
    await submit();
    http.expectOne('/api/meetings').flush(
      {
        type: 'about:blank',
        title: 'Invalid',
        status: 400,
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'title', message: 'title must be shorter than or equal to 200 characters' },
          { field: 'endsAt', message: 'endsAt must not be before startsAt' },
          { field: 'ministerIds', message: 'Jo Bloggs is no longer an active minister' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const hrefs = Array.from(el.querySelectorAll('.govuk-error-summary__list a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#title', '#endTime', '#ministerIds']);
    expect(el.querySelector('#endTime-error')?.textContent).toContain('The end time must be after the start time');
    expect(el.querySelector('#ministerIds-error')?.textContent).toContain('Jo Bloggs is no longer an active minister');
    expect(field('title').value).toBe('Early years roundtable');
    expect(field('endTime').value).toBe('11:30am');
    expect(document.activeElement).toBe(el.querySelector('.govuk-error-summary'));
  });

  it('puts back what was typed before the session ended, over the saved values', async () => {
    const { el, field } = await render({ meeting: draftMeeting(), kept: { title: 'Typed but not saved', startTime: '14:30', ministerIds: ['min1'] } });
    expect(field('title').value).toBe('Typed but not saved');
    expect(field('startTime').value).toBe('14:30');
    expect(field<HTMLInputElement>('ministerIds').checked).toBe(true);
    // Untouched answers come from the saved draft, in UK time.
    expect(field('location').value).toBe('Sanctuary Buildings');
    expect(field('endTime').value).toBe('11:30');
    expect(el.querySelector('[data-testid=restored-notice]')).not.toBeNull();
  });

  it('ignores a kept draft of the wrong shape', async () => {
    const { field, el } = await render({ meeting: draftMeeting(), kept: ['not', 'a', 'form'] });
    expect(field('title').value).toBe('SEND development group: early years');
    expect(el.querySelector('[data-testid=restored-notice]')).toBeNull();
  });

  it('shows what changed when someone else saved first, keeps the edits, and saves over it with the new version', async () => {
    const { http, el, submit, type, field } = await render({ meeting: draftMeeting({ version: 3 }) });
    type('title', 'My better title');
    await submit();
    const stale = http.expectOne('/api/meetings/m1');
    expect(stale.request.headers.get('If-Match')).toBe('"3"');
    stale.flush({ type: 'about:blank', title: 'Stale', status: 412, detail: 'changed' }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne({ method: 'GET', url: '/api/meetings/m1' }).flush(draftMeeting({ version: 4, title: 'Their title' }));
    await settle();
    const notice = el.querySelector<HTMLElement>('[data-testid=conflict-notice]');
    expect(notice?.textContent).toContain('Their title');
    expect(notice?.textContent).toContain('My better title');
    expect(field('title').value).toBe('My better title');
    await submit();
    const again = http.expectOne('/api/meetings/m1');
    expect(again.request.headers.get('If-Match')).toBe('"4"');
  });
});
