import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { anAction, flushLookups, signInAs } from '../testing/action-fixtures';
import { ActionPage } from './action-page';

describe('ActionPage', () => {
  async function render(role: Role = 'reviewer', action = anAction()) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'actions/:id', component: ActionPage }, { path: '**', children: [] }], withComponentInputBinding())],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(TestBed.inject(SessionStore), http, role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/actions/${action.id}`, ActionPage);
    await harness.fixture.whenStable();
    flushLookups(http);
    http.expectOne(`/api/actions/${action.id}`).flush(action);
    const settle = async () => {
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    await settle();
    const el = harness.routeNativeElement as HTMLElement;
    const submit = async (testId: string) => {
      el.querySelector(`[data-testid=${testId}]`)?.dispatchEvent(new Event('submit'));
      await settle();
    };
    return { http, el, settle, submit };
  }

  function type(el: HTMLElement, id: string, value: string): void {
    const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('shows the action with its reference, tags, details and updates newest first', async () => {
    const action = anAction({
      updates: [
        { id: 'up-2', actionId: 'a-1', body: 'Chased the forum', authorId: 'u-raj', authorName: 'Raj Reviewer', createdAt: '2026-07-01T13:05:00Z' },
        { id: 'up-1', actionId: 'a-1', body: 'Draft shared', authorId: 'u-amy', authorName: 'Amy Official', createdAt: '2026-01-12T10:00:00Z' },
      ],
    });
    const { el } = await render('viewer', action);
    expect(el.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('ACT-0001 Send the revised guidance');
    expect(el.querySelector('[data-testid=action-tags]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Open Overdue Action');
    const rows = Object.fromEntries([...el.querySelectorAll('.govuk-summary-list__row')].map((row) => [row.querySelector('dt')?.textContent?.trim(), row.querySelector('dd')?.textContent?.trim()]));
    expect(rows).toMatchObject({
      Status: 'Open',
      'Due date': '1 March 2026 (overdue)',
      Owner: 'Amy Official',
      'Raised by': 'Parent Carer Forum',
      Meeting: 'MTG-0001',
      Proposals: 'Inclusion in mainstream',
      Themes: 'Early intervention',
      Created: '10 January 2026, 9:30am by Amy Official',
      'Last changed': '1 July 2026, 2:05pm by Raj Reviewer',
    });
    expect(el.querySelector('a[href="/meetings/m-1"]')?.textContent).toContain('View meeting');
    expect([...el.querySelectorAll('.moj-timeline__title + .moj-timeline__byline')].map((b) => b.textContent)).toEqual(['by Raj Reviewer', 'by Amy Official']);
    expect(el.querySelector('.moj-timeline__date')?.textContent?.trim()).toBe('1 July 2026 at 2:05pm');
    // Viewers read only.
    expect(el.querySelector('[data-testid=status-form]')).toBeNull();
    expect(el.textContent).not.toContain('Edit action');
  });

  it('adds an update to the top of the history', async () => {
    const { http, el, submit } = await render();
    await submit('add-update-form');
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Enter the update');
    type(el, 'updateBody', '  Chased by email ');
    await submit('add-update-form');
    const req = http.expectOne('/api/actions/a-1/updates');
    expect(req.request.body).toEqual({ body: 'Chased by email' });
    req.flush({ id: 'up-9', actionId: 'a-1', body: 'Chased by email', authorId: 'u-me', authorName: 'Me', createdAt: '2026-07-02T08:00:00Z' });
    await submit('nothing');
    expect(el.querySelector('.moj-timeline__description')?.textContent?.trim()).toBe('Chased by email');
    expect(el.querySelector('.govuk-error-summary')).toBeNull();
    expect(el.querySelector('.govuk-notification-banner--success')?.textContent).toContain('Update added');
  });

  it('will not mark an action done without a completion note, and closes it with one', async () => {
    const { http, el, submit } = await render();
    el.querySelector<HTMLInputElement>('#status-4')?.click();
    await submit('status-form');
    http.expectNone('/api/actions/a-1');
    const summary = el.querySelector('.govuk-error-summary');
    expect(summary?.textContent).toContain('Enter a completion note to mark this action as done');
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#completionNote');
    expect(el.querySelector('#completionNote-error')).not.toBeNull();

    type(el, 'completionNote', 'Guidance sent on 2 July');
    await submit('status-form');
    const req = http.expectOne('/api/actions/a-1');
    expect(req.request.headers.get('If-Match')).toBe('"3"');
    expect(req.request.body).toEqual({ status: 'done', completionNote: 'Guidance sent on 2 July' });
    req.flush(anAction({ status: 'done', completionNote: 'Guidance sent on 2 July', overdue: false, version: 4 }));
    await submit('nothing');
    expect(el.querySelector('[data-testid=action-tags]')?.textContent).toContain('Done');
    expect(el.querySelector('.govuk-notification-banner--success')?.textContent).toContain('Status changed to done');
  });

  it('shows the API’s refusal in words', async () => {
    const { http, el, submit } = await render();
    el.querySelector<HTMLInputElement>('#status-3')?.click();
    await submit('status-form');
    http
      .expectOne('/api/actions/a-1')
      .flush(
        { type: 'x', title: 'Unprocessable', status: 422, detail: 'No', errors: [{ field: 'completionNote', message: 'completionNote is required when status is done' }] },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await submit('nothing');
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Completion note is required when status is done');
  });

  it('on a stale save shows what changed, keeps the choice and saves over the new version', async () => {
    const { http, el, submit } = await render();
    el.querySelector<HTMLInputElement>('#status-5')?.click();
    await submit('status-form');
    http.expectOne((r) => r.method === 'PATCH').flush({ type: 'x', title: 'Stale', status: 412, detail: 'Changed' }, { status: 412, statusText: 'Precondition Failed' });
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/actions/a-1').flush(anAction({ status: 'in_progress', version: 5, updatedBy: 'u-amy' }));
    await submit('nothing');
    const notice = el.querySelector('[data-testid=conflict-notice]');
    expect(notice?.textContent).toContain('Amy Official changed this record');
    expect([...(notice?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim()).join('|'))).toEqual(['Status|Cancelled|In progress']);
    expect(el.querySelector<HTMLInputElement>('#status-5')?.checked).toBe(true);
    await submit('status-form');
    const again = http.expectOne((r) => r.method === 'PATCH');
    expect(again.request.headers.get('If-Match')).toBe('"5"');
    expect(again.request.body).toEqual({ status: 'cancelled' });
  });

  it('says when the action does not exist', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'actions/:id', component: ActionPage }], withComponentInputBinding())] });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(TestBed.inject(SessionStore), http, 'viewer');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/actions/nope', ActionPage);
    await harness.fixture.whenStable();
    flushLookups(http);
    http.expectOne('/api/actions/nope').flush({ type: 'x', title: 'Not found', status: 404, detail: 'No' }, { status: 404, statusText: 'Not Found' });
    harness.detectChanges();
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Action not found');
  });
});
