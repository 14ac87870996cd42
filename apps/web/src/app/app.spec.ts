import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import type { HealthResponse } from '@send/contracts';
import { App } from './app';
import { SessionStore } from './core/session';
import { answerSessionProbe } from './core/session.testing';

describe('App shell', () => {
  async function render() {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    }).compileComponents();
    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    return { fixture, http: TestBed.inject(HttpTestingController), el: fixture.nativeElement as HTMLElement };
  }

  const healthy: HealthResponse = { status: 'ok', database: 'up', demo: false, version: '1.2.3' };

  it('names the service in the header', async () => {
    const { el, http } = await render();
    expect(el.querySelector('.govuk-service-navigation__service-name')?.textContent?.trim()).toBe('SEND engagement tracker');
    http.expectOne('/api/health');
  });

  it('shows the service health from /api/health in the footer', async () => {
    const { fixture, http, el } = await render();
    expect(el.querySelector('[data-testid=service-status]')?.textContent).toContain('Checking');
    http.expectOne('/api/health').flush(healthy);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=service-status]')?.textContent).toContain('database up · version 1.2.3');
    expect(el.querySelector('[data-testid=demo-banner]')).toBeNull();
  });

  it('says when the service is down and labels demonstration data', async () => {
    const down = await render();
    down.http.expectOne('/api/health').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await down.fixture.whenStable();
    expect(down.el.querySelector('[data-testid=service-status]')?.textContent).toContain('unavailable');
  });

  it('labels demonstration data with a banner', async () => {
    const { fixture, http, el } = await render();
    http.expectOne('/api/health').flush({ ...healthy, demo: true });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=demo-banner]')?.textContent).toContain('demonstration data');
  });

  it('shows a signed-in user how many things need them, linking to their notifications', async () => {
    const { fixture, http, el } = await render();
    http.expectOne('/api/health').flush(healthy);
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    answerSessionProbe(http, { user: { id: 'u1', email: 'rita@education.gov.uk', name: 'Rita Recorder', role: 'recorder' }, roles: ['recorder'], mustChangePassword: false });
    await loaded;
    fixture.detectChanges();
    http.expectOne('/api/notifications/needs-me').flush({ actionsDueThisWeek: 2, actionsOverdue: 1, meetingsAwaitingReview: 0, requestsDue: 0, parliamentDue: 0, unreadNotifications: 1, total: 4 });
    await fixture.whenStable();
    const link = el.querySelector('[data-testid=needs-me]');
    expect(link?.getAttribute('href')).toBe('/notifications');
    expect(link?.querySelector('[data-testid=needs-me-count]')?.textContent).toBe('4');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Needs me 4 things need your attention');
    expect([...el.querySelectorAll('.govuk-service-navigation__list a')].map((a) => a.textContent?.trim())).toContain('Inbox');
  });
});
