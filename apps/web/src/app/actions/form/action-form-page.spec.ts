import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { aPage, anAction, flushLookups, signInAs } from '../testing/action-fixtures';
import { ActionFormPage } from './action-form-page';

describe('ActionFormPage', () => {
  async function render(url: string, role: Role = 'recorder') {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'actions/new', component: ActionFormPage },
            { path: 'actions/:id/edit', component: ActionFormPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(TestBed.inject(SessionStore), http, role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ActionFormPage);
    await harness.fixture.whenStable();
    flushLookups(http);
    const el = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    const type = (id: string, value: string) => {
      const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`);
      if (!field) throw new Error(`no #${id}`);
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const submit = async () => {
      el.querySelector('[data-testid=action-form]')?.dispatchEvent(new Event('submit'));
      await settle();
    };
    return { http, el, settle, type, submit, router: TestBed.inject(Router) };
  }

  it('creates an action from a meeting, once, and opens it', async () => {
    const { http, el, settle, type, submit, router } = await render('/actions/new?meetingId=m-1');
    http.expectOne('/api/meetings/m-1').flush({ id: 'm-1', reference: 'MTG-0001', title: 'Forum round table', classification: 'OFFICIAL_SENSITIVE' });
    await settle();
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Create an action');
    expect(el.querySelector('.govuk-inset-text')?.textContent).toContain('MTG-0001');
    expect(el.querySelector<HTMLInputElement>('#classification-2')?.checked).toBe(true);

    await submit();
    expect([...el.querySelectorAll('.govuk-error-summary a')].map((a) => a.textContent?.trim())).toEqual(['Enter a title']);
    http.expectNone('/api/actions');

    type('title', 'Write to the forum');
    el.querySelector<HTMLInputElement>('#ownerType-2')?.click();
    await settle();
    type('ownerUserId', 'u-amy');
    type('dueOn-day', '3');
    type('dueOn-month', '9');
    type('dueOn-year', '2026');
    await submit();
    const req = http.expectOne('/api/actions');
    expect(req.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(req.request.body).toMatchObject({ title: 'Write to the forum', meetingId: 'm-1', ownerUserId: 'u-amy', dueOn: '2026-09-03', classification: 'OFFICIAL_SENSITIVE' });
    expect(req.request.body).not.toHaveProperty('ownerOrganisationId');
    req.flush(anAction({ id: 'a-9', reference: 'ACT-0009' }));
    await settle();
    expect(router.url).toBe('/actions/a-9');
  });

  it('finds an organisation owner by name and chooses it', async () => {
    const { http, el, settle, type, submit } = await render('/actions/new');
    type('title', 'Visit the forum');
    el.querySelector<HTMLInputElement>('#ownerType-3')?.click();
    await settle();
    type('ownerOrganisationId', 'carer');
    el.querySelector('#ownerOrganisationId')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const search = http.expectOne((r) => r.url === '/api/organisations');
    expect(search.request.params.get('q')).toBe('carer');
    search.flush(aPage([{ id: 'o-7', name: 'Parent Carer Forum' }]));
    await settle();
    expect(el.textContent).toContain('1 organisation matches');
    el.querySelector<HTMLInputElement>('#ownerOrganisationId-match-1')?.click();
    await settle();
    expect(el.querySelector('[data-testid=chosen-organisation]')?.textContent).toContain('Parent Carer Forum');
    await submit();
    expect(http.expectOne('/api/actions').request.body).toMatchObject({ ownerOrganisationId: 'o-7' });
  });

  it('sends only what changed, with the version read', async () => {
    const { http, el, settle, type, submit, router } = await render('/actions/a-1/edit');
    http.expectOne('/api/actions/a-1').flush(anAction());
    await settle();
    expect(el.querySelector<HTMLInputElement>('#title')?.value).toBe('Send the revised guidance');
    type('title', 'Send the final guidance');
    await submit();
    const req = http.expectOne('/api/actions/a-1');
    expect(req.request.headers.get('If-Match')).toBe('"3"');
    expect(req.request.body).toEqual({ title: 'Send the final guidance' });
    req.flush(anAction({ title: 'Send the final guidance', version: 4 }));
    await settle();
    expect(router.url).toBe('/actions/a-1');
  });

  it('after a stale save shows the differences, keeps the edits over the new version, and saves again', async () => {
    const { http, el, settle, type, submit } = await render('/actions/a-1/edit');
    http.expectOne('/api/actions/a-1').flush(anAction());
    await settle();
    type('title', 'My better title');
    await submit();
    http.expectOne((r) => r.method === 'PATCH').flush({ type: 'x', title: 'Stale', status: 412, detail: 'Changed' }, { status: 412, statusText: 'Precondition Failed' });
    http.expectOne((r) => r.method === 'GET').flush(anAction({ title: 'Their title', dueOn: '2026-06-30', version: 7, updatedBy: 'u-raj' }));
    await settle();
    const notice = el.querySelector('[data-testid=conflict-notice]');
    expect(notice?.textContent).toContain('Raj Reviewer changed this record');
    expect([...(notice?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim()))).toEqual([['Title', 'My better title', 'Their title']]);
    expect(el.querySelector<HTMLInputElement>('#title')?.value).toBe('My better title');
    // Their other change is now in the form, so saving again does not undo it.
    expect(el.querySelector<HTMLInputElement>('#dueOn-day')?.value).toBe('30');
    await submit();
    const again = http.expectOne((r) => r.method === 'PATCH');
    expect(again.request.headers.get('If-Match')).toBe('"7"');
    expect(again.request.body).toEqual({ title: 'My better title' });
  });

  it('gives private office only the fields they may change', async () => {
    const { http, el, settle, submit } = await render('/actions/a-1/edit', 'reviewer');
    http.expectOne('/api/actions/a-1').flush(anAction());
    await settle();
    expect(el.querySelector('#title')).toBeNull();
    expect(el.querySelector('#ownerType')).toBeNull();
    expect(['dueOn-day', 'priority', 'status', 'completionNote'].every((id) => el.querySelector(`#${id}`))).toBe(true);
    el.querySelector<HTMLInputElement>('#status-4')?.click();
    el.querySelector<HTMLInputElement>('#priority-3')?.click();
    await submit();
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Enter a completion note');
    http.expectNone((r) => r.method === 'PATCH');
  });
});
