import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { FormDrafts } from '../shared/form-drafts';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { CheckAnswersStep } from './check-answers-step';

describe('CheckAnswersStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    TestBed.inject(RecordStore).adopt(
      draftMeeting({
        attendees: [{ organisationId: 'o1', organisationName: 'Kent Parent Carer Forum', attendance: 'attended', contactIds: ['c1'], contacts: [{ id: 'c1', name: 'Sam Patel' }] }],
        agenda: [{ title: 'Early years', notes: 'Wide support for earlier help.' }],
        positions: [{ id: 'p1', organisationId: 'o1', organisationName: 'Kent Parent Carer Forum', proposalId: 'pr1', proposalTitle: 'Inclusion bases', stance: 'support', summary: 'In favour', quote: 'We welcome it', statedOn: '2026-07-01' }],
        actions: [{ id: 'a1', reference: 'ACT-0007', title: 'Send the note', status: 'open', kind: 'action', dueOn: '2026-08-01' }],
      }),
    );
    const fixture = TestBed.createComponent(CheckAnswersStep);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/themes').flush({ items: [] });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      await fixture.whenStable();
    };
    return { fixture, http, el, submit, router: TestBed.inject(Router) };
  }

  it('lists every answer in UK time with a Change link back to its step', async () => {
    const { el } = await render();
    const text = el.textContent ?? '';
    expect(text).toContain('1 July 2026');
    expect(text).toContain('10am to 11:30am');
    expect(text).toContain('Sam Patel');
    expect(text).toContain('“We welcome it”');
    expect(text).toContain('ACT-0007');
    const change = Array.from(el.querySelectorAll('[data-testid=answers-attendees] a')).map((a) => a.getAttribute('href'));
    expect(change).toEqual(['/meetings/m1/edit/attendees?change=true']);
    expect(el.querySelector('[data-testid=answers-details] a')?.textContent).toContain('Change');
  });

  it('shows why the API refused to submit, each problem linking to the step that fixes it', async () => {
    const { http, el, submit, router, fixture } = await render();
    const navigate = jest.spyOn(router, 'navigateByUrl');
    await submit();
    const request = http.expectOne('/api/meetings/m1/submit');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        detail: 'MTG-0042 is not ready to submit',
        errors: [
          { field: 'attendees', message: 'record at least one organisation that attended' },
          { field: 'purpose', message: 'give the purpose of the meeting for the transparency return' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    await fixture.whenStable();
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.govuk-error-summary__list a'));
    expect(links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['/meetings/m1/edit/attendees?change=true', 'Add at least one organisation that attended the meeting'],
      ['/meetings/m1/edit/details?change=true', 'Enter the purpose of the meeting for the transparency return'],
    ]);
    expect(document.activeElement).toBe(el.querySelector('.govuk-error-summary'));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0].dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/meetings/m1/edit/attendees?change=true');
  });

  it('submits, forgets the kept drafts and goes to the meeting page with a success flag', async () => {
    const { http, submit, router } = await render();
    const drafts = TestBed.inject(FormDrafts);
    drafts.save('m1', 'agenda', { agenda: [] });
    const navigate = jest.spyOn(router, 'navigate');
    await submit();
    http.expectOne('/api/meetings/m1/submit').flush(draftMeeting({ status: 'submitted', version: 4 }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/meetings', 'm1'], { queryParams: { submitted: 'true' } });
    expect(drafts.restore('m1', 'agenda')).toBeNull();
  });
});
