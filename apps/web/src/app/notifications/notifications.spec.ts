import { TestBed } from '@angular/core/testing';
import type { Type } from '@angular/core';
import type { NeedsMeResponse, NotificationPreferencesResponse, NotificationResponse, Role } from '@send/contracts';
import { signedInOn } from '../core/feature.testing';
import { DeliveriesPage } from './deliveries-page';
import { NotificationsPage } from './notifications-page';
import { notificationsRoutes } from './notifications.routes';
import { PreferencesPage } from './preferences-page';

const notice = (overrides: Partial<NotificationResponse> = {}): NotificationResponse => ({
  id: 'n1',
  kind: 'action_assigned',
  entity: 'action',
  entityId: 'a1',
  link: '/actions/a1',
  counts: null,
  createdAt: '2026-12-07T09:30:00Z',
  readAt: null,
  delivery: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-12-07T09:31:00Z',
  ...overrides,
});
const needs: NeedsMeResponse = { actionsDueThisWeek: 2, actionsOverdue: 1, meetingsAwaitingReview: 3, requestsDue: 0, parliamentDue: 0, unreadNotifications: 1, total: 7 };
const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 25, total: items.length, totalIsLowerBound: false });
const prefs: NotificationPreferencesResponse = {
  emailTransport: 'off',
  preferences: [
    { kind: 'action_assigned', mode: 'immediate' },
    { kind: 'meeting_returned', mode: 'immediate' },
    { kind: 'commitment_overdue', mode: 'immediate' },
    { kind: 'due_reminders', mode: 'digest' },
  ],
};

async function open(url: string, role: Role, component: Type<unknown>) {
  const { http, harness } = await signedInOn('notifications', notificationsRoutes, role);
  await harness.navigateByUrl(url, component);
  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { http, el, settle };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('notifications pages', () => {
  it('lists my notices with their email state, and marks one read', async () => {
    const { http, el, settle } = await open('/notifications', 'reviewer', NotificationsPage);
    http.expectOne('/api/notifications/needs-me').flush(needs);
    http.expectOne((r) => r.url === '/api/notifications').flush(page([notice(), notice({ id: 'n2', kind: 'digest', entity: null, entityId: null, link: '/notifications', readAt: '2026-12-07T10:00:00Z', delivery: 'not_sent', counts: { actionsOverdue: 1, actionsDueThisWeek: 2, meetingsAwaitingReview: 0, requestsDue: 0, heldNotices: 0 } })]));
    await settle();
    expect(text(el().querySelector('[data-testid=needs-me-summary]'))).toContain('3 meeting records awaiting review');
    const rows = [...el().querySelectorAll('[data-testid=notifications] tbody tr')].map((r) => text(r));
    expect(rows[0]).toContain('New An action was assigned to you Open the action');
    expect(rows[0]).toContain('Emailed');
    expect(rows[1]).toContain('Daily summary: 1 action overdue, 2 actions due this week');
    expect(rows[1]).toContain('Not emailed');
    expect(el().querySelector('a[href="/notifications/deliveries"]')).toBeNull();
    (el().querySelector('[data-testid=notifications] tbody tr button') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush(notice({ readAt: '2026-12-07T11:00:00Z' }));
    await settle();
    http.expectOne((r) => r.url === '/api/notifications').flush(page([notice({ readAt: '2026-12-07T11:00:00Z' })]));
    http.expectOne('/api/notifications/needs-me').flush({ ...needs, unreadNotifications: 0, total: 6 });
    await settle();
    expect(el().querySelector('[data-testid=notifications] tbody tr button')).toBeNull();
  });

  it('saves my email choices, says when email is off, and shows the API’s refusal against the field', async () => {
    const { http, el, settle } = await open('/notifications/preferences', 'recorder', PreferencesPage);
    http.expectOne('/api/notifications/preferences').flush(prefs);
    await settle();
    expect(el().querySelector('[data-testid=email-off]')).not.toBeNull();
    // Due reminders come only in the digest: no "straight away" choice.
    expect([...el().querySelectorAll('input[name="preference-due_reminders"]')].map((i) => (i as HTMLInputElement).value)).toEqual(['digest', 'off']);
    (el().querySelector('#preference-action_assigned-2') as HTMLInputElement).click();
    (el().querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const put = http.expectOne({ method: 'PUT', url: '/api/notifications/preferences' });
    expect(put.request.body.preferences[0]).toEqual({ kind: 'action_assigned', mode: 'digest' });
    put.flush({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The request has invalid fields.', errors: [{ field: 'preferences[1].mode', message: 'mode must be one of immediate, digest, off' }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect([...el().querySelectorAll('.govuk-error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#preference-meeting_returned']);
    (el().querySelector('form button[type=submit]') as HTMLButtonElement).click();
    http.expectOne({ method: 'PUT', url: '/api/notifications/preferences' }).flush({ ...prefs, preferences: [{ kind: 'action_assigned', mode: 'digest' }, ...prefs.preferences.slice(1)] });
    await settle();
    expect(el().querySelector('[data-testid=saved]')).not.toBeNull();
    expect(el().querySelector('.govuk-error-summary a')).toBeNull();
  });

  it('shows admins the failed deliveries with the error kept', async () => {
    const { http, el, settle } = await open('/notifications/deliveries', 'admin', DeliveriesPage);
    const failed = { ...notice({ delivery: 'failed', attempts: 5, lastError: 'The mail server refused the message: 451 Try again later', sentAt: null }), userId: 'u2', userName: 'Olu Owner', userEmail: 'olu@education.gov.uk' };
    const req = http.expectOne((r) => r.url === '/api/notifications/deliveries');
    expect(req.request.params.get('delivery')).toBe('failed');
    req.flush(page([failed]));
    await settle();
    const cells = [...el().querySelectorAll('[data-testid=deliveries] tbody td')].map((c) => [...c.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => text(n as Element)).filter(Boolean));
    expect(cells[0]).toEqual(['Olu Owner', 'olu@education.gov.uk']);
    expect(cells[3]).toEqual(['Email failed', '5 attempts', 'The mail server refused the message: 451 Try again later']);
  });
});
