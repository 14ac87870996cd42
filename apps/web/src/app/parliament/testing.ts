import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ParliamentaryItemDetailResponse, Role } from '@send/contracts';
import { signedInOn } from '../core/feature.testing';
import { parliamentRoutes } from './parliament.routes';

const TRACKED = { version: 2, createdAt: '2026-10-01T10:00:00Z', updatedAt: '2026-10-02T10:00:00Z', createdBy: 'u-me', updatedBy: 'u-me' };

export function parliamentaryItem(overrides: Partial<ParliamentaryItemDetailResponse> = {}): ParliamentaryItemDetailResponse {
  return {
    id: 'p1',
    reference: 'PAR-0002',
    kind: 'committee_report',
    title: 'Solving the SEND crisis',
    source: 'Education Committee',
    publishedOn: '2026-09-24',
    closesOn: null,
    url: null,
    summary: '95 recommendations.',
    petitionNumber: null,
    signatures: null,
    signaturesCountedOn: null,
    thresholds: null,
    responseDue: '2026-11-24',
    responseStatus: 'drafting',
    responseText: null,
    respondedOn: null,
    overdue: true,
    recommendationCount: 1,
    classification: 'OFFICIAL',
    recommendations: [{ id: 'r1', itemId: 'p1', number: 4, text: 'Make inclusion part of inspection.', answer: 'not_yet_answered', answerText: null, ...TRACKED, version: 1 }],
    links: [
      { id: 'l1', recommendationId: null, kind: 'meeting', targetId: 'm1', label: 'MTG-0003: Development group', pair: null, createdAt: '2026-10-02T10:00:00Z', createdBy: 'u-me' },
      { id: 'l2', recommendationId: 'r1', kind: 'position', targetId: 'x1', label: 'Contact on Inclusion (2026-10-01)', pair: { organisationId: 'o1', proposalId: 'q1' }, createdAt: '2026-10-02T10:00:00Z', createdBy: 'u-me' },
    ],
    ...TRACKED,
    ...overrides,
  };
}

/** A register page at `url`, signed in with `role`, through the feature's own routes. */
export async function openParliamentPage(url: string, role: Role, component: Type<unknown>) {
  const { http, harness } = await signedInOn('parliament', parliamentRoutes, role);
  await harness.navigateByUrl(url, component);
  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  const set = (id: string, value: string) => {
    const field = el().querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
  };
  const submit = (testId: string) => el().querySelector<HTMLFormElement>(`[data-testid=${testId}]`)?.dispatchEvent(new Event('submit'));
  return { http, harness, el, settle, set, submit };
}

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
