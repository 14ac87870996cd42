import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { informationRequest, openRequestPage, text } from '../testing';
import { RequestFormPage } from './request-form-page';

function fill(el: HTMLElement, id: string, value: string): void {
  const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`);
  if (!field) throw new Error(`no #${id}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('RequestFormPage', () => {
  async function open() {
    const page = await openRequestPage('/requests/new', 'recorder', RequestFormPage);
    page.http.expectOne((r) => r.url === '/api/users').flush({ items: [{ id: 'u-me', name: 'Me', active: true }, { id: 'u-2', name: 'Gone', active: false }], page: 1, pageSize: 100, total: 2, totalIsLowerBound: false });
    await page.settle();
    return page;
  }

  it('says what is missing before sending anything', async () => {
    const { http, el, settle } = await open();
    el().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect([...el().querySelectorAll('.govuk-error-summary a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#type', 'Choose the type of request'],
      ['#receivedOn-day', 'Enter the date the request was received'],
      ['#requesterName', 'Enter the requester’s name'],
      ['#summary', 'Enter what they asked for'],
    ]);
    expect([...el().querySelectorAll('#ownerUserId option')].map((o) => text(o))).toEqual(['No owner yet', 'Me']);
    http.expectNone((r) => r.method === 'POST');
  });

  it('logs the request, owned by the person logging it unless changed, and opens it', async () => {
    const { http, el, settle } = await open();
    el().querySelector<HTMLInputElement>('#type-3')?.click();
    fill(el(), 'receivedOn-day', '2');
    fill(el(), 'receivedOn-month', '11');
    fill(el(), 'receivedOn-year', '2026');
    fill(el(), 'requesterName', ' Jo Bloggs ');
    fill(el(), 'summary', 'My data held by the department');
    el().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/information-requests' });
    expect(post.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.request.body).toEqual({ type: 'sar', receivedOn: '2026-11-02', requesterName: 'Jo Bloggs', requesterEmail: null, summary: 'My data held by the department', ownerUserId: 'u-me', classification: 'OFFICIAL' });
    post.flush(informationRequest({ id: 'r9', type: 'sar' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/requests/r9');
  });

  it('shows the API’s refusal on the field it names', async () => {
    const { http, el, settle } = await open();
    el().querySelector<HTMLInputElement>('#type')?.click();
    fill(el(), 'receivedOn-day', '2');
    fill(el(), 'receivedOn-month', '11');
    fill(el(), 'receivedOn-year', '2099');
    fill(el(), 'requesterName', 'Jo');
    fill(el(), 'summary', 'Minutes');
    el().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/information-requests' })
      .flush({ type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'The request would not be valid.', errors: [{ field: 'receivedOn', message: 'receivedOn cannot be in the future' }] }, { status: 422, statusText: 'Unprocessable Entity' });
    await settle();
    expect(text(el().querySelector('.govuk-error-summary a'))).toBe('The date received cannot be in the future');
    expect(text(el().querySelector('#receivedOn-error'))).toContain('The date received cannot be in the future');
  });
});
