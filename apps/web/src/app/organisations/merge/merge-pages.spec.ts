import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { DuplicateListResponse, OrganisationMergeResponse } from '@send/contracts';
import { expectGet, open, organisation, pageOf, settle, signedInAs, text } from '../testing.spec-helpers';
import { DuplicatesPage } from './duplicates-page';
import { MergePage } from './merge-page';

const pairs: DuplicateListResponse = {
  checkedNewest: 2000,
  items: [
    {
      a: { id: 'o1', name: 'Council for Disabled Children', type: 'sector_body', contacts: 4, meetings: 12, createdAt: '2025-09-01T09:00:00Z' },
      b: { id: 'o2', name: 'The Council for Disabled Children', type: 'charity', contacts: 1, meetings: 0, createdAt: '2026-11-30T09:00:00Z' },
      similarity: 0.88,
      reasons: ['same_email_domain', 'similar_name'],
      domain: 'ncb.org.uk',
    },
  ],
};
const merged: OrganisationMergeResponse = {
  id: 'mg1',
  from: { id: 'o2', name: 'The Council for Disabled Children' },
  into: { id: 'o1', name: 'Council for Disabled Children' },
  moved: { contacts: 1, attendances: 0, attendancesCombined: 0, positions: 2, actionsOwned: 0, actionsRaised: 1, memberships: 0, membershipsCombined: 0 },
  mergedAt: '2026-12-01T10:00:00Z',
  mergedBy: 'u-me',
  mergedByName: 'Me',
};

describe('duplicate organisations pages', () => {
  it('lists pairs with why they look alike, and the merges made; only an admin is offered Merge', async () => {
    const { http, harness } = await signedInAs('recorder');
    await open(harness, '/organisations/duplicates', DuplicatesPage);
    expectGet(http, '/api/organisations/duplicates').flush(pairs);
    http.expectOne((r) => r.url === '/api/organisations/merges').flush(pageOf([merged]));
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=duplicates-status]'))).toBe('1 pair to review (2,000 newest organisations checked against all others)');
    const cells = [...el.querySelectorAll('[data-testid=duplicates] tbody td')].map((c) => text(c));
    expect(cells.slice(0, 3)).toEqual([
      'Council for Disabled Children Sector body · 4 contacts · 12 meetings · added 1 September 2025',
      'The Council for Disabled Children Charity · 1 contact · 0 meetings · added 30 November 2026',
      'Contacts’ email on one domain (ncb.org.uk); Names alike. Names 88% alike.',
    ]);
    expect(el.querySelector('[data-testid=duplicates] a[href*="/merge"]')).toBeNull();
    expect(text(el.querySelector('[data-testid=merges] li'))).toBe('The Council for Disabled Children merged into Council for Disabled Children 1 December 2026, 10am by Me. Moved: 1 contact, 2 positions, 1 action.');
  });

  it('merges the duplicate with the version shown, then opens the organisation kept', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations/o2/merge?into=o1', MergePage);
    expectGet(http, '/api/organisations/o2').flush(organisation({ id: 'o2', name: 'The Council for Disabled Children', version: 7 }));
    expectGet(http, '/api/organisations/o1').flush(organisation({ id: 'o1', name: 'Council for Disabled Children' }));
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=merge-pair]'))).toBe('Duplicate, to be merged The Council for Disabled Children Kept Council for Disabled Children');
    expect(text(el.querySelector('.govuk-warning-text'))).toContain('A merge cannot be undone.');
    el.querySelector<HTMLButtonElement>('.govuk-button--warning')?.click();
    const post = http.expectOne({ method: 'POST', url: '/api/organisations/o2/merge' });
    expect(post.request.headers.get('If-Match')).toBe('"7"');
    expect(post.request.body).toEqual({ intoId: 'o1' });
    post.flush(merged);
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/organisations/o1');
  });

  it('says why a pair cannot be merged instead of offering the button', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations/o2/merge?into=o1', MergePage);
    expectGet(http, '/api/organisations/o2').flush(organisation({ id: 'o2', name: 'Old copy', mergedIntoId: 'o9', archivedAt: '2026-11-01T00:00:00Z' }));
    expectGet(http, '/api/organisations/o1').flush(organisation({ id: 'o1' }));
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid=merge-refused]'))).toBe('Old copy has already been merged.');
    expect(el.querySelector('.govuk-button--warning')).toBeNull();
  });
});
