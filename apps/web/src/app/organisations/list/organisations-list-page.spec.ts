import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { expectGet, open, organisation, pageOf, settle, signedInAs, text } from '../testing.spec-helpers';
import { OrganisationsListPage } from './organisations-list-page';

describe('OrganisationsListPage', () => {
  it('asks the API for what the URL says and shows the rows, count and sort state', async () => {
    const { http, harness } = await signedInAs('viewer');
    await open(harness, '/organisations?q=forum&type=charity&region=london&tag=early%20years&includeArchived=true&sort=-updatedAt&page=2', OrganisationsListPage);
    const request = expectGet(http, '/api/organisations');
    expect(request.request.params.toString()).toBe('q=forum&type=charity&region=london&tag=early%20years&includeArchived=true&page=2&pageSize=25&sort=-updatedAt');
    request.flush({ ...pageOf([organisation({ archivedAt: '2026-03-01T00:00:00Z' })], 26), page: 2 });
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=count]'))).toBe('26 organisations');
    const cells = [...el.querySelectorAll('tbody td')].map(text);
    expect(cells).toEqual(['Northshire Parent Carer Forum Archived', 'Parent carer forum', 'North East', 'early years, post-16', '10 March 2026']);
    expect(el.querySelector('th[aria-sort=descending]')?.textContent).toContain('Updated');
    expect((el.querySelector('#q') as HTMLInputElement).value).toBe('forum');
    expect((el.querySelector('#type') as HTMLSelectElement).value).toBe('charity');
    expect(el.querySelector('a[href="/organisations/new"]')).toBeNull();
    http.verify();
  });

  it('ignores filter values it does not know rather than failing', async () => {
    const { http, harness } = await signedInAs('viewer');
    await open(harness, '/organisations?type=nonsense&page=-3&sort=colour', OrganisationsListPage);
    expect(expectGet(http, '/api/organisations').request.params.toString()).toBe('page=1&pageSize=25');
  });

  it('puts applied filters in the URL, resetting the page', async () => {
    const { http, harness } = await signedInAs('recorder');
    await open(harness, '/organisations?page=3', OrganisationsListPage);
    expectGet(http, '/api/organisations').flush(pageOf([organisation()], 80));
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    const q = el.querySelector('#q') as HTMLInputElement;
    q.value = '  forum ';
    q.dispatchEvent(new Event('input'));
    el.querySelector('[data-testid=filters]')?.dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/organisations?q=forum');
    expect(expectGet(http, '/api/organisations').request.params.get('q')).toBe('forum');
  });

  it('says when nothing matches, and offers editors a way to add one', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations?q=zzz', OrganisationsListPage);
    expectGet(http, '/api/organisations').flush(pageOf([]));
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=empty]'))).toBe('No organisations match these filters.');
    expect(text(el.querySelector('[data-testid=count]'))).toBe('0 organisations');
    expect(text(el.querySelector('a[href="/organisations/new"]'))).toBe('Add an organisation');
  });

  it('explains a failure and tries again', async () => {
    const { http, harness } = await signedInAs('viewer');
    await open(harness, '/organisations', OrganisationsListPage);
    expectGet(http, '/api/organisations').flush({ type: 'x', title: 'Bad', status: 500, detail: 'The database is not answering.' }, { status: 500, statusText: 'Error' });
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=list-error]'))).toContain('The database is not answering.');
    (el.querySelector('[data-testid=list-error] button') as HTMLButtonElement).click();
    await settle(harness);
    expectGet(http, '/api/organisations').flush(pageOf([organisation()]));
    await settle(harness);
    expect(el.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
