import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role, TransparencyCheckResponse } from '@send/contracts';
import { SessionStore } from '../../core/session';
import { TransparencyReturnPage } from './transparency-return-page';

const CHECK: TransparencyCheckResponse = {
  quarter: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  rows: 6,
  meetings: [
    { id: 'm1', reference: 'MTG-0004', title: 'Draft with a minister', startsAt: '2026-08-01T10:00:00Z', status: 'draft', classification: 'OFFICIAL', ministers: ['Secretary of State for Education'], problems: ['not_agreed', 'no_purpose'] },
    { id: 'm2', reference: 'MTG-0007', title: 'Late listening session', startsAt: '2026-09-30T22:30:00Z', status: 'agreed', classification: 'OFFICIAL', ministers: ['Minister for Children and Families'], problems: ['no_official_note'] },
  ],
};

const HEADINGS = { headings: { minister: 'Minister', date: 'Date', organisations: 'Name of organisation or individual', purpose: 'Purpose of meeting' }, version: 1, updatedAt: '2026-01-01T00:00:00Z', updatedBy: null };

async function render(role: Role, url = '/reports/transparency-return?quarter=2026-Q3') {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'reports/transparency-return', component: TransparencyReturnPage }, { path: '**', children: [] }], withComponentInputBinding()),
      { provide: SessionStore, useValue: { role: signal(role), hasRole: (...roles: Role[]) => roles.includes(role) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const http = TestBed.inject(HttpTestingController);
  const el = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    harness.detectChanges();
    await TestBed.inject(ApplicationRef).whenStable();
    harness.detectChanges();
  };
  // Without waiting for stability, which would wait for the requests still to be answered.
  const tick = async () => {
    harness.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.detectChanges();
  };
  harness.detectChanges();
  http.expectOne('/api/reports/transparency-return/headings').flush(HEADINGS);
  return { http, el, settle, tick };
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('TransparencyReturnPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('checks the quarter in the URL and lists each meeting to put right, linking to it', async () => {
    const { http, el, settle } = await render('reviewer');
    http.expectOne('/api/reports/transparency-return/check?quarter=2026-Q3').flush(CHECK);
    await settle();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(text(el.querySelector('h1'))).toBe('Ministers’ meetings transparency return');
    expect(TestBed.inject(Title).getTitle()).toBe('Transparency return, July to September 2026 – SEND engagement tracker');
    expect(el.querySelector<HTMLSelectElement>('#quarter')?.value).toBe('2026-Q3');
    const summary = [...el.querySelectorAll('[data-testid=return-summary] .govuk-summary-list__row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(summary).toEqual([
      ['Dates', '1 July 2026 to 30 September 2026'],
      ['Rows in the return', '6'],
      ['Meetings to check', '2'],
      ['Column headings', 'MinisterDateName of organisation or individualPurpose of meeting'],
    ]);
    // One heading a line.
    expect(el.querySelectorAll('[data-testid=return-summary] .govuk-summary-list__row:last-child dd br')).toHaveLength(3);
    const rows = el.querySelectorAll('[data-testid=check-table] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/meetings/m1');
    expect(text(rows[0])).toContain('Not agreed yet, so left out of the return');
    expect(text(rows[0])).toContain('No purpose recorded');
    // 22:30 UTC on 30 September is still 30 September in London.
    expect(text(rows[1])).toContain('30 September 2026');
    expect(text(rows[1])).toContain('No official present and no note of the meeting (summary) recorded');
    expect(el.querySelector('[data-testid=download-return]')?.getAttribute('href')).toBe('/api/reports/transparency-return?quarter=2026-Q3');
    expect(el.querySelector('a[href="/reports/transparency-return/headings"]')).toBeNull();
  });

  it('puts a newly chosen quarter in the URL and checks that one', async () => {
    const { http, el, settle, tick } = await render('viewer');
    http.expectOne('/api/reports/transparency-return/check?quarter=2026-Q3').flush(CHECK);
    await settle();
    const select = el.querySelector<HTMLSelectElement>('#quarter') as HTMLSelectElement;
    select.value = '2025-Q4';
    select.dispatchEvent(new Event('change'));
    el.querySelector<HTMLButtonElement>('form button')?.click();
    await tick();
    await tick();
    expect(TestBed.inject(Router).url).toBe('/reports/transparency-return?quarter=2025-Q4');
    http.expectOne('/api/reports/transparency-return/check?quarter=2025-Q4').flush({ ...CHECK, quarter: '2025-Q4', from: '2025-10-01', to: '2025-12-31', rows: 0, meetings: [] });
    await settle();
    expect(text(el.querySelector('[data-testid=check-clear]'))).toContain('every ministerial meeting in this quarter is ready');
    expect(el.querySelector('[data-testid=download-return]')?.getAttribute('href')).toBe('/api/reports/transparency-return?quarter=2025-Q4');
  });

  it('offers admins the headings page, and says so when the check fails', async () => {
    const { http, el, settle } = await render('admin');
    http.expectOne('/api/reports/transparency-return/check?quarter=2026-Q3').flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(el.querySelector('a[href="/reports/transparency-return/headings"]')).not.toBeNull();
    expect(el.querySelector('[data-testid=check-error]')).not.toBeNull();
    expect(el.querySelector('[data-testid=download-return]')).toBeNull();
  });
});
