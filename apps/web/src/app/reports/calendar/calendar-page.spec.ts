import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CalendarFeedStatus } from '@send/contracts';
import { CalendarPage } from './calendar-page';

const URL = 'https://tracker.example/api/calendar/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.ics';

describe('CalendarPage', () => {
  async function open(status: CalendarFeedStatus) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'reports/calendar', component: CalendarPage }, { path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/calendar', CalendarPage);
    http.expectOne('/api/calendar/feed').flush(status);
    await harness.fixture.whenStable();
    return { harness, http, el: harness.routeNativeElement as HTMLElement };
  }
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (el: HTMLElement, label: string) => {
    const found = [...el.querySelectorAll('button')].find((b) => text(b) === label);
    if (!found) throw new Error(`no "${label}" button`);
    return found;
  };
  const none: CalendarFeedStatus = { exists: false, createdAt: null, lastUsedAt: null };
  const some: CalendarFeedStatus = { exists: true, createdAt: '2026-11-20T10:15:00Z', lastUsedAt: null };

  it('warns that the link is secret, and offers to create one', async () => {
    const { el } = await open(none);
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(text(el.querySelector('.govuk-warning-text'))).toContain('The link is secret. Anyone who has it can see your meetings without signing in');
    expect(text(el.querySelector('[data-testid=feed-status]'))).toBe('You do not have a calendar link.');
    expect(button(el, 'Create a calendar link')).toBeTruthy();
  });

  it('shows the new link once, ready to copy', async () => {
    const { harness, http, el } = await open(none);
    button(el, 'Create a calendar link').click();
    const post = http.expectOne((r) => r.url === '/api/calendar/feed' && r.method === 'POST');
    post.flush({ url: URL, createdAt: '2026-11-24T09:00:00Z' });
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/calendar/feed' && r.method === 'GET').flush({ exists: true, createdAt: '2026-11-24T09:00:00Z', lastUsedAt: null });
    await harness.fixture.whenStable();
    expect(el.querySelector<HTMLInputElement>('#feed-url')?.value).toBe(URL);
    expect(el.querySelector('#feed-url')?.hasAttribute('readonly')).toBe(true);
    expect(text(el.querySelector('#feed-url-hint'))).toContain('you will not be able to see it again');
    expect(text(el.querySelector('[data-testid=feed-status]'))).toBe('You created a link on 24 November 2026, 9am. No calendar has used it yet.');

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    button(el, 'Copy link').click();
    await harness.fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(text(el.querySelector('[data-testid=copy-status]'))).toBe('Link copied.');
  });

  it('stops a link, and says so', async () => {
    const { harness, http, el } = await open(some);
    expect(text(el.querySelector('[data-testid=feed-status]'))).toBe('You created a link on 20 November 2026, 10:15am. No calendar has used it yet.');
    button(el, 'Stop the link').click();
    http.expectOne((r) => r.url === '/api/calendar/feed' && r.method === 'DELETE').flush(null, { status: 204, statusText: 'No Content' });
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/calendar/feed' && r.method === 'GET').flush(none);
    await harness.fixture.whenStable();
    expect(text(el.querySelector('.govuk-notification-banner'))).toContain('Your calendar link has been stopped.');
    expect(el.querySelector('#feed-url')).toBeNull();
    expect(text(el.querySelector('[data-testid=feed-status]'))).toBe('You do not have a calendar link.');
  });

  it('says when a link could not be made', async () => {
    const { harness, http, el } = await open(none);
    button(el, 'Create a calendar link').click();
    http.expectOne((r) => r.method === 'POST').flush({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong. Try again.' }, { status: 500, statusText: 'Server Error' });
    TestBed.tick();
    http.expectOne((r) => r.method === 'GET').flush(none);
    await harness.fixture.whenStable();
    expect(text(el.querySelector('[data-testid=calendar-error]'))).toContain('Something went wrong. Try again.');
    expect(el.querySelector('#feed-url')).toBeNull();
  });
});
