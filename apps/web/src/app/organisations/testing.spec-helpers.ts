import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { OrganisationResponse, Page, Role } from '@send/contracts';
import { organisationsRoutes } from './organisations.routes';
import { signedInOn } from '../core/feature.testing';

/** Signed in as `role`, with the organisations routes mounted at /organisations as the app mounts them. */
export function signedInAs(role: Role): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  return signedInOn('organisations', organisationsRoutes, role);
}

/** Navigates and renders once, so the page's first requests are out (they are answered with `expectGet`). */
export async function open<T>(harness: RouterTestingHarness, url: string, page: Type<T>): Promise<T> {
  const component = await harness.navigateByUrl(url, page);
  harness.detectChanges();
  return component;
}

/**
 * Lets promises, signals and resources settle and renders. Not whenStable(): a request still waiting for an answer
 * counts as pending work, so it would never resolve.
 */
export async function settle(harness: RouterTestingHarness): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
  }
}

export function expectGet(http: HttpTestingController, path: string): TestRequest {
  return http.expectOne((request) => request.method === 'GET' && request.url === path);
}

export function organisation(overrides: Partial<OrganisationResponse> = {}): OrganisationResponse {
  return {
    id: 'o1',
    name: 'Northshire Parent Carer Forum',
    type: 'parent_carer_forum',
    regions: ['north_east'],
    website: 'https://northshire-pcf.example.org',
    description: 'Parents of children with SEND in Northshire.',
    tags: ['early years', 'post-16'],
    relationshipOwnerId: null,
    archivedAt: null,
    mergedIntoId: null,
    version: 3,
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-03-10T14:30:00Z',
    createdBy: 'u1',
    updatedBy: 'u1',
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length): Page<T> {
  return { items, page: 1, pageSize: 25, total, totalIsLowerBound: false };
}

/** The words in an element, one space between each text node (templates drop the whitespace between elements). */
export function text(element: Element | null | undefined): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
  return words.filter(Boolean).join(' ');
}
