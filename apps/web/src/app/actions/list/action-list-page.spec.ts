import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { aPage, anAction, flushLookups, signInAs } from '../testing/action-fixtures';
import { ActionListPage } from './action-list-page';

describe('ActionListPage', () => {
  async function render(url: string, role: Role = 'recorder') {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'actions', component: ActionListPage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(TestBed.inject(SessionStore), http, role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ActionListPage);
    await harness.fixture.whenStable();
    flushLookups(http);
    const el = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    return { http, harness, el, settle, router: TestBed.inject(Router) };
  }

  it('shows the API’s page of actions, marking overdue ones in words', async () => {
    const { http, el, settle } = await render('/actions?status=open&status=blocked&sort=-dueOn');
    const req = http.expectOne((r) => r.url === '/api/actions');
    expect(req.request.params.getAll('status')).toEqual(['open', 'blocked']);
    expect(req.request.params.get('sort')).toBe('-dueOn');
    req.flush(aPage([anAction(), anAction({ id: 'a-2', reference: 'ACT-0002', overdue: false, status: 'blocked', dueOn: null })], { total: 312 }));
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Action log');
    expect(el.querySelector('[data-testid=results-count]')?.textContent).toBe('Showing 1 to 2 of 312 actions');
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['ACT-0001', 'Send the revised guidance', 'Amy Official', 'Parent Carer Forum', 'Early intervention', '1 March 2026 Overdue', 'Open', 'Action'],
      ['ACT-0002', 'Send the revised guidance', 'Amy Official', 'Parent Carer Forum', 'Early intervention', 'No due date', 'Blocked', 'Action'],
    ]);
    expect(el.querySelector('th[aria-sort=descending]')?.textContent).toContain('Due date');
    expect(el.querySelector('a.govuk-button')?.textContent).toContain('Create an action');
    expect([...el.querySelectorAll('.moj-filter__tag')].map((a) => a.textContent?.trim())).toEqual(['Remove this filter: Status Open', 'Remove this filter: Status Blocked']);
  });

  it('hides "Create an action" from viewers', async () => {
    const { http, el, settle } = await render('/actions', 'viewer');
    http.expectOne((r) => r.url === '/api/actions').flush(aPage([anAction()]));
    await settle();
    expect(el.textContent).not.toContain('Create an action');
  });

  it('says what to change when no action matches', async () => {
    const { http, el, settle } = await render('/actions?overdue=true&q=zebra');
    http.expectOne((r) => r.url === '/api/actions').flush(aPage([]));
    await settle();
    const empty = el.querySelector('[data-testid=empty]')?.textContent ?? '';
    expect(empty).toContain('No actions match these filters');
    expect(empty).toContain('untick “Only overdue actions”');
    expect(empty).toContain('search for fewer or different words');
    expect(el.querySelector('table')).toBeNull();
  });

  it('explains a refused query', async () => {
    const { http, el, settle } = await render('/actions?owner=nobody');
    http
      .expectOne((r) => r.url === '/api/actions')
      .flush({ type: 'x', title: 'Bad request', status: 400, detail: 'Invalid', errors: [{ field: 'owner', message: 'owner must be a user id or me' }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    const banner = el.querySelector('.govuk-notification-banner')?.textContent ?? '';
    expect(banner).toContain('The action log could not be shown.');
    expect(banner).toContain('Owner must be a user id or me');
    expect(banner).toContain('Clear filters');
  });

  it('puts applied filters in the URL, going back to page 1', async () => {
    const { http, el, settle, router } = await render('/actions?page=3&sort=title');
    http.expectOne((r) => r.url === '/api/actions').flush(aPage([anAction()], { page: 3, total: 80 }));
    await settle();
    el.querySelector<HTMLInputElement>('#status-4')?.click();
    el.querySelector<HTMLInputElement>('#overdue')?.click();
    const owner = el.querySelector<HTMLSelectElement>('#owner');
    if (owner) {
      owner.value = 'me';
      owner.dispatchEvent(new Event('change'));
    }
    el.querySelector<HTMLFormElement>('[data-testid=filter]')?.closest('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(router.url).toBe('/actions?sort=title&status=done&owner=me&overdue=true');
    const req = http.expectOne((r) => r.url === '/api/actions');
    expect(req.request.params.get('owner')).toBe('me');
    expect(req.request.params.get('page')).toBe('1');
  });

  it('refuses a due date that is not real without leaving the page', async () => {
    const { http, el, settle, router } = await render('/actions');
    http.expectOne((r) => r.url === '/api/actions').flush(aPage([anAction()]));
    await settle();
    const day = el.querySelector<HTMLInputElement>('#dueFrom-day');
    if (day) {
      day.value = '31';
      day.dispatchEvent(new Event('input'));
    }
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(el.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#dueFrom-day');
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Due from must be a real date');
    expect(router.url).toBe('/actions');
  });

  it('sorts through the URL from the column buttons', async () => {
    const { http, el, settle, router } = await render('/actions');
    http.expectOne((r) => r.url === '/api/actions').flush(aPage([anAction()]));
    await settle();
    expect(el.querySelector('th[aria-sort=ascending]')?.textContent).toContain('Due date');
    expect(el.querySelectorAll('th[aria-sort=none] button').length).toBe(3);
    el.querySelector<HTMLButtonElement>('#sort-dueOn')?.click();
    await settle();
    expect(router.url).toBe('/actions?sort=-dueOn');
    http.expectOne((r) => r.url === '/api/actions' && r.params.get('sort') === '-dueOn').flush(aPage([anAction()]));
    await settle();
    expect(el.querySelector('th[aria-sort=descending]')?.textContent).toContain('Due date');
  });
});
