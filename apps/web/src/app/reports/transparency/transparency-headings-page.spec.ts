import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { TransparencyHeadingsResponse } from '@send/contracts';
import { TransparencyHeadingsPage } from './transparency-headings-page';

const URL = '/api/reports/transparency-return/headings';
const CURRENT: TransparencyHeadingsResponse = {
  headings: { minister: 'Minister', date: 'Date', organisations: 'Name of organisation or individual', purpose: 'Purpose of meeting' },
  version: 3,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: null,
};

async function render() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'headings', component: TransparencyHeadingsPage }, { path: '**', children: [] }])],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/headings');
  const http = TestBed.inject(HttpTestingController);
  const el = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    harness.detectChanges();
    await TestBed.inject(ApplicationRef).whenStable();
    harness.detectChanges();
  };
  http.expectOne(URL).flush(CURRENT);
  await settle();
  const type = (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
    await settle();
  };
  return { http, el, settle, type, submit };
}

describe('TransparencyHeadingsPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the current headings and saves a change with the version read', async () => {
    const { http, el, settle, type, submit } = await render();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector<HTMLInputElement>('#organisations')?.value).toBe('Name of organisation or individual');
    type('organisations', '  Organisations  ');
    await submit();
    const put = http.expectOne(URL);
    expect(put.request.method).toBe('PUT');
    expect(put.request.headers.get('If-Match')).toBe('"3"');
    expect(put.request.body).toEqual({ ...CURRENT.headings, organisations: 'Organisations' });
    put.flush({ ...CURRENT, headings: { ...CURRENT.headings, organisations: 'Organisations' }, version: 4 });
    await settle();
    expect(el.querySelector('[data-testid=success-banner]')?.textContent).toContain('The column headings have been changed');
  });

  it('asks for an empty heading without calling the API, and shows the API’s field errors', async () => {
    const { http, el, type, submit, settle } = await render();
    type('minister', '   ');
    await submit();
    http.expectNone(URL);
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('Enter the minister column heading');
    expect(el.querySelector('#minister-error')).not.toBeNull();

    type('minister', 'Date');
    await submit();
    http.expectOne(URL).flush(
      { type: 'about:blank', title: 'Bad request', status: 400, detail: 'The request has invalid fields.', errors: [{ field: 'date', message: 'date must differ from the other headings' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('#date-error')?.textContent).toContain('date must differ from the other headings');
  });

  it('reloads and explains when someone else changed the headings first', async () => {
    const { http, el, type, submit, settle } = await render();
    type('purpose', 'Purpose');
    await submit();
    http.expectOne(URL).flush({ type: 'about:blank', title: 'Stale', status: 412, detail: 'Changed', currentVersion: 4 }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne(URL).flush({ ...CURRENT, headings: { ...CURRENT.headings, purpose: 'Why we met' }, version: 4 });
    await settle();
    expect(el.querySelector('[data-testid=notice-banner]')?.textContent).toContain('Someone else changed the headings');
    expect(el.querySelector<HTMLInputElement>('#purpose')?.value).toBe('Why we met');
  });
});
