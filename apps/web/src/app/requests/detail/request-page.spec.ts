import { informationRequest, openRequestPage, text } from '../testing';
import { RequestPage } from './request-page';

const summary = (el: HTMLElement) => [...el.querySelectorAll('.govuk-summary-list__row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);

describe('RequestPage', () => {
  it('shows the deadline and the request, and to a viewer nothing of the requester and no forms', async () => {
    const { http, el, settle } = await openRequestPage('/requests/r1', 'viewer', RequestPage);
    http.expectOne('/api/information-requests/r1').flush(informationRequest({ requesterName: null, requesterEmail: null, overdue: true }));
    await settle();
    expect(text(el().querySelector('h1'))).toBe('REQ-0007');
    expect(text(el().querySelector('[data-testid=request-deadline]'))).toBe('Searching Respond by 30 November 2026 Overdue');
    expect(summary(el())).toContain('Requester: Hidden: personal data');
    expect(el().querySelector('[data-testid=request-progress]')).toBeNull();
  });

  it('stops the clock with the version read, and then offers to restart it', async () => {
    const { http, el, settle } = await openRequestPage('/requests/r1', 'recorder', RequestPage);
    http.expectOne('/api/information-requests/r1').flush(informationRequest());
    await settle();
    const set = (id: string, value: string) => {
      const input = el().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    el().querySelector<HTMLFormElement>('[data-testid=clock-form]')?.dispatchEvent(new Event('submit'));
    await settle();
    expect([...el().querySelectorAll('.govuk-error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#from-day', '#reason']);
    set('from-day', '5');
    set('from-month', '11');
    set('from-year', '2026');
    set('reason', 'Which meetings?');
    el().querySelector<HTMLFormElement>('[data-testid=clock-form]')?.dispatchEvent(new Event('submit'));
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/information-requests/r1/pause' });
    expect(post.request.headers.get('If-Match')).toBe('"3"');
    expect(post.request.body).toEqual({ from: '2026-11-05', reason: 'Which meetings?' });
    post.flush(informationRequest({ version: 4, paused: true, deadline: null, pauses: [{ from: '2026-11-05', to: null, reason: 'Which meetings?' }] }));
    await settle();
    expect(text(el().querySelector('.govuk-notification-banner'))).toContain('The clock is stopped until the clarification comes');
    expect(text(el().querySelector('[data-testid=request-deadline]'))).toContain('there is no deadline until they answer');
    expect(text(el().querySelector('[data-testid=clock-form] button'))).toBe('Restart the clock');
    expect(summary(el())).toContain('Clock stopped: 5 November 2026 to now: Which meetings?');
  });

  it('needs a response date to record a response, and reads the request again when someone else changed it', async () => {
    const { http, el, settle } = await openRequestPage('/requests/r1', 'reviewer', RequestPage);
    http.expectOne('/api/information-requests/r1').flush(informationRequest({ type: 'sar' }));
    await settle();
    expect(el().querySelector('[data-testid=extension-form]')).not.toBeNull();
    el().querySelector<HTMLInputElement>('#status-5')?.click();
    await settle();
    el().querySelector<HTMLFormElement>('[data-testid=status-form]')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(text(el().querySelector('.govuk-error-summary a'))).toBe('Enter the date the response was sent');
    el().querySelector<HTMLInputElement>('#status-2')?.click();
    el().querySelector<HTMLFormElement>('[data-testid=status-form]')?.dispatchEvent(new Event('submit'));
    await settle();
    http.expectOne({ method: 'PATCH', url: '/api/information-requests/r1' }).flush({ type: 'about:blank', title: 'Stale', status: 412, detail: 'Changed', currentVersion: 4 }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    expect(text(el().querySelector('.govuk-error-summary'))).toContain('Someone else changed this request');
    http.expectOne('/api/information-requests/r1').flush(informationRequest({ type: 'sar', version: 4, status: 'drafting' }));
    await settle();
    expect(text(el().querySelector('[data-testid=request-deadline]'))).toContain('Drafting');
  });
});
