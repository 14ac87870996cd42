import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { InformationRequestResponse, Role } from '@send/contracts';
import { signedInOn } from '../core/feature.testing';
import { requestsRoutes } from './requests.routes';

export function informationRequest(overrides: Partial<InformationRequestResponse> = {}): InformationRequestResponse {
  return {
    id: 'r1',
    reference: 'REQ-0007',
    type: 'foi',
    receivedOn: '2026-11-02',
    requesterName: 'Jo Bloggs',
    requesterEmail: 'jo@example.org',
    summary: 'Minutes of every development group meeting in 2026',
    ownerUserId: 'u-me',
    ownerName: 'Me',
    status: 'searching',
    extensionMonths: 0,
    extensionReason: null,
    pauses: [],
    deadline: '2026-11-30',
    paused: false,
    overdue: false,
    respondedOn: null,
    classification: 'OFFICIAL',
    version: 3,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-03T10:00:00Z',
    createdBy: 'u-me',
    updatedBy: 'u-me',
    ...overrides,
  };
}

/** A requests page at `url`, signed in with `role`, through the feature's own routes. */
export async function openRequestPage(url: string, role: Role, component: Type<unknown>) {
  const { http, harness } = await signedInOn('requests', requestsRoutes, role);
  await harness.navigateByUrl(url, component);
  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { http, harness, el, settle };
}

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
